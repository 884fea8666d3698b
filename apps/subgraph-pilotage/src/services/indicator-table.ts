// An indicator's rows as the table the pilotage console shows and exports: one line per département, one column per
// SIAE kind ("par département et type de SIAE", annexe 1). The same cells as `rows`, as lists: the country's table is
// 7,000 rows (14,000 objects with their départements, each resolved by the subgraph and again by the gateway) but
// about 1,900 lines.
import type { SiaeKind } from '@navette/domain';
import { SIAE_KIND_ORDER } from './indicator-values.js';
import type { DepartementRef, IndicatorRowResult } from './rows.js';

/**
 * The state of a cell: the schema's `IndicatorCellState` (indicators.graphql), spelt here because the generated types
 * map `IndicatorTable` to this file's result and would otherwise import each other.
 */
export type IndicatorCellState = 'FIGURE' | 'MASKED' | 'NOT_APPLICABLE' | 'NO_DATA';

export interface IndicatorTableResult {
  siaeKinds: SiaeKind[];
  departements: DepartementRef[];
  states: IndicatorCellState[][];
  values: (number | null)[][];
  /** Only for HOURS_AND_PEOPLE. */
  people: (number | null)[][] | null;
}

function stateOf(row: IndicatorRowResult | undefined): IndicatorCellState {
  if (!row) return 'NO_DATA';
  if (row.masked) return 'MASKED';
  return row.value == null ? 'NOT_APPLICABLE' : 'FIGURE';
}

/** Lays out rows (any order): départements by code, kinds in the usual order, a missing cell as NO_DATA. */
export function indicatorTable(rows: readonly IndicatorRowResult[], withPeople: boolean): IndicatorTableResult {
  const present = new Set(rows.map((row) => row.siaeKind));
  const siaeKinds = SIAE_KIND_ORDER.filter((kind) => present.has(kind));
  const columns: (SiaeKind | null)[] = siaeKinds.length > 0 ? siaeKinds : [null];
  const lines = new Map<string, { departement: DepartementRef; cells: Map<SiaeKind | null, IndicatorRowResult> }>();
  for (const row of rows) {
    let line = lines.get(row.departement);
    if (!line) {
      line = { departement: { code: row.departement, name: row.departementName }, cells: new Map() };
      lines.set(row.departement, line);
    }
    line.cells.set(siaeKinds.length > 0 ? row.siaeKind : null, row);
  }
  const ordered = [...lines.values()].sort((x, y) =>
    x.departement.code < y.departement.code ? -1 : x.departement.code > y.departement.code ? 1 : 0,
  );
  const cellsOf = (line: (typeof ordered)[number]) => columns.map((column) => line.cells.get(column));
  return {
    siaeKinds,
    departements: ordered.map((line) => line.departement),
    states: ordered.map((line) => cellsOf(line).map(stateOf)),
    values: ordered.map((line) => cellsOf(line).map((row) => row?.value ?? null)),
    people: withPeople ? ordered.map((line) => cellsOf(line).map((row) => row?.people ?? null)) : null,
  };
}
