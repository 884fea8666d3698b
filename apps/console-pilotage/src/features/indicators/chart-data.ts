// The data of the two charts of an indicator, from the figures the page already shows, and their text alternative:
// a masked value is not drawn and is labelled "< 5" or "masqué" as in the table.
import { siaeKindLabel } from '@navette/ui';
import { cellOf, cellText, departementLabel, measureLabel, type Cell, type IndicatorTable } from './indicator-table.ts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/**
 * Colours of the series (DSFR illustrative colours), each with a contrast of at least 3:1 on both the light (#fff) and
 * the dark (#161616) backgrounds of the DSFR themes (WCAG 1.4.11).
 */
export const SERIES_COLORS: Readonly<Record<string, string>> = {
  ACI: '#417DC4',
  AI: '#CE614A',
  EI: '#009099',
  ETTI: '#A558A0',
  EITI: '#00A95F',
};
export const SINGLE_SERIES_COLOR = '#6A6AF4';

export type ChartDatum = { label: string } & Record<string, string | number | null>;

/** The key of what a bar reads, as in the table: "12", "< 5", "masqué"… */
export const labelKey = (seriesKey: string) => `${seriesKey}__label`;
/** The key of a mark for a value not drawn (masked, nothing to divide by): a bar of one pixel carrying its label. */
export const markKey = (seriesKey: string) => `${seriesKey}__mark`;

/**
 * One entry per département (a bar per SIAE kind for the indicators broken down by kind), from the table's first
 * measure (the hours for HOURS_AND_PEOPLE), and the same figures as sentences for screen readers.
 */
export function departementChart(table: IndicatorTable): {
  series: ChartSeries[];
  data: ChartDatum[];
  sentences: string[];
} {
  const valueColumns = table.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.measure === 'value');
  const series = valueColumns.map(({ column }) => ({
    key: column.siaeKind ?? 'value',
    label: column.siaeKind ?? measureLabel(table.unit, 'value'),
    color: column.siaeKind ? (SERIES_COLORS[column.siaeKind] ?? SINGLE_SERIES_COLOR) : SINGLE_SERIES_COLOR,
  }));
  const data = table.rows.map((row) => {
    const datum: ChartDatum = { label: departementLabel(row.departement) };
    valueColumns.forEach(({ index }, i) => {
      const cell = row.cells[index]!;
      const key = series[i]!.key;
      datum[key] = cell.state === 'number' ? cell.value : 0;
      datum[labelKey(key)] = cellText(cell, table.unit, 'value');
      datum[markKey(key)] = cell.state === 'masked' || cell.state === 'notApplicable' ? 1 : 0;
    });
    return datum;
  });
  const sentences = table.rows.map((row) => {
    const figures = valueColumns.map(({ column, index }) => {
      const text = cellText(row.cells[index]!, table.unit, 'value');
      return column.siaeKind ? `${siaeKindLabel(column.siaeKind)} (${column.siaeKind}) : ${text}` : text;
    });
    return `${departementLabel(row.departement)} : ${figures.join(' ; ')}`;
  });
  return { series, data, sentences };
}

/** The cells the comparison chart draws (the first measure of every row), to tell whether there is anything to draw. */
export function departementChartCells(table: IndicatorTable): Cell[] {
  const indexes = table.columns.flatMap((column, index) => (column.measure === 'value' ? [index] : []));
  return table.rows.flatMap((row) => indexes.map((index) => row.cells[index]!));
}

/** The cells the trend chart draws. */
export function trendChartCells(points: readonly TrendPoint[]): Cell[] {
  return points.map((point) => cellOf(point, 'value'));
}

export interface TrendPoint {
  label: string;
  inProgress: boolean;
  value?: number | null;
  people?: number | null;
  masked: boolean;
}

/** One entry per quarter, oldest first; a masked quarter is a gap in the line. */
export function trendChart(points: readonly TrendPoint[]): ChartDatum[] {
  return points.map((point) => {
    const cell = cellOf(point, 'value');
    return {
      label: point.inProgress ? `${point.label} (en cours)` : point.label,
      value: cell.state === 'number' ? cell.value : null,
    };
  });
}
