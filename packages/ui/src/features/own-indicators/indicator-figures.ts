// The figures of "Mes indicateurs" as the screen shows them: only the indicators the platform computes (the others
// are provided by their fournisseur, annexe 1), each row as the API sent it. An agence sees its territory, a SIAE its own figures, unmasked;
// should a cell come back masked all the same, it reads "masqué", never a guess.
import { isSiaeKind, siaeKindOptionLabel } from '../../labels/labels.ts';
import { copy } from '../../copy.tsx';
import type { IndicatorUnit } from '../../generated/graphql.ts';

export interface IndicatorRowData {
  departement: { code: string; name: string };
  siaeKind?: string | null;
  value?: number | null;
  people?: number | null;
  masked: boolean;
}

export interface IndicatorData {
  computable: boolean;
  unit: IndicatorUnit;
  dimensions: readonly string[];
  rows: readonly IndicatorRowData[];
}

/** The indicators the platform computes, in the API's order (the accord's). */
export function computableIndicators<T extends { computable: boolean }>(indicators: readonly T[]): T[] {
  return indicators.filter((indicator) => indicator.computable);
}

/** Whether the rows carry a SIAE kind (a column of their own). */
export function isBySiaeKind(indicator: Pick<IndicatorData, 'dimensions' | 'rows'>): boolean {
  return indicator.dimensions.includes('SIAE_KIND') && indicator.rows.some((row) => row.siaeKind);
}

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "1 234", "12,5 %", "37,5" (hours); "sans objet" when there is nothing to divide by; "masqué" when masked. */
export function formatIndicatorValue(value: number | null | undefined, unit: IndicatorUnit, masked: boolean): string {
  if (value == null) return masked ? copy.ownIndicators.masked : copy.ownIndicators.notApplicable;
  switch (unit) {
    case 'PERCENT':
      return `${decimal.format(value)}\u00a0%`;
    case 'HOURS':
    case 'HOURS_AND_PEOPLE':
      return decimal.format(value);
    default:
      return integer.format(value);
  }
}

/** A count of the approval statistics: "12", or "masqué" for a count the API masked. */
export function formatCount(value: number | null | undefined): string {
  return value == null ? copy.ownIndicators.masked : integer.format(value);
}

/** "ACI – Atelier et chantier d'insertion"; the code itself for a kind this version does not know. */
export function siaeKindText(kind: string | null | undefined): string {
  if (!kind) return '';
  return isSiaeKind(kind) ? siaeKindOptionLabel(kind) : kind;
}

/** "Doubs (25)". */
export function departementText(departement: { code: string; name: string }): string {
  return `${departement.name} (${departement.code})`;
}

/** The headers of an indicator's table. */
export function indicatorHeaders(indicator: IndicatorData): string[] {
  const c = copy.ownIndicators.columns;
  return [
    c.departement,
    ...(isBySiaeKind(indicator) ? [c.siaeKind] : []),
    ...(indicator.unit === 'HOURS_AND_PEOPLE' ? [c.hours, c.people] : [c.value]),
  ];
}

/** The cells of each row of an indicator's table, as text. */
export function indicatorCells(indicator: IndicatorData): string[][] {
  const byKind = isBySiaeKind(indicator);
  return indicator.rows.map((row) => [
    departementText(row.departement),
    ...(byKind ? [siaeKindText(row.siaeKind)] : []),
    formatIndicatorValue(row.value, indicator.unit, row.masked),
    ...(indicator.unit === 'HOURS_AND_PEOPLE' ? [formatIndicatorValue(row.people, 'COUNT', row.masked)] : []),
  ]);
}

/** The counts of `approvalStatistics`, in the order of the table's columns. */
export const STATISTICS_FIELDS = [
  'requests',
  'granted',
  'refused',
  'tacitlyGranted',
  'pending',
  'suspensions',
  'prolongations',
  'extensions',
] as const;
export type StatisticsField = (typeof STATISTICS_FIELDS)[number];

export type StatisticsRowData = {
  departement: { code: string; name: string };
  siaeKind: string;
} & Partial<Record<StatisticsField, number | null>>;

/** The cells of each row of the approval statistics, as text. */
export function statisticsCells(rows: readonly StatisticsRowData[]): string[][] {
  return rows.map((row) => [
    departementText(row.departement),
    siaeKindText(row.siaeKind),
    ...STATISTICS_FIELDS.map((field) => formatCount(row[field])),
  ]);
}
