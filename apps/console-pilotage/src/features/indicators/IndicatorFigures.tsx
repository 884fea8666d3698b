import { EmptyState } from '@navette/ui';
import type { ReactNode } from 'react';
import { copy } from '../../copy.ts';
import { ExportButtons } from './ExportButtons.tsx';
import type { IndicatorFilters } from './indicator-filters.ts';
import { buildIndicatorTable, type IndicatorTable as Table } from './indicator-table.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
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
    return <p className="fr-text--sm fr-mb-0">{t.notComputedText(indicator.source)}</p>;
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
      <ExportButtons label={indicator.label} table={table} filters={filters} today={today} />
      {children?.(table)}
    </>
  );
}
