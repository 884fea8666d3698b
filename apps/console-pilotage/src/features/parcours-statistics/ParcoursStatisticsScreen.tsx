import { useQuery } from '@apollo/client/react';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { EmptyState, ErrorState, Loading, siaeKindLabel, todayInFrance, useDocumentTitle } from '@navette/ui';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import {
  ParcoursDepartementsDocument,
  ParcoursStatisticsDocument,
  type ParcoursStatisticsQuery,
} from '../../generated/graphql.ts';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  periodLabel,
  statisticsVariables,
  type StatisticsFilters,
} from './statistics-filters.ts';
import {
  formatCount,
  hasMaskedCount,
  hasMaskedOrientation,
  ORIENTATION_COLUMNS,
  sortOrientationRows,
  sortStatisticsRows,
  STATISTICS_COLUMNS,
} from './statistics-table.ts';
import { StatisticsFilterForm } from './StatisticsFilterForm.tsx';

const t = copy.parcours;
type Statistics = ParcoursStatisticsQuery['approvalStatistics'];
type OrientationStatistics = ParcoursStatisticsQuery['orientationStatistics'];

/** A count, or "< 5" with its meaning for a count the API masked (secret statistique). */
function Count({ value }: { value: number | null }) {
  return value === null ? <abbr title={t.maskedAbbr}>{formatCount(value)}</abbr> : <>{formatCount(value)}</>;
}

/** The comité de pilotage's live view of the parcours: requests and decisions by département and SIAE kind. */
export function ParcoursStatisticsScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayInFrance();
  const filters = filtersFromSearchParams(searchParams, today);
  const filterKey = filtersToSearchParams(filters).toString();
  const departements = useQuery(ParcoursDepartementsDocument);
  const { data, loading, error, refetch } = useQuery(ParcoursStatisticsDocument, {
    variables: statisticsVariables(filters, today),
    // Live counts: ask again at every visit, show the last ones meanwhile.
    fetchPolicy: 'cache-and-network',
  });
  if (departements.error) console.error('[navette]', departements.error);

  const departementName = departements.data?.departements.find((d) => d.code === filters.departement)?.name;
  const scope = [
    filters.departement ? `${departementName ?? t.departement} (${filters.departement})` : t.region,
    periodLabel(filters, today),
  ]
    .filter(Boolean)
    .join(', ');
  const statistics = data?.approvalStatistics;

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <StatisticsFilterForm
        key={filterKey}
        filters={filters}
        today={today}
        departements={departements.data?.departements}
        onApply={(next: StatisticsFilters) => setSearchParams(filtersToSearchParams(next))}
      />
      <section aria-labelledby="parcours-statistiques" aria-busy={loading}>
        <h2 id="parcours-statistiques" className="fr-h4" aria-live="polite">
          {t.caption(scope)}
        </h2>
        {error && !statistics ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !statistics ? (
          <Loading />
        ) : (
          <StatisticsTables statistics={statistics} scope={scope} />
        )}
      </section>
      {data?.orientationStatistics && (
        <OrientationTables
          statistics={data.orientationStatistics}
          scope={scope}
          noticeAbove={!!statistics && (statistics.rows.length > 0 || statistics.refusalsByReason.length > 0)}
        />
      )}
    </>
  );
}

function StatisticsTables({ statistics, scope }: { statistics: Statistics; scope: string }) {
  const rows = sortStatisticsRows(statistics.rows);
  const masked = hasMaskedCount(rows, statistics.refusalsByReason);
  return (
    <>
      {/* Shown whenever the page has counts: a reader must know what "< 5" means before meeting it. */}
      {(rows.length > 0 || statistics.refusalsByReason.length > 0) && (
        <div id="secret-statistique" className="fr-mb-3w">
          <Notice title={t.maskedTitle} description={t.masked} />
        </div>
      )}
      {rows.length === 0 ? (
        <EmptyState message={t.empty} />
      ) : (
        <div className="fr-table fr-table--bordered fr-table--no-caption" id="parcours-tableau">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                {/* The caption repeats the heading above: read by screen readers, hidden on screen. */}
                <table aria-describedby={masked ? 'secret-statistique' : undefined} data-testid="parcours-statistics">
                  <caption>{t.caption(scope)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.departement}</th>
                      <th scope="col">{t.columns.siaeKind}</th>
                      {STATISTICS_COLUMNS.map((column) => (
                        <th key={column} scope="col" className="fr-cell--right">
                          {t.columns[column]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={`${row.departement.code}-${row.siaeKind}`}>
                        <th scope="row">
                          {row.departement.name} ({row.departement.code})
                        </th>
                        <th scope="row">
                          <abbr title={siaeKindLabel(row.siaeKind)}>{row.siaeKind}</abbr>
                        </th>
                        {STATISTICS_COLUMNS.map((column) => (
                          <td key={column} className="fr-cell--right">
                            <Count value={row[column]} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}

      <h2 id="refus-par-motif" className="fr-h4 fr-mt-4w">
        {t.refusalsTitle}
      </h2>
      {statistics.refusalsByReason.length === 0 ? (
        <EmptyState message={t.refusalsEmpty} />
      ) : (
        <div className="fr-table fr-table--bordered fr-table--no-caption" id="parcours-refus">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table data-testid="parcours-refusals">
                  <caption>{t.refusalsCaption(scope)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.reason}</th>
                      <th scope="col" className="fr-cell--right">
                        {t.columns.count}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {statistics.refusalsByReason.map((refusal) => (
                      <tr key={refusal.reason.code}>
                        <th scope="row">{refusal.reason.label}</th>
                        <td className="fr-cell--right">
                          <Count value={refusal.count} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
    </>
  );
}

/**
 * Orientations towards a prescripteur by département and origin (accord, annexe 4 §3; fiche 4 "candidats orientés par
 * Pôle emploi"), masked by the API like the other counts; no total is computed here.
 */
function OrientationTables({
  statistics,
  scope,
  noticeAbove,
}: {
  statistics: OrientationStatistics;
  scope: string;
  /** Whether the tables above already explain "< 5" (#secret-statistique). */
  noticeAbove: boolean;
}) {
  const rows = sortOrientationRows(statistics.rows);
  const masked = hasMaskedOrientation(rows, statistics.byOrigin);
  return (
    <section aria-labelledby="orientations-par-origine" className="fr-mt-4w">
      <h2 id="orientations-par-origine" className="fr-h4">
        {t.orientationsTitle}
      </h2>
      <p>{t.orientationsIntro}</p>
      {!noticeAbove && rows.length > 0 && (
        <div id="secret-statistique" className="fr-mb-3w">
          <Notice title={t.maskedTitle} description={t.masked} />
        </div>
      )}
      {rows.length === 0 ? (
        <EmptyState message={t.orientationsEmpty} />
      ) : (
        <>
          <div className="fr-table fr-table--bordered fr-table--no-caption" id="orientations-origines">
            <div className="fr-table__wrapper">
              <div className="fr-table__container">
                <div className="fr-table__content">
                  <table
                    aria-describedby={masked ? 'secret-statistique' : undefined}
                    data-testid="orientations-by-origin"
                  >
                    <caption>{t.orientationsByOriginCaption(scope)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.orientationColumns.origin}</th>
                        <th scope="col" className="fr-cell--right">
                          {t.orientationColumns.orientations}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {statistics.byOrigin.map((origin) => (
                        <tr key={origin.originKind}>
                          <th scope="row">{origin.originKindLabel}</th>
                          <td className="fr-cell--right">
                            <Count value={origin.orientations} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
          <div className="fr-table fr-table--bordered fr-table--no-caption" id="orientations-departements">
            <div className="fr-table__wrapper">
              <div className="fr-table__container">
                <div className="fr-table__content">
                  <table
                    aria-describedby={masked ? 'secret-statistique' : undefined}
                    data-testid="orientation-statistics"
                  >
                    <caption>{t.orientationsCaption(scope)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.orientationColumns.departement}</th>
                        <th scope="col">{t.orientationColumns.origin}</th>
                        {ORIENTATION_COLUMNS.map((column) => (
                          <th key={column} scope="col" className="fr-cell--right">
                            {t.orientationColumns[column]}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => (
                        <tr key={`${row.departement.code}-${row.originKind}`}>
                          <th scope="row">
                            {row.departement.name} ({row.departement.code})
                          </th>
                          <th scope="row">{row.originKindLabel}</th>
                          {ORIENTATION_COLUMNS.map((column) => (
                            <td key={column} className="fr-cell--right">
                              <Count value={row[column]} />
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
