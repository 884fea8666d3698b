import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import {
  CursorPager,
  emptyFilters,
  EmptyState,
  ErrorState,
  filtersFromSearchParams,
  filtersToSearchParams,
  hasActiveFilters,
  isSiaeKind,
  Loading,
  pageCount,
  SIAE_KINDS,
  siaeKindLabel,
  siaeKindOptionLabel,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
  type SiaeDirectoryFilters,
} from '@navette/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { JobOffersDepartementsDocument, JobOffersDocument, type JobOffersQuery } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { toJobOfferFilter } from './job-offer-filter.ts';
import { OfferDetails } from './OfferDetails.tsx';

const t = copy.jobOffers;
const PAGE_SIZE = 10;
type Offer = JobOffersQuery['jobOffers']['edges'][number]['node'];

/**
 * "Offres d'emploi": the open offers of the SIAE (fiche 4), searched by département, kind of SIAE and title, the
 * filters kept in the URL as in the directory; each offer leads to a prescription for it.
 */
export function JobOffersScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const filterKey = filtersToSearchParams(filters).toString();
  // Pages belong to one set of filters: new filters start again from page 1.
  const pager = useCursorPages(filterKey);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(JobOffersDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: toJobOfferFilter(filters) },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const applyFilters = (next: SiaeDirectoryFilters) => setSearchParams(filtersToSearchParams(next));
  const focusResults = () => resultsHeading.current?.focus();
  const connection = data?.jobOffers;

  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <OfferFilters key={filterKey} filters={filters} onApply={applyFilters} />

      <section aria-labelledby="offres-resultats" aria-busy={loading}>
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading />
        ) : (
          <>
            <h2 id="offres-resultats" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
              {t.count(connection.totalCount)}
            </h2>
            {connection.edges.length === 0 ? (
              <EmptyState message={hasActiveFilters(filters) ? t.emptyFiltered : t.emptyAll}>
                {hasActiveFilters(filters) && (
                  <Button className="fr-mt-2w" priority="secondary" onClick={() => applyFilters(emptyFilters)}>
                    {t.reset}
                  </Button>
                )}
              </EmptyState>
            ) : (
              <>
                <ul className="fr-raw-list" aria-label={t.listLabel} data-testid="job-offers">
                  {connection.edges.map(({ node }) => (
                    <li key={node.id}>
                      <OfferCard offer={node} />
                    </li>
                  ))}
                </ul>
                <CursorPager
                  page={pager.page}
                  pageCount={pageCount(connection.totalCount, PAGE_SIZE)}
                  hasPrevious={pager.hasPrevious}
                  hasNext={connection.pageInfo.hasNextPage}
                  disabled={loading}
                  onPrevious={() => {
                    pager.previous();
                    focusResults();
                  }}
                  onNext={() => {
                    pager.next(connection.pageInfo.endCursor);
                    focusResults();
                  }}
                />
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}

function OfferCard({ offer }: { offer: Offer }) {
  const headingId = `offre-${offer.id}`;
  const { siae } = offer;
  return (
    <article
      aria-labelledby={headingId}
      className="fr-mb-3w fr-p-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <h3 id={headingId} className="fr-h5 fr-mb-1w">
        {offer.title}
      </h3>
      <p className="fr-mb-2w" data-testid="offer-siae">
        <Link to={paths.siae(siae.id)}>{siae.name}</Link> – <abbr title={siaeKindLabel(siae.kind)}>{siae.kind}</abbr>,{' '}
        {siae.city} ({siae.departement.name}, {siae.departement.code})
      </p>
      <OfferDetails offer={offer} />
      <Button
        size="small"
        iconId="fr-icon-arrow-right-line"
        iconPosition="right"
        linkProps={{
          to: paths.offerPrescription({ siaeId: siae.id, offerId: offer.id }),
          'aria-label': t.prescribeLabel(offer.title, siae.name),
        }}
      >
        {t.prescribe}
      </Button>
    </article>
  );
}

/** Applied on submit (RGAA: no change of context on select); remounted (key) when the URL filters change. */
function OfferFilters({
  filters,
  onApply,
}: {
  filters: SiaeDirectoryFilters;
  onApply: (filters: SiaeDirectoryFilters) => void;
}) {
  const departements = useQuery(JobOffersDepartementsDocument);
  if (departements.error) console.error('[navette]', departements.error);
  const [draft, setDraft] = useState(filters);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <form role="search" aria-label={t.filtersTitle} onSubmit={onSubmit} className="fr-mb-4w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-3">
          <Select
            label={t.departement}
            nativeSelectProps={{
              name: 'departement',
              id: 'offres-departement',
              value: draft.departement,
              onChange: (e) => setDraft({ ...draft, departement: e.target.value }),
            }}
          >
            <option value="">{t.allDepartements}</option>
            {departements.data?.departements.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} – {d.name}
              </option>
            ))}
            {/* Keeps a département given in the URL selectable while the list loads. */}
            {!departements.data && draft.departement && <option value={draft.departement}>{draft.departement}</option>}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label={t.kind}
            nativeSelectProps={{
              name: 'type',
              id: 'offres-type',
              value: draft.kind,
              onChange: (e) => setDraft({ ...draft, kind: isSiaeKind(e.target.value) ? e.target.value : '' }),
            }}
          >
            <option value="">{t.allKinds}</option>
            {SIAE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {siaeKindOptionLabel(kind)}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label={t.search}
            hintText={t.searchHint}
            nativeInputProps={{
              name: 'recherche',
              type: 'search',
              id: 'offres-recherche',
              value: draft.search,
              onChange: (e) => setDraft({ ...draft, search: e.target.value }),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <Button type="submit" iconId="fr-icon-search-line" className="fr-mb-3w">
            {t.submit}
          </Button>
        </div>
      </div>
    </form>
  );
}
