import { useQuery } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  EmploymentServiceList,
  EmptyState,
  ErrorState,
  Loading,
  CursorPager,
  pageCount,
  pageRange,
  siaeKindLabel,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { AgencyTerritoryDocument } from '../../generated/graphql.ts';
import { useOwnAgencyId } from '../cooperation/own-agency.ts';
import { cooperationPaths } from '../cooperation/paths.ts';
import { agenciesPath } from './paths.ts';

const t = copy.territory;
const PAGE_SIZE = 20;

export function AgencyTerritoryScreen() {
  const { agencyId = '' } = useParams();
  const ownAgencyId = useOwnAgencyId();
  // The territory's SIAE in numbered pages kept in the URL (Back returns to the same page, issue 14 §5).
  const pager = useCursorPages(agencyId);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const query = useQuery(AgencyTerritoryDocument, {
    variables: { id: agencyId, first: PAGE_SIZE, after: pager.after },
    // Partial answers (a subgraph down) still show what came back; see EmploymentServiceList. Not with a cursor: a
    // refused one would leave `agency: null` in the cache, and page 1 would then read "Agence introuvable".
    errorPolicy: pager.after ? 'none' : 'all',
  });
  const { refetch, loading } = query;
  const error = useCursorFallback(pager, query.error);
  // The agence stays on screen while the next page of its SIAE loads.
  const data = query.data ?? (query.previousData?.agency?.id === agencyId ? query.previousData : undefined);
  const agency = data?.agency;
  const focusResults = () => resultsHeading.current?.focus();
  useDocumentTitle(agency ? agency.name : data ? t.notFoundTitle : copy.picker.title);

  // A cursor the API refused leaves no agence in the answer: page 1 is on its way, not a missing agence.
  if (query.error && !error) return <Loading />;
  if (error && !agency) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!agency) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={agenciesPath}>
          {t.backToAgencies}
        </Link>
      </>
    );
  }

  const siaes = agency.siaes;
  const own = agency.id === ownAgencyId;
  const range = pageRange(pager.pages, PAGE_SIZE, siaes.edges.length);
  return (
    <>
      <Breadcrumb
        currentPageLabel={agency.name}
        segments={[{ label: t.breadcrumbAgencies, linkProps: { to: agenciesPath } }]}
      />
      <h1>{agency.name}</h1>
      <p>
        {agency.city} – {agency.departement.name} ({agency.departement.code}) · {t.code} {agency.code}
      </p>

      <section aria-labelledby="siae-territoire" aria-busy={loading} className="fr-mt-4w">
        <h2 id="siae-territoire" ref={resultsHeading} tabIndex={-1} className="fr-h4">
          {t.siaesTitle} : {t.siaesCount(siaes.totalCount)}
        </h2>
        {siaes.edges.length === 0 ? (
          <EmptyState message={t.siaesEmpty} />
        ) : (
          <>
            <Table
              caption={t.siaesCaption}
              headers={[t.columns.name, t.columns.kind, t.columns.city, t.columns.employmentArea]}
              data={siaes.edges.map(({ node }) => [
                // The agent's own territory: each SIAE opens on its conventions and référents.
                own ? (
                  <Link key="name" to={cooperationPaths.siae(node.id)}>
                    {node.name}
                  </Link>
                ) : (
                  node.name
                ),
                <abbr key="kind" title={siaeKindLabel(node.kind)}>
                  {node.kind}
                </abbr>,
                `${node.city} (${node.postcode})`,
                node.employmentArea.name,
              ])}
            />
            <p className="fr-text--sm" aria-live="polite">
              {t.shown(range.from, range.to, siaes.totalCount)}
            </p>
            {error && <ErrorState error={error} onRetry={() => void refetch()} />}
            <CursorPager
              page={pager.page}
              pageCount={pageCount(siaes.totalCount, PAGE_SIZE)}
              hasPrevious={pager.hasPrevious}
              hasNext={siaes.pageInfo.hasNextPage}
              disabled={loading}
              onPrevious={() => {
                pager.previous();
                focusResults();
              }}
              onNext={() => {
                pager.next(siaes.pageInfo.endCursor);
                focusResults();
              }}
            />
          </>
        )}
      </section>

      <section aria-labelledby="offre-services" className="fr-mt-4w">
        <h2 id="offre-services" className="fr-h4">
          {t.servicesTitle}
        </h2>
        <p>{t.servicesIntro}</p>
        <EmploymentServiceList services={agency.employmentServices} />
      </section>
    </>
  );
}
