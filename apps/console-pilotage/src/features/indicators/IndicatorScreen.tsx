import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { chartContent, ChartEmptyState, ErrorState, Loading, useDocumentTitle } from '@navette/ui';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { copy } from '../../copy.ts';
import { departementChartCells } from './chart-data.ts';
import { filtersToSearchParams } from './indicator-filters.ts';
import { IndicatorBadges, IndicatorDetails } from './IndicatorDetails.tsx';
import { IndicatorFigures, SECRET_NOTICE_ID } from './IndicatorFigures.tsx';
import { IndicatorFilterForm } from './IndicatorFilterForm.tsx';
import { TrendSection } from './TrendSection.tsx';
import { filterRefusal, useIndicators } from './use-indicators.ts';

const DepartementBarChart = lazy(() => import('./charts/DepartementBarChart.tsx'));

const t = copy.indicator;
const ti = copy.indicators;

/**
 * One indicator: what it is, its table by département (and SIAE kind) with its exports, the comparison between
 * départements as a bar chart, and its trend by quarter, each chart with its figures in text.
 */
export function IndicatorScreen() {
  const { id = '' } = useParams();
  const { today, filters, filterKey, territory, scope, departements, indicators, apply } = useIndicators();
  const { data, error, loading, refetch } = indicators;
  const indicator = data?.indicators.find((candidate) => candidate.id === id);
  useDocumentTitle(indicator?.label ?? (data ? t.notFoundTitle : ti.title));
  const listPath = `/indicateurs?${filtersToSearchParams(filters).toString()}`;

  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title={ti.loadFailed}
        description={filterRefusal(error)}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) return <Loading />;
  if (!indicator) {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFound}</p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to={listPath}>
          {t.back}
        </Link>
      </>
    );
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={indicator.label}
        segments={[{ label: t.breadcrumb, linkProps: { to: listPath } }]}
        homeLinkProps={{ to: '/' }}
      />
      <h1 className="fr-h2">{indicator.label}</h1>
      <IndicatorBadges indicator={indicator} />
      <IndicatorDetails indicator={indicator} />
      {!indicator.computable ? (
        <Notice title={t.notComputable} description={ti.notComputedText(indicator.source)} />
      ) : (
        <>
          <IndicatorFilterForm
            key={filterKey}
            filters={filters}
            today={today}
            departements={departements}
            onApply={apply}
          />
          <div id={SECRET_NOTICE_ID} className="fr-mb-3w">
            <Notice title={ti.maskedTitle} description={ti.masked} />
          </div>
          <section aria-labelledby="par-departement" aria-busy={loading}>
            <h2 id="par-departement">{t.tableTitle}</h2>
            <p className="fr-text--lg" aria-live="polite" data-testid="indicators-scope">
              <strong>{ti.scopeLabel}</strong>
              {scope}
            </p>
            <IndicatorFigures indicator={indicator} tableId="indicateur" scope={scope} filters={filters} today={today}>
              {(table) => {
                const caption = t.comparisonCaption(indicator.label, scope, table.byKind);
                // Nothing to draw (no value, or all masked): a sentence instead of an empty axis (issue 14 §5).
                const content = chartContent(departementChartCells(table));
                return (
                  <>
                    <h2 className="fr-mt-6w">{t.comparisonTitle}</h2>
                    {content === 'figures' ? (
                      <Suspense fallback={<Loading label={t.loadingChart} />}>
                        <DepartementBarChart table={table} caption={caption} />
                      </Suspense>
                    ) : (
                      <ChartEmptyState caption={caption} content={content} testId="departement-chart-empty" />
                    )}
                  </>
                );
              }}
            </IndicatorFigures>
          </section>
          {/* The trend has its own period (the last quarters): its caption names the territory only. */}
          <TrendSection indicator={indicator} filters={filters} scope={territory} />
        </>
      )}
    </>
  );
}
