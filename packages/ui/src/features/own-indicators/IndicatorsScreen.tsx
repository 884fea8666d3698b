import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { formatShortDate, todayInFrance } from '../../format/dates.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { EmptyState } from '../../states/EmptyState.tsx';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.tsx';
import {
  OwnApprovalStatisticsDocument,
  OwnIndicatorsDocument,
  type OwnIndicatorsQuery,
} from '../../generated/graphql.ts';
import {
  STATISTICS_FIELDS,
  computableIndicators,
  formatCount,
  indicatorCells,
  indicatorHeaders,
  statisticsCells,
} from './indicator-figures.ts';
import { PeriodFilterForm } from './PeriodFilterForm.tsx';
import { periodFromSearchParams, periodToSearchParams, type Period } from './period-param.ts';

const t = copy.ownIndicators;
type Indicator = OwnIndicatorsQuery['indicators'][number];

/** What differs between the agence's screen (its territory) and the SIAE's (its own figures). */
export interface OwnIndicatorsWording {
  intro: string;
  caption: (indicatorLabel: string) => string;
  statisticsTitle: string;
  statisticsCaption: string;
}

/**
 * "Mes indicateurs" (issue 6 §4: each portal shows its own figures): the indicators of the accord that the platform
 * computes for the caller's scope (the API restricts an agence to its territory, a SIAE to itself, both unmasked), and
 * the demandes d'agrément of that scope, over a period kept in the URL, the current year by default.
 */
export function IndicatorsScreen({ wording }: { wording: OwnIndicatorsWording }) {
  useDocumentTitle(t.title);
  const today = todayInFrance();
  const [searchParams, setSearchParams] = useSearchParams();
  const period = periodFromSearchParams(searchParams, today);

  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{wording.intro}</p>
      <PeriodFilterForm
        key={`${period.from}|${period.to}`}
        period={period}
        today={today}
        onApply={(next) => setSearchParams(periodToSearchParams(next, today))}
      />
      <p className="fr-text--bold" data-testid="indicators-period">
        {t.periodText(formatShortDate(period.from), formatShortDate(period.to))}
      </p>
      <IndicatorList period={period} wording={wording} />
      <ApprovalStatistics period={period} wording={wording} />
    </>
  );
}

function IndicatorList({ period, wording }: { period: Period; wording: OwnIndicatorsWording }) {
  const { data, error, loading, refetch } = useQuery(OwnIndicatorsDocument, {
    variables: { filter: { from: period.from, to: period.to } },
    // An indicator is cached by its id whatever the period: always asked again, never shown with another period's rows.
    fetchPolicy: 'network-only',
  });
  const indicators = data ? computableIndicators(data.indicators) : [];
  return (
    <section aria-labelledby="indicateurs-titre" aria-busy={loading} className="fr-mt-4w">
      <h2 id="indicateurs-titre">{t.indicatorsTitle}</h2>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : indicators.length === 0 ? (
        <EmptyState message={t.noIndicator} />
      ) : (
        <>
          <p data-testid="indicators-count">{t.indicatorsCount(indicators.length)}</p>
          {indicators.map((indicator) => (
            <IndicatorFigures key={indicator.id} indicator={indicator} wording={wording} />
          ))}
        </>
      )}
    </section>
  );
}

function IndicatorFigures({ indicator, wording }: { indicator: Indicator; wording: OwnIndicatorsWording }) {
  const headingId = `indicateur-${indicator.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="fr-mt-4w fr-pt-2w"
      style={{ borderTop: '1px solid var(--border-default-grey)' }}
      data-testid={`indicator-${indicator.id}`}
    >
      <h3 id={headingId} className="fr-h5">
        {indicator.label}
      </h3>
      <p className="fr-text--sm fr-mb-1w">
        {t.reference} : {indicator.reference} – {t.source} : {indicator.source}
      </p>
      <p className="fr-mb-2w">
        <span className="fr-text--bold">{t.definition} : </span>
        {indicator.definition}
      </p>
      {indicator.note && <Alert severity="info" small description={indicator.note} className="fr-mb-2w" />}
      {indicator.rows.length === 0 ? (
        !indicator.note && <p>{t.noRows}</p>
      ) : (
        <Table
          caption={wording.caption(indicator.label)}
          noCaption
          headers={indicatorHeaders(indicator)}
          data={indicatorCells(indicator)}
        />
      )}
    </article>
  );
}

function ApprovalStatistics({ period, wording }: { period: Period; wording: OwnIndicatorsWording }) {
  const { data, error, loading, refetch } = useQuery(OwnApprovalStatisticsDocument, {
    variables: { from: period.from, to: period.to },
    fetchPolicy: 'cache-and-network',
  });
  const c = t.statisticsColumns;
  const statistics = data?.approvalStatistics;
  return (
    <section aria-labelledby="statistiques-titre" aria-busy={loading} className="fr-mt-6w">
      <h2 id="statistiques-titre">{wording.statisticsTitle}</h2>
      <p className="fr-text--sm">{t.statisticsIntro}</p>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !statistics ? (
        <Loading />
      ) : statistics.rows.length === 0 ? (
        <EmptyState message={t.noStatistics} />
      ) : (
        <>
          <div data-testid="approval-statistics">
            <Table
              caption={wording.statisticsCaption}
              noCaption
              headers={[c.departement, c.siaeKind, ...STATISTICS_FIELDS.map((field) => c[field])]}
              data={statisticsCells(statistics.rows)}
            />
          </div>
          {statistics.refusalsByReason.length > 0 && (
            <>
              <h3 className="fr-h5">{t.refusalsTitle}</h3>
              <div data-testid="refusals-by-reason">
                <Table
                  caption={t.refusalsCaption}
                  noCaption
                  headers={[t.refusalsColumns.reason, t.refusalsColumns.count]}
                  data={statistics.refusalsByReason.map((refusal) => [
                    refusal.reason.label,
                    formatCount(refusal.count),
                  ])}
                />
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
