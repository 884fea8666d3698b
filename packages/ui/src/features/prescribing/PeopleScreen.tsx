import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { formatShortDate } from '../../format/dates.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { ConnectionTable } from '../../pagination/ConnectionTable.tsx';
import { useCursorPages } from '../../pagination/use-cursor-pages.ts';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FlashNotice } from './FlashNotice.tsx';
import { usePrescribing, withPrescribing } from './context.tsx';
import { PeopleDocument, type PeopleQuery } from '../../generated/graphql.ts';
import { personName } from './labels.ts';
import { searchFromParams, searchToParams } from './search-param.ts';

const PAGE_SIZE = 20;
type PersonRow = PeopleQuery['people']['edges'][number]['node'];

/** "Mes personnes": the people the organisation sees (a prescripteur's, or an agence's), searched by name, in pages. */
export const PeopleScreen = withPrescribing(PeopleView);

function PeopleView() {
  const { copy, paths } = usePrescribing();
  const t = copy.people;
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchFromParams(searchParams);
  const pager = useCursorPages(search);
  const { data, loading, error, refetch } = useQuery(PeopleDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, search: search || null },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <FlashNotice />
      <Button linkProps={{ to: paths.newPerson }} className="fr-mb-4w">
        {t.add}
      </Button>

      <SearchForm key={search} search={search} onApply={(next) => setSearchParams(searchToParams(next))} />

      <ConnectionTable
        id="people-results"
        caption={t.caption}
        columns={[
          {
            header: t.columns.name,
            cell: (node: PersonRow) => <Link to={paths.person(node.id)}>{personName(node)}</Link>,
          },
          { header: t.columns.birthDate, cell: (node: PersonRow) => formatShortDate(node.birthDate) },
          { header: t.columns.poleEmploiId, cell: (node: PersonRow) => node.poleEmploiId ?? '–' },
        ]}
        connection={data?.people}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pager={pager}
        pageSize={PAGE_SIZE}
        count={t.count}
        empty={search ? t.emptySearch(search) : t.emptyAll}
        emptyAction={
          search && (
            <Button className="fr-mt-2w" priority="secondary" onClick={() => setSearchParams({})}>
              {t.reset}
            </Button>
          )
        }
      />
    </>
  );
}

function SearchForm({ search, onApply }: { search: string; onApply: (search: string) => void }) {
  const { copy } = usePrescribing();
  const t = copy.people;
  const [draft, setDraft] = useState(search);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form role="search" aria-label={t.searchTitle} onSubmit={onSubmit} className="fr-mb-4w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={t.search}
            hintText={t.searchHint}
            nativeInputProps={{
              id: 'recherche-personne',
              name: 'recherche',
              type: 'search',
              value: draft,
              onChange: (e) => setDraft(e.target.value),
            }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Button type="submit" iconId="fr-icon-search-line" className="fr-mb-3w">
            {t.submit}
          </Button>
        </div>
      </div>
    </form>
  );
}
