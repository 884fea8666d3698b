import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  EmploymentServiceList,
  EmptyState,
  ErrorState,
  Loading,
  LoadMore,
  siaeKindLabel,
  useDocumentTitle,
} from '@navette/ui';
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
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AgencyTerritoryDocument, {
    variables: { id: agencyId, first: PAGE_SIZE },
    // Partial answers (a subgraph down) still show what came back; see EmploymentServiceList.
    errorPolicy: 'all',
  });
  const agency = data?.agency;
  useDocumentTitle(agency ? agency.name : data ? t.notFoundTitle : copy.picker.title);

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

      <section aria-labelledby="siae-territoire" className="fr-mt-4w">
        <h2 id="siae-territoire" className="fr-h4">
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
              {t.shown(siaes.edges.length, siaes.totalCount)}
            </p>
            {error && (
              <ErrorState
                error={error}
                onRetry={() => void fetchMore({ variables: { after: siaes.pageInfo.endCursor } })}
              />
            )}
            <LoadMore
              hasNextPage={siaes.pageInfo.hasNextPage}
              loading={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={() => void fetchMore({ variables: { after: siaes.pageInfo.endCursor } })}
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
