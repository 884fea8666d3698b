import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { Summary } from '@codegouvfr/react-dsfr/Summary';
import { ErrorState, Loading, useDocumentTitle } from '@navette/ui';
import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import { ficheAnchor, groupByFiche, indicatorAnchor } from './fiches.ts';
import { filtersToSearchParams } from './indicator-filters.ts';
import { IndicatorBadges, IndicatorDetails } from './IndicatorDetails.tsx';
import { IndicatorFigures, SECRET_NOTICE_ID } from './IndicatorFigures.tsx';
import { IndicatorFilterForm } from './IndicatorFilterForm.tsx';
import { filterRefusal, useIndicators } from './use-indicators.ts';

const t = copy.indicators;

const ficheTitle = (fiche: number | null) =>
  fiche === null ? t.articleTitle : t.ficheTitle(fiche, t.ficheTitles[fiche] ?? '');

/**
 * The indicators of the accord for a territory, a SIAE kind and a period: one section per fiche action, each indicator
 * with its definition, provider and unit, its table by département and SIAE kind when the platform computes it (with
 * its CSV and XLSX exports and a link to its charts), or who provides it.
 */
export function IndicatorsScreen() {
  useDocumentTitle(t.title);
  const { today, filters, filterKey, scope, departements, indicators, apply } = useIndicators();
  const { data, error, loading, refetch } = indicators;
  const groups = data ? groupByFiche(data.indicators) : [];
  const search = `?${filtersToSearchParams(filters).toString()}`;

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <IndicatorFilterForm
        key={filterKey}
        filters={filters}
        today={today}
        departements={departements}
        onApply={apply}
      />
      <p className="fr-text--lg" aria-live="polite" data-testid="indicators-scope">
        <strong>{t.scopeLabel}</strong>
        {scope}
      </p>
      <div aria-busy={loading} data-testid="indicators">
        {error && !data ? (
          <ErrorState
            error={error}
            title={t.loadFailed}
            description={filterRefusal(error)}
            onRetry={() => void refetch()}
          />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <div id={SECRET_NOTICE_ID} className="fr-mb-3w">
              <Notice title={t.maskedTitle} description={t.masked} />
            </div>
            <Summary
              title={t.summaryTitle}
              links={groups.map((group) => ({
                text: ficheTitle(group.fiche),
                linkProps: { href: `#${ficheAnchor(group.fiche)}` },
              }))}
            />
            {groups.map((group) => (
              <section key={group.fiche ?? 'articles'} aria-labelledby={ficheAnchor(group.fiche)} className="fr-mt-6w">
                <h2 id={ficheAnchor(group.fiche)}>{ficheTitle(group.fiche)}</h2>
                {group.indicators.map((indicator) => (
                  <article
                    key={indicator.id}
                    aria-labelledby={indicatorAnchor(indicator.id)}
                    className="fr-mb-6w"
                    data-testid={`indicator-${indicator.id}`}
                  >
                    <h3 id={indicatorAnchor(indicator.id)} className="fr-h5 fr-mb-1w">
                      {indicator.label}
                    </h3>
                    <IndicatorBadges indicator={indicator} />
                    <IndicatorDetails indicator={indicator} />
                    <IndicatorFigures
                      indicator={indicator}
                      tableId={indicatorAnchor(indicator.id)}
                      scope={scope}
                      filters={filters}
                      today={today}
                    >
                      {() => (
                        <p className="fr-mt-1w">
                          <Link
                            className="fr-link fr-icon-line-chart-line fr-link--icon-left"
                            to={`/indicateurs/${encodeURIComponent(indicator.id)}${search}`}
                          >
                            {t.chartsLink}
                            <span className="fr-sr-only">{t.exportOf(indicator.label)}</span>
                          </Link>
                        </p>
                      )}
                    </IndicatorFigures>
                  </article>
                ))}
              </section>
            ))}
          </>
        )}
      </div>
    </>
  );
}
