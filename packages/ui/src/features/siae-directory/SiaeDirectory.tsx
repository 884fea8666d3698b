import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { copy } from '../../copy.tsx';
import { SiaeDirectoryDepartementsDocument, SiaeDirectoryDocument } from '../../generated/graphql.ts';
import { isSiaeKind, SIAE_KINDS, siaeKindLabel, siaeKindOptionLabel } from '../../labels/labels.ts';
import { CursorPager } from '../../pagination/CursorPager.tsx';
import { pageCount } from '../../pagination/cursor-pages.ts';
import { useCursorFallback, useCursorPages } from '../../pagination/use-cursor-pages.ts';
import { EmptyState } from '../../states/EmptyState.tsx';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import {
  emptyFilters,
  filtersFromSearchParams,
  filtersToSearchParams,
  hasActiveFilters,
  toSiaeFilter,
  type SiaeDirectoryFilters,
} from './filters.ts';

export interface SiaeDirectoryProps {
  pageSize?: number;
  /** When given, each structure's name links to its page in the portal. */
  siaeLink?: (siaeId: string) => string;
}

const t = copy.directory;

/** The SIAE directory: filters kept in the URL, numbered cursor pages, DSFR table. */
export function SiaeDirectory({ pageSize = 20, siaeLink }: SiaeDirectoryProps) {
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
  } = useQuery(SiaeDirectoryDocument, {
    variables: { first: pageSize, after: pager.after, filter: toSiaeFilter(filters) },
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);

  const applyFilters = (next: SiaeDirectoryFilters) => setSearchParams(filtersToSearchParams(next));
  // Moves focus to the count, so keyboard and screen reader users land on the new page.
  const focusResults = () => resultsHeading.current?.focus();

  const connection = data?.siaes;
  return (
    <>
      <DirectoryFilters key={filterKey} filters={filters} onApply={applyFilters} />

      <section aria-labelledby="siae-directory-results" aria-busy={loading}>
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading />
        ) : (
          <>
            <h2 id="siae-directory-results" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
              {t.count(connection.totalCount)}
            </h2>
            {connection.totalCount === 0 || connection.edges.length === 0 ? (
              <EmptyState message={hasActiveFilters(filters) ? t.emptyFiltered : t.emptyAll}>
                {hasActiveFilters(filters) && (
                  <Button className="fr-mt-2w" priority="secondary" onClick={() => applyFilters(emptyFilters)}>
                    {t.reset}
                  </Button>
                )}
              </EmptyState>
            ) : (
              <>
                <Table
                  caption={t.resultsCaption}
                  headers={[t.columns.name, t.columns.kind, t.columns.city, t.columns.departement, t.columns.agency]}
                  data={connection.edges.map(({ node }) => [
                    siaeLink ? (
                      <Link key="name" to={siaeLink(node.id)}>
                        {node.name}
                      </Link>
                    ) : (
                      node.name
                    ),
                    <abbr key="kind" title={siaeKindLabel(node.kind)}>
                      {node.kind}
                    </abbr>,
                    `${node.city} (${node.postcode})`,
                    `${node.departement.name} (${node.departement.code})`,
                    node.agency.name,
                  ])}
                />
                <CursorPager
                  page={pager.page}
                  pageCount={pageCount(connection.totalCount, pageSize)}
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

function DirectoryFilters({
  filters,
  onApply,
}: {
  filters: SiaeDirectoryFilters;
  onApply: (filters: SiaeDirectoryFilters) => void;
}) {
  const departements = useQuery(SiaeDirectoryDepartementsDocument);
  if (departements.error) console.error('[navette]', departements.error);
  // Controlled fields: the département options arrive after the first render, and a controlled
  // select keeps the value read from the URL once they do. Keyed by the URL filters (see above).
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
              id: 'filtre-departement',
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
              id: 'filtre-type',
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
              id: 'filtre-recherche',
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
