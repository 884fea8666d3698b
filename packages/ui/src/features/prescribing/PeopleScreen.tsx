import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatShortDate } from '../../format/dates.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { CursorPager } from '../../pagination/CursorPager.tsx';
import { pageCount } from '../../pagination/cursor-pages.ts';
import { useCursorFallback, useCursorPages } from '../../pagination/use-cursor-pages.ts';
import { EmptyState } from '../../states/EmptyState.tsx';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FlashNotice } from './FlashNotice.tsx';
import { usePrescribing, withPrescribing } from './context.tsx';
import { PeopleDocument } from '../../generated/graphql.ts';
import { personName } from './labels.ts';
import { searchFromParams, searchToParams } from './search-param.ts';

const PAGE_SIZE = 20;

/** "Mes personnes": the people the organisation sees (a prescripteur's, or an agence's), searched by name, in pages. */
export const PeopleScreen = withPrescribing(PeopleView);

function PeopleView() {
  const { copy, paths } = usePrescribing();
  const t = copy.people;
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchFromParams(searchParams);
  const pager = useCursorPages(search);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(PeopleDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, search: search || null },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const connection = data?.people;
  const focusResults = () => resultsHeading.current?.focus();

  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <FlashNotice />
      <Button linkProps={{ to: paths.newPerson }} className="fr-mb-4w">
        {t.add}
      </Button>

      <SearchForm key={search} search={search} onApply={(next) => setSearchParams(searchToParams(next))} />

      <section aria-labelledby="people-results" aria-busy={loading}>
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading />
        ) : (
          <>
            <h2 id="people-results" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
              {t.count(connection.totalCount)}
            </h2>
            {connection.edges.length === 0 ? (
              <EmptyState message={search ? t.emptySearch(search) : t.emptyAll}>
                {search && (
                  <Button className="fr-mt-2w" priority="secondary" onClick={() => setSearchParams({})}>
                    {t.reset}
                  </Button>
                )}
              </EmptyState>
            ) : (
              <>
                <Table
                  caption={t.caption}
                  headers={[t.columns.name, t.columns.birthDate, t.columns.poleEmploiId]}
                  data={connection.edges.map(({ node }) => [
                    <Link key="name" to={paths.person(node.id)}>
                      {personName(node)}
                    </Link>,
                    formatShortDate(node.birthDate),
                    node.poleEmploiId ?? '–',
                  ])}
                />
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
