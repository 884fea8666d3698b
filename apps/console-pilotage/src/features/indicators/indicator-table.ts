// An indicator's figures as the console shows and exports them: one row per département, one column per SIAE kind
// for the indicators broken down by kind (two, hours and people, for the training hours), the cells as the API
// published them.
//
// Secret statistique (DESIGN §4): outside a structure the API masks every count from 1 to 4, and what is computed
// from it (a rate, the hours of fewer than 5 people). A masked count reads "< 5"; a masked rate or number of hours
// reads "masqué" ("< 5 %" or "< 5 heures" would be false). No total, by row or column, is ever computed here: next
// to a masked cell it would give it back by difference.
export type IndicatorUnit = 'COUNT' | 'PERCENT' | 'HOURS' | 'HOURS_AND_PEOPLE' | 'LIST' | 'DOCUMENT' | 'YES_NO';

/** The API's `Indicator.table`: `states[i][j]` (and values, people) is the cell of `departements[i]` and column j. */
export type CellStateData = 'FIGURE' | 'MASKED' | 'NOT_APPLICABLE' | 'NO_DATA';

export interface IndicatorTableData {
  siaeKinds: readonly string[];
  departements: readonly { code: string; name: string }[];
  states: readonly (readonly CellStateData[])[];
  values: readonly (readonly (number | null)[])[];
  people?: readonly (readonly (number | null)[])[] | null;
}

export interface IndicatorTableSource {
  unit: IndicatorUnit;
  table: IndicatorTableData;
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

/** The cell of one measure of a trend's quarter. */
export function cellOf(
  point: { value?: number | null; people?: number | null; masked: boolean } | undefined,
  measure: Measure,
): Cell {
  if (!point) return { state: 'missing' };
  const value = measure === 'value' ? point.value : point.people;
  if (value != null) return { state: 'number', value };
  return point.masked ? { state: 'masked' } : { state: 'notApplicable' };
}

/** The cell of one measure of a table: the API's figure, else why there is none. */
function tableCell(state: CellStateData | undefined, value: number | null | undefined): Cell {
  if (value != null) return { state: 'number', value };
  // A cell is masked as a whole when one of its measures is (the hours of fewer than 5 people go with them).
  if (state === 'MASKED') return { state: 'masked' };
  return state === undefined || state === 'NO_DATA' ? { state: 'missing' } : { state: 'notApplicable' };
}

/** The table of an indicator as the API lays it out (départements by code, SIAE kinds in the usual order). */
export function buildIndicatorTable(source: IndicatorTableSource): IndicatorTable {
  const { siaeKinds, departements, states, values, people } = source.table;
  const byKind = siaeKinds.length > 0;
  const measures: Measure[] = source.unit === 'HOURS_AND_PEOPLE' ? ['value', 'people'] : ['value'];
  const columns: TableColumn[] = (byKind ? siaeKinds : [null]).flatMap((siaeKind) =>
    measures.map((measure) => ({ key: siaeKind ? `${siaeKind}-${measure}` : measure, siaeKind, measure })),
  );
  const rows = departements.map((departement, i) => ({
    departement,
    cells: columns.map((_, c) => {
      const j = Math.floor(c / measures.length);
      const measure = measures[c % measures.length];
      return tableCell(states[i]?.[j], measure === 'people' ? people?.[i]?.[j] : values[i]?.[j]);
    }),
  }));
  return {
    unit: source.unit,
    byKind,
    kinds: [...siaeKinds],
    measures,
    columns,
    rows,
    hasMasked: rows.some((row) => row.cells.some((cell) => cell.state === 'masked')),
  };
}
/** "Doubs (25)". */
export const departementLabel = (departement: { code: string; name: string }) =>
  `${departement.name} (${departement.code})`;
