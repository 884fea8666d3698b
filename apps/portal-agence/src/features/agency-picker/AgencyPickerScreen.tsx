import { useQuery } from '@apollo/client/react';
import { Tile } from '@codegouvfr/react-dsfr/Tile';
import {
  CursorPager,
  DepartementFilterForm,
  departementFromSearchParams,
  EmptyState,
  ErrorState,
  Loading,
  pageCount,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { AgencyPickerDepartementsDocument, AgencyPickerDocument } from '../../generated/graphql.ts';
import { agencyPath } from '../agency-territory/paths.ts';

const t = copy.picker;
const PAGE_SIZE = 24;

export function AgencyPickerScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const departement = departementFromSearchParams(searchParams);
  const pager = useCursorPages(departement ?? '');
  const departements = useQuery(AgencyPickerDepartementsDocument);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(AgencyPickerDocument, {
    variables: { departement, first: PAGE_SIZE, after: pager.after },
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  if (departements.error) console.error('[navette]', departements.error);

  const agencies = data?.agencies;
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <DepartementFilterForm
        key={departement ?? ''}
        id="agence-departement"
        formLabel={t.title}
        label={t.departement}
        allLabel={t.allDepartements}
        submitLabel={t.submit}
        departements={departements.data?.departements}
        value={departement ?? ''}
        onApply={(value) => setSearchParams(value ? { departement: value } : {})}
      />

      <section aria-labelledby="agences" aria-busy={loading}>
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !agencies ? (
          <Loading />
        ) : (
          <>
            <h2 id="agences" className="fr-h4" aria-live="polite">
              {t.count(agencies.totalCount)}
            </h2>
            {agencies.edges.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list" aria-label={t.listLabel}>
                {agencies.edges.map(({ node }) => (
                  <li key={node.id} className="fr-col-12 fr-col-md-4">
                    <Tile
                      title={node.name}
                      titleAs="h3"
                      desc={`${node.city} – ${node.departement.name} (${node.departement.code})`}
                      linkProps={{ to: agencyPath(node.id) }}
                      orientation="horizontal"
                      small
                    />
                  </li>
                ))}
              </ul>
            )}
            {agencies.totalCount > PAGE_SIZE && (
              <CursorPager
                page={pager.page}
                pageCount={pageCount(agencies.totalCount, PAGE_SIZE)}
                hasPrevious={pager.hasPrevious}
                hasNext={agencies.pageInfo.hasNextPage}
                disabled={loading}
                onPrevious={pager.previous}
                onNext={() => pager.next(agencies.pageInfo.endCursor)}
              />
            )}
          </>
        )}
      </section>
    </>
  );
}
