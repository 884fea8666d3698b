import { EmptyState, formatDateTime } from '@navette/ui';
import type { ReactNode } from 'react';
import { copy } from '../../copy.ts';
import { ExportButtons } from './ExportButtons.tsx';
import type { IndicatorFilters } from './indicator-filters.ts';
import { buildIndicatorTable, type IndicatorTable as Table } from './indicator-table.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { ProvidedFiguresTable } from './ProvidedFiguresTable.tsx';
import type { IndicatorData } from './use-indicators.ts';

const t = copy.indicators;

/** The id of the notice that explains "< 5", to which every table with a masked cell points. */
export const SECRET_NOTICE_ID = 'secret-statistique';

/**
 * The figures of one indicator for the filters: its table and its exports; why there is none (not computed by the
 * platform, with its provider; nothing for this territory and period).
 */
export function IndicatorFigures({
  indicator,
  tableId,
  scope,
  filters,
  today,
  children,
}: {
  indicator: IndicatorData;
  tableId: string;
  scope: string;
  filters: IndicatorFilters;
  today: string;
  /** Shown below the exports when there are figures (a link to the charts). */
  children?: (table: Table) => ReactNode;
}) {
  if (!indicator.computable) {
    // Figures the platform does not hold (issue 18 §6): those its provider gave, with their provenance.
    const figures = indicator.providedFigures;
    if (figures.length === 0)
      return (
        <p className="fr-text--sm fr-mb-0">
          {indicator.unit === 'LIST' || indicator.unit === 'DOCUMENT'
            ? t.notComputedText(indicator.source)
            : t.providedNone(indicator.source)}
        </p>
      );
    return (
      <>
        <p className="fr-text--sm">{t.providedIntro(indicator.source)}</p>
        <ProvidedFiguresTable
          caption={t.providedCaption(indicator.label)}
          unit={() => indicator.unit}
          figures={figures}
          testId={`provided-${indicator.id}`}
        />
      </>
    );
  }
  const table = buildIndicatorTable(indicator);
  if (table.rows.length === 0)
    return <EmptyState message={indicator.note ? `${t.empty} ${indicator.note}` : t.empty} />;
  return (
    <>
      <IndicatorTable
        id={tableId}
        table={table}
        caption={t.caption(indicator.label, scope)}
        describedBy={table.hasMasked ? SECRET_NOTICE_ID : undefined}
      />
      {indicator.computedAt && (
        <p className="fr-text--xs fr-mb-1w" data-testid="computed-at">
          {t.computedAt(formatDateTime(indicator.computedAt))}
        </p>
      )}
      <ExportButtons label={indicator.label} table={table} filters={filters} today={today} />
      {children?.(table)}
    </>
  );
}
