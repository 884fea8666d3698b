import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import {
  ConnectionTable,
  ErrorState,
  formatShortDate,
  Loading,
  normaliseSearch,
  personName,
  SEARCH_PARAM,
  searchCodec,
  useDocumentTitle,
  useListParams,
} from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { OfferSiaeDocument, PeopleDocument, type PeopleQuery } from '../../generated/graphql.ts';
import { offerChoiceFromSearchParams, paths, type OfferChoice } from '../../paths.ts';

const t = copy.offerPrescription;
const PAGE_SIZE = 10;

/** Prescribing for an offer, step 1: the person to orient to it, among the people of the prescripteur's organisation. */
export function OfferPrescriptionScreen() {
  useDocumentTitle(t.title);
  const [searchParams] = useSearchParams();
  const choice = offerChoiceFromSearchParams(searchParams);
  const { data, error, refetch } = useQuery(OfferSiaeDocument, {
    variables: { id: choice?.siaeId ?? '' },
    skip: !choice,
    fetchPolicy: 'cache-and-network',
  });
  const siae = data?.siae;
  const offer = siae?.jobOffers.find((o) => o.id === choice?.offerId);

  let content;
  if (!choice) content = <Alert severity="error" small description={t.missingOffer} />;
  else if (error && !data) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) content = <Loading />;
  else if (!siae || !offer) content = <Alert severity="warning" small description={t.closedOffer} />;
  else
    content = (
      <>
        <p className="fr-text--lead" data-testid="chosen-offer">
          {t.offer(offer.title, siae.name)}
        </p>
        <p>{t.intro}</p>
        <PersonChoice offer={choice} />
      </>
    );

  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[{ label: copy.jobOffers.title, linkProps: { to: paths.jobOffers } }]}
      />
      <h1>{t.title}</h1>
      {content}
      <p className="fr-mt-4w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={paths.jobOffers}>
          {t.backToOffers}
        </Link>
      </p>
    </>
  );
}

const personSearchCodec = searchCodec(SEARCH_PARAM);
type PersonRow = PeopleQuery['people']['edges'][number]['node'];

function PersonChoice({ offer }: { offer: OfferChoice }) {
  // The search and the page live in the URL next to the offer's (issue 14 §5): Back returns to the same page.
  const { filters: search, setFilters: setSearch, pager } = useListParams(personSearchCodec);
  const [draft, setDraft] = useState(search);
  const { data, loading, error, refetch } = useQuery(PeopleDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, search: search || null },
    fetchPolicy: 'cache-and-network',
  });
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(normaliseSearch(draft));
  };

  return (
    <>
      <form role="search" aria-label={t.searchTitle} onSubmit={onSearch} className="fr-mb-2w">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={copy.people.search}
              hintText={copy.people.searchHint}
              nativeInputProps={{
                id: 'offre-recherche-personne',
                name: 'recherche',
                type: 'search',
                value: draft,
                onChange: (e) => setDraft(e.target.value),
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <Button type="submit" priority="secondary" iconId="fr-icon-search-line" className="fr-mb-3w">
              {copy.people.submit}
            </Button>
          </div>
        </div>
      </form>
      <ConnectionTable
        id="personnes-offre"
        caption={t.caption}
        noCaption
        columns={[
          { header: t.columns.name, cell: (node: PersonRow) => personName(node) },
          { header: t.columns.birthDate, cell: (node: PersonRow) => formatShortDate(node.birthDate) },
          {
            header: t.columns.action,
            cell: (node: PersonRow) => (
              <Link
                className="fr-link"
                to={paths.prescribeForOffer(node.id, offer)}
                aria-label={t.chooseLabel(personName(node))}
              >
                {t.choose}
              </Link>
            ),
          },
        ]}
        connection={data?.people}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pager={pager}
        pageSize={PAGE_SIZE}
        count={copy.people.count}
        empty={search ? copy.people.emptySearch(search) : copy.people.emptyAll}
        emptyAction={
          <Button className="fr-mt-2w" priority="secondary" linkProps={{ to: paths.newPerson }}>
            {t.addPerson}
          </Button>
        }
      />
    </>
  );
}
