// An indicator's figures as the console shows and exports them: one row per département, one column per SIAE kind
// for the indicators broken down by kind (two, hours and people, for the training hours), the cells as the API
// published them.
//
// Secret statistique (DESIGN §4): outside a structure the API masks every count from 1 to 4, and what is computed
// from it (a rate, the hours of fewer than 5 people). A masked count reads "< 5"; a masked rate or number of hours
// reads "masqué" ("< 5 %" or "< 5 heures" would be false). No total, by row or column, is ever computed here: next
// to a masked cell it would give it back by difference.
import { SIAE_KINDS } from '@navette/ui';

export type IndicatorUnit = 'COUNT' | 'PERCENT' | 'HOURS' | 'HOURS_AND_PEOPLE' | 'LIST' | 'DOCUMENT' | 'YES_NO';

export interface IndicatorRowData {
  departement: { code: string; name: string };
  siaeKind?: string | null;
  value?: number | null;
  people?: number | null;
  masked: boolean;
}

export interface IndicatorTableSource {
  unit: IndicatorUnit;
  dimensions: readonly string[];
  rows: readonly IndicatorRowData[];
}

/** What one cell holds: the measure of a row, a value the API masked, nothing to divide by, or no row at all. */
export type Measure = 'value' | 'people';

export type Cell =
  { state: 'number'; value: number } | { state: 'masked' } | { state: 'notApplicable' } | { state: 'missing' };

export interface TableColumn {
  /** Unique in the table, usable in an HTML id. */
  key: string;
  siaeKind: string | null;
  measure: Measure;
}

export interface TableRow {
  departement: { code: string; name: string };
  cells: Cell[];
}

export interface IndicatorTable {
  unit: IndicatorUnit;
  byKind: boolean;
  /** The SIAE kinds shown as columns (by-kind indicators), in the usual order. */
  kinds: string[];
  /** The measures of each column group: the value, and the people for HOURS_AND_PEOPLE. */
  measures: Measure[];
  columns: TableColumn[];
  rows: TableRow[];
  hasMasked: boolean;
}

/** What the console shows and exports for a masked count. */
export const MASKED_COUNT = '< 5';
/** … and for a masked rate or number of hours. */
export const MASKED_VALUE = 'masqué';
/** A rate with nothing to divide by (no SIAE in that cell). */
export const NOT_APPLICABLE = 'sans objet';
/** No figure at all for that cell. */
export const NO_DATA = '–';

/** French header of a measure column. */
export function measureLabel(unit: IndicatorUnit, measure: Measure): string {
  if (measure === 'people') return 'Personnes formées';
  switch (unit) {
    case 'PERCENT':
      return 'Part (%)';
    case 'HOURS':
      return 'Heures';
    case 'HOURS_AND_PEOPLE':
      return 'Heures de formation';
    default:
      return 'Nombre';
  }
}

/** Whether the cells of this measure are counts (masked ones read "< 5"). */
export function isCountMeasure(unit: IndicatorUnit, measure: Measure): boolean {
  return measure === 'people' || unit === 'COUNT' || unit === 'LIST';
}

export function maskedText(unit: IndicatorUnit, measure: Measure): string {
  return isCountMeasure(unit, measure) ? MASKED_COUNT : MASKED_VALUE;
}

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "1 234", "12,5 %", "37,5" (hours). */
export function formatMeasure(value: number, unit: IndicatorUnit, measure: Measure): string {
  if (isCountMeasure(unit, measure)) return integer.format(value);
  if (unit === 'PERCENT') return `${decimal.format(value)}\u00a0%`;
  return decimal.format(value);
}

/** What a cell reads on screen. */
export function cellText(cell: Cell, unit: IndicatorUnit, measure: Measure): string {
  switch (cell.state) {
    case 'number':
      return formatMeasure(cell.value, unit, measure);
    case 'masked':
      return maskedText(unit, measure);
    case 'notApplicable':
      return NOT_APPLICABLE;
    case 'missing':
      return NO_DATA;
  }
}

function kindRank(kind: string): number {
  const index = (SIAE_KINDS as readonly string[]).indexOf(kind);
  return index === -1 ? SIAE_KINDS.length : index;
}

/** The cell of one measure of a row (or of a quarter of a trend). */
export function cellOf(row: Pick<IndicatorRowData, 'value' | 'people' | 'masked'> | undefined, measure: Measure): Cell {
  if (!row) return { state: 'missing' };
  const value = measure === 'value' ? row.value : row.people;
  if (value != null) return { state: 'number', value };
  // A row is masked as a whole when one of its measures is (the hours of fewer than 5 people go with them).
  return row.masked ? { state: 'masked' } : { state: 'notApplicable' };
}

/** The table of an indicator's rows: départements by code, SIAE kinds in the usual ACI, AI, EI, ETTI, EITI order. */
export function buildIndicatorTable(source: IndicatorTableSource): IndicatorTable {
  const byKind = source.dimensions.includes('SIAE_KIND') && source.rows.some((row) => row.siaeKind);
  const measures: Measure[] = source.unit === 'HOURS_AND_PEOPLE' ? ['value', 'people'] : ['value'];
  const kinds = byKind
    ? [...new Set(source.rows.map((row) => row.siaeKind).filter((kind): kind is string => Boolean(kind)))].sort(
        (a, b) => kindRank(a) - kindRank(b) || a.localeCompare(b),
      )
    : [];
  const columns: TableColumn[] = (byKind ? kinds : [null]).flatMap((siaeKind) =>
    measures.map((measure) => ({ key: siaeKind ? `${siaeKind}-${measure}` : measure, siaeKind, measure })),
  );

  const departements = new Map<string, { code: string; name: string }>();
  const cells = new Map<string, IndicatorRowData>();
  for (const row of source.rows) {
    departements.set(row.departement.code, row.departement);
    cells.set(`${row.departement.code}|${byKind ? (row.siaeKind ?? '') : ''}`, row);
  }
  const rows = [...departements.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((departement) => ({
      departement,
      cells: columns.map((column) => cellOf(cells.get(`${departement.code}|${column.siaeKind ?? ''}`), column.measure)),
    }));
  return {
    unit: source.unit,
    byKind,
    kinds,
    measures,
    columns,
    rows,
    hasMasked: rows.some((row) => row.cells.some((cell) => cell.state === 'masked')),
  };
}

/** "Doubs (25)". */
export const departementLabel = (departement: { code: string; name: string }) =>
  `${departement.name} (${departement.code})`;
