/**
 * Secret statistique of the figures published outside a structure (DESIGN §4: "mask any count below 5"), as the
 * official statistics practise it (INSEE, « Guide du secret statistique »):
 *
 * - **Primary suppression**: a count of *people* from 1 to 4 is masked. Counts of organisations, meetings,
 *   conventions or référents identify nobody and are published as they are; 0 is never masked (it reveals no one's
 *   situation, and masking it would hide that nothing happened).
 * - **Secondary suppression**: a table is published with its margins (the total of each line, e.g. of a département
 *   over the SIAE kinds, of a kind over the départements, and the grand total, which the trends and the filters give
 *   anyway). A line holding a single masked cell would give it back by difference (total − the other cells), so one
 *   more cell of that line is masked — the smallest, to lose the least information — and so on until no line holds
 *   exactly one masked cell. The whole table is suppressed before any filter is applied, so that two answers with
 *   different filters show the same pattern.
 * - **Fixed periods**: outsiders ask for whole calendar months, quarters or years (the current one as a whole, read
 *   up to today), never for any two dates: two overlapping periods chosen freely (1 January-31 March and 1 January-
 *   30 March) would give the small count of one day by difference.
 *
 * Known limit (docs/security.md): lines are protected one at a time (an attacker solving one line after another gets
 * nothing, tested); a table masked in a 2 × 2 pattern is safe, but bounds from linear programming over many lines, and
 * differences along the time hierarchy (a year minus its four quarters' published cells) are not closed.
 */
import { compareIsoDates, isIsoDate, toPlainDate, type IsoDate } from './iso-date.js';
import { quarterOf } from './periods.js';

/** DESIGN §4: "mask any count below 5". */
export const SECRECY_THRESHOLD = 5;

/** Primary suppression: a count of people from 1 to threshold − 1 (0 is published). */
export function isSmallCount(value: number, threshold: number = SECRECY_THRESHOLD): boolean {
  return value > 0 && value < threshold;
}

export interface SecretCell<Key> {
  readonly key: Key;
  /** The count of people the cell publishes (or the count that decides whether it may be published). */
  readonly value: number;
  /** False for counts of organisations, meetings…: never masked, but they still count in their lines. */
  readonly aboutPeople: boolean;
}

/**
 * The keys of the cells to mask: the small counts of people, then, for each line whose total is published, enough
 * other cells that no line holds exactly one masked cell. `lines` lists, for each published total, the keys of the
 * cells it sums; a cell may be in several lines (its row, its column, the grand total).
 */
export function suppressCells<Key>(
  cells: readonly SecretCell<Key>[],
  lines: readonly (readonly Key[])[],
  threshold: number = SECRECY_THRESHOLD,
): Set<Key> {
  // Each distinct key is a number (its value: that of the last cell given for the key).
  const ids = new Map<Key, number>();
  const keys: Key[] = [];
  const values: number[] = [];
  for (const cell of cells) {
    let id = ids.get(cell.key);
    if (id === undefined) {
      ids.set(cell.key, (id = keys.length));
      keys.push(cell.key);
    }
    values[id] = cell.value;
  }
  const small: number[] = [];
  for (const cell of cells) if (cell.aboutPeople && isSmallCount(cell.value, threshold)) small.push(ids.get(cell.key)!);
  if (small.length === 0) return new Set();
  const masked = maskedIds(
    values,
    small,
    lines.map((line) => line.flatMap((key) => ids.get(key) ?? [])),
  );
  return new Set(masked.map((id) => keys[id]!));
}

/**
 * The rule of {@link suppressCells} on cells numbered 0…n−1: `small` the cells masked for themselves, `lines` the cells
 * each published total sums (a cell may appear twice). Returns the masked cells in the order they were masked. A line
 * is read by one count kept up to date as cells are masked: a round costs one look at each line, not at each of its
 * cells (the country's tables: thousands of cells, hundreds of rounds).
 */
function maskedIds(
  values: readonly number[],
  small: readonly number[],
  lines: readonly (readonly number[])[],
): number[] {
  const isMasked = new Uint8Array(values.length);
  const order: number[] = [];
  for (const id of small) {
    if (isMasked[id]) continue;
    isMasked[id] = 1;
    order.push(id);
  }
  // The lines each cell is in (once per time it appears in the line), and how many masked cells each line holds.
  const linesOf: number[][] = Array.from({ length: values.length }, () => []);
  const maskedIn = new Int32Array(lines.length);
  lines.forEach((line, l) => {
    for (const id of line) {
      linesOf[id]!.push(l);
      if (isMasked[id]) maskedIn[l]!++;
    }
  });
  // The complement: the smallest published count of the line, a non-zero one first (masking a 0 protects less:
  // zeros are never masked for themselves, so a masked cell is known to be either small or a complement).
  const rank = (id: number) => (values[id] === 0 ? Number.MAX_SAFE_INTEGER : values[id]!);
  // Each round masks at least one more cell, so this ends within values.length rounds. Lines are read in order: a
  // line sees what the lines before it masked in the same round.
  for (let changed = true; changed;) {
    changed = false;
    for (let l = 0; l < lines.length; l++) {
      if (maskedIn[l] !== 1) continue;
      let best = -1;
      for (const id of lines[l]!) {
        if (isMasked[id]) continue;
        if (best < 0 || rank(id) < rank(best)) best = id;
      }
      if (best < 0) continue;
      isMasked[best] = 1;
      order.push(best);
      for (const m of linesOf[best]!) maskedIn[m]!++;
      changed = true;
    }
  }
  return order;
}

export interface TableCell {
  /** e.g. the département. */
  readonly row: string;
  /** e.g. the SIAE kind ('' when the table has a single column). */
  readonly column: string;
  readonly value: number;
}

export interface SuppressedTable {
  /** Masked cells, by `cellKey(row, column)`. */
  readonly cells: ReadonlySet<string>;
  /** Rows whose total is masked (e.g. a département's trend point for the period). */
  readonly rows: ReadonlySet<string>;
  /** Columns whose total is masked. */
  readonly columns: ReadonlySet<string>;
  /** Whether the grand total is masked. */
  readonly total: boolean;
}

// Département codes, SIAE kinds and field names hold no NUL: the kinds of keys never collide.
export const cellKey = (row: string, column: string, table = '') => `${table}\u0000c\u0000${row}\u0000${column}`;
export const rowKey = (row: string, table = '') => `${table}\u0000r\u0000${row}`;
export const columnKey = (column: string, table = '') => `${table}\u0000k\u0000${column}`;
export const totalKey = (table = '') => `${table}\u0000t`;

/**
 * A two-way table of counts of people with its margins as cells of their own (each row's total, each column's total,
 * the grand total: a département's total is a trend point, a filter's answer…) and the lines that tie them:
 * `row cells = row total`, `column cells = column total`, `row totals = grand total`, `column totals = grand total`.
 * `table` names the table when several are suppressed together (e.g. one per count of a statistics row).
 */
export function tableWithMargins(
  cells: readonly TableCell[],
  table = '',
): { cells: SecretCell<string>[]; lines: string[][] } {
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  const rowMembers = new Map<string, string[]>();
  const columnMembers = new Map<string, string[]>();
  let total = 0;
  const all: SecretCell<string>[] = [];
  for (const { row, column, value } of cells) {
    const key = cellKey(row, column, table);
    all.push({ key, value, aboutPeople: true });
    rowTotals.set(row, (rowTotals.get(row) ?? 0) + value);
    columnTotals.set(column, (columnTotals.get(column) ?? 0) + value);
    const rowKeys = rowMembers.get(row);
    if (rowKeys) rowKeys.push(key);
    else rowMembers.set(row, [key]);
    const columnKeys = columnMembers.get(column);
    if (columnKeys) columnKeys.push(key);
    else columnMembers.set(column, [key]);
    total += value;
  }
  for (const [row, value] of rowTotals) all.push({ key: rowKey(row, table), value, aboutPeople: true });
  for (const [column, value] of columnTotals) all.push({ key: columnKey(column, table), value, aboutPeople: true });
  all.push({ key: totalKey(table), value: total, aboutPeople: true });
  const lines = [
    ...[...rowMembers].map(([row, keys]) => [...keys, rowKey(row, table)]),
    ...[...columnMembers].map(([column, keys]) => [...keys, columnKey(column, table)]),
    [...[...rowTotals.keys()].map((row) => rowKey(row, table)), totalKey(table)],
    [...[...columnTotals.keys()].map((column) => columnKey(column, table)), totalKey(table)],
  ];
  return { cells: all, lines };
}

/**
 * Primary and secondary suppression of one table of counts of people (e.g. départements × SIAE kinds) published with
 * its margins (see {@link tableWithMargins}). Counts of organisations are not masked: call it only for counts of people.
 */
export function suppressTable(cells: readonly TableCell[], threshold: number = SECRECY_THRESHOLD): SuppressedTable {
  // tableWithMargins and suppressCells with numbers for keys (the same cells and lines, in the same order): the cells
  // 0…c−1 (a cell given twice is one), then the rows' totals, the columns' totals and the grand total.
  const rowIds = new Map<string, number>();
  const columnIds = new Map<string, number>();
  const cellIds = new Map<string, Map<string, number>>();
  const cellList: { row: string; column: string }[] = [];
  const entries: number[] = [];
  const entryRows: number[] = [];
  const entryColumns: number[] = [];
  const cellValues: number[] = [];
  for (const { row, column, value } of cells) {
    let r = rowIds.get(row);
    if (r === undefined) rowIds.set(row, (r = rowIds.size));
    let k = columnIds.get(column);
    if (k === undefined) columnIds.set(column, (k = columnIds.size));
    let byColumn = cellIds.get(row);
    if (!byColumn) cellIds.set(row, (byColumn = new Map<string, number>()));
    let id = byColumn.get(column);
    if (id === undefined) {
      byColumn.set(column, (id = cellList.length));
      cellList.push({ row, column });
    }
    cellValues[id] = value;
    entries.push(id);
    entryRows.push(r);
    entryColumns.push(k);
  }
  const c = cellList.length;
  const rowCount = rowIds.size;
  const columnCount = columnIds.size;
  const total = c + rowCount + columnCount;
  const values = new Array<number>(total + 1).fill(0);
  for (let id = 0; id < c; id++) values[id] = cellValues[id]!;
  const rowLines: number[][] = Array.from({ length: rowCount }, () => []);
  const columnLines: number[][] = Array.from({ length: columnCount }, () => []);
  const small: number[] = [];
  entries.forEach((id, i) => {
    const value = cells[i]!.value;
    values[c + entryRows[i]!]! += value;
    values[c + rowCount + entryColumns[i]!]! += value;
    values[total]! += value;
    rowLines[entryRows[i]!]!.push(id);
    columnLines[entryColumns[i]!]!.push(id);
    if (isSmallCount(value, threshold)) small.push(id);
  });
  for (let id = c; id <= total; id++) if (isSmallCount(values[id]!, threshold)) small.push(id);
  const none: SuppressedTable = { cells: new Set(), rows: new Set(), columns: new Set(), total: false };
  if (small.length === 0) return none;
  const rowTotals = Array.from({ length: rowCount }, (_, r) => c + r);
  const columnTotals = Array.from({ length: columnCount }, (_, k) => c + rowCount + k);
  const lines = [
    ...rowLines.map((line, r) => [...line, c + r]),
    ...columnLines.map((line, k) => [...line, c + rowCount + k]),
    [...rowTotals, total],
    [...columnTotals, total],
  ];
  const masked = maskedIds(values, small, lines);
  const rows = [...rowIds.keys()];
  const columns = [...columnIds.keys()];
  const isMasked = new Uint8Array(total + 1);
  for (const id of masked) isMasked[id] = 1;
  return {
    cells: new Set(entries.filter((id) => isMasked[id]).map((id) => cellKey(cellList[id]!.row, cellList[id]!.column))),
    rows: new Set(rows.filter((_, r) => isMasked[c + r])),
    columns: new Set(columns.filter((_, k) => isMasked[c + rowCount + k])),
    total: isMasked[total] === 1,
  };
}

export type PublishedPeriodKind = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

const lastDayOfMonth = (year: number, month: number) =>
  toPlainDate(`${year}-${String(month).padStart(2, '0')}-01`).daysInMonth;

/**
 * Which fixed period `from`–`to` is for an outsider (a whole calendar month, quarter, half-year or year, each nested in
 * the next; for the current one, `to`
 * may be any day from today to its end, since nothing is counted after today), or null when it is none of them.
 */
export function publishedPeriodKind(from: IsoDate, to: IsoDate, today: IsoDate): PublishedPeriodKind | null {
  if (!isIsoDate(from) || !isIsoDate(to) || compareIsoDates(from, to) > 0 || compareIsoDates(from, today) > 0)
    return null;
  const start = toPlainDate(from);
  if (start.day !== 1) return null;
  const endsOn = (end: IsoDate) =>
    to === end || (compareIsoDates(today, end) < 0 && compareIsoDates(to, today) >= 0 && compareIsoDates(to, end) <= 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthEnd = `${start.year}-${pad(start.month)}-${pad(lastDayOfMonth(start.year, start.month))}`;
  if (endsOn(monthEnd)) return 'MONTH';
  if ((start.month - 1) % 3 === 0 && endsOn(quarterOf(from).to)) return 'QUARTER';
  if ((start.month === 1 || start.month === 7) && endsOn(`${start.year}-${start.month === 1 ? '06-30' : '12-31'}`))
    return 'HALF_YEAR';
  if (start.month === 1 && endsOn(`${start.year}-12-31`)) return 'YEAR';
  return null;
}

/** The French message of a period an outsider may not ask for. */
export const PUBLISHED_PERIOD_MESSAGE =
  'Hors d’une structure, les chiffres sont publiés par mois, trimestre, semestre ou année civile entiers (secret statistique) : choisissez l’une de ces périodes.';
