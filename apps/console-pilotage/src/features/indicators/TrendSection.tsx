import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { chartContent, ChartEmptyState, EmptyState, ErrorState, Loading } from '@navette/ui';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { IndicatorTrendDocument } from '../../generated/graphql.ts';
import { TREND_QUARTERS, trendQuartersFromSearchParams, type IndicatorFilters } from './indicator-filters.ts';
import { trendChartCells } from './chart-data.ts';
import { cellOf, measureLabel, type IndicatorUnit, type Measure } from './indicator-table.ts';
import { CellContent } from './IndicatorTable.tsx';
import { SECRET_NOTICE_ID } from './IndicatorFigures.tsx';
import { filterRefusal } from './use-indicators.ts';

const TrendLineChart = lazy(() => import('./charts/TrendLineChart.tsx'));

const t = copy.indicator;

/**
 * An indicator over the last quarters (`indicatorTrend`) for the département and SIAE kind chosen: a line chart and,
 * for everyone, the same figures as a table.
 */
export function TrendSection({
  indicator,
  filters,
  scope,
}: {
  indicator: { id: string; label: string; unit: IndicatorUnit };
  filters: IndicatorFilters;
  /** The territory, without the period (the trend has its own). */
  scope: string;
}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const quarters = trendQuartersFromSearchParams(searchParams);
  const { data, error, loading, refetch } = useQuery(IndicatorTrendDocument, {
    variables: {
      id: indicator.id,
      departement: filters.departement || null,
      siaeKind: filters.siaeKind || null,
      quarters,
    },
    // Same reason as the indicators (use-indicators.ts): figures that depend on the arguments, asked at every visit.
    fetchPolicy: 'no-cache',
  });
  const applyQuarters = (value: number) => {
    const next = new URLSearchParams(searchParams);
    next.set('trimestres', String(value));
    setSearchParams(next);
  };
  const trend = data?.indicatorTrend;
  const measures: Measure[] = indicator.unit === 'HOURS_AND_PEOPLE' ? ['value', 'people'] : ['value'];
  const caption = t.trendCaption(indicator.label, scope);
  const hasMasked = trend?.points.some((point) => point.masked) ?? false;
  // Nothing to draw (no value, or all masked): a sentence instead of an empty axis; the table stays (issue 14 §5).
  const content = chartContent(trendChartCells(trend?.points ?? []));

  return (
    <section aria-labelledby="evolution" className="fr-mt-6w">
      <h2 id="evolution">{t.trendTitle}</h2>
      <p>{t.trendIntro}</p>
      <QuartersForm key={quarters} value={quarters} onApply={applyQuarters} />
      <div aria-busy={loading} data-testid="trend">
        {error && !trend ? (
          <ErrorState error={error} description={filterRefusal(error)} onRetry={() => void refetch()} />
        ) : !trend ? (
          <Loading />
        ) : trend.points.length === 0 ? (
          <EmptyState message={trend.note ?? t.trendEmpty} />
        ) : (
          <figure className="fr-my-3w fr-mx-0">
            <figcaption className="fr-text--bold fr-mb-2w">{caption}</figcaption>
            {trend.note && <p className="fr-text--sm">{trend.note}</p>}
            {content === 'figures' ? (
              <>
                <Suspense fallback={<Loading label={t.loadingChart} />}>
                  <TrendLineChart points={trend.points} unit={indicator.unit} />
                </Suspense>
                {hasMasked && <p className="fr-text--sm">{t.trendMaskedGap}</p>}
              </>
            ) : (
              <ChartEmptyState content={content} testId="trend-chart-empty" />
            )}
            <div className="fr-table fr-table--bordered fr-table--no-caption">
              <div className="fr-table__wrapper">
                {/* Focusable when it scrolls (WCAG 2.1.1), as the indicator tables (IndicatorTable.tsx). */}
                {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take the focus (axe scrollable-region-focusable) */}
                <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
                  <div className="fr-table__content">
                    <table data-testid="trend-table" aria-describedby={hasMasked ? SECRET_NOTICE_ID : undefined}>
                      <caption>{caption}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t.quarterColumn}</th>
                          {measures.map((measure) => (
                            <th key={measure} scope="col" className="fr-cell--right">
                              {measureLabel(indicator.unit, measure)}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {trend.points.map((point) => (
                          <tr key={point.from}>
                            <th scope="row">
                              {point.label}
                              {point.inProgress && t.inProgress}
                            </th>
                            {measures.map((measure) => (
                              <td key={measure} className="fr-cell--right">
                                <CellContent cell={cellOf(point, measure)} unit={indicator.unit} measure={measure} />
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
          </figure>
        )}
      </div>
    </section>
  );
}

/** The number of quarters shown, applied on submit (RGAA: no change of context on select). */
function QuartersForm({ value, onApply }: { value: number; onApply: (quarters: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(Number(draft));
  };
  return (
    <form onSubmit={onSubmit} className="fr-mb-3w" aria-label={t.quartersFormLabel}>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label={t.quarters}
            nativeSelectProps={{
              id: 'evolution-trimestres',
              name: 'trimestres',
              value: draft,
              onChange: (event) => setDraft(event.target.value),
            }}
          >
            {TREND_QUARTERS.map((n) => (
              <option key={n} value={n}>
                {t.quartersOption(n)}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button type="submit" priority="secondary" className="fr-mb-3w">
            {t.showTrend}
          </Button>
        </div>
      </div>
    </form>
  );
}
