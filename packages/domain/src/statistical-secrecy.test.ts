import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareIsoDates } from './iso-date.js';
import {
  cellKey,
  columnKey,
  rowKey,
  totalKey,
  publishedPeriodKind,
  suppressCells,
  suppressTable,
  tableWithMargins,
  type SuppressedTable,
  type TableCell,
} from './statistical-secrecy.js';

// DESIGN §4: aggregates published outside a structure mask any count below 5 (secret statistique); issue 13 §6: with
// secondary suppression so that no masked cell can be computed from the totals, rows, columns or other periods.

const cells = (rows: Record<string, Record<string, number>>): TableCell[] =>
  Object.entries(rows).flatMap(([row, columns]) =>
    Object.entries(columns).map(([column, value]) => ({ row, column, value })),
  );

/**
 * What an attacker gets from a published table and its published margins: every line equation (row cells = row total,
 * column cells = column total, row totals = grand total, column totals = grand total) with a single unknown is solved,
 * again and again. Returns the masked cells and margins whose value comes out.
 */
function recoverable(table: readonly TableCell[], suppressed: SuppressedTable): string[] {
  const unknown = new Set<string>();
  for (const c of table) if (suppressed.cells.has(cellKey(c.row, c.column))) unknown.add(`cell ${c.row}/${c.column}`);
  for (const row of suppressed.rows) unknown.add(`row ${row}`);
  for (const column of suppressed.columns) unknown.add(`column ${column}`);
  if (suppressed.total) unknown.add('total');
  const lines: string[][] = [];
  const rows = [...new Set(table.map((c) => c.row))];
  const columns = [...new Set(table.map((c) => c.column))];
  for (const row of rows)
    lines.push([...table.filter((c) => c.row === row).map((c) => `cell ${c.row}/${c.column}`), `row ${row}`]);
  for (const column of columns)
    lines.push([
      ...table.filter((c) => c.column === column).map((c) => `cell ${c.row}/${c.column}`),
      `column ${column}`,
    ]);
  lines.push([...rows.map((r) => `row ${r}`), 'total'], [...columns.map((k) => `column ${k}`), 'total']);
  const masked = new Set(unknown);
  for (let progress = true; progress;) {
    progress = false;
    for (const line of lines) {
      const open = line.filter((k) => unknown.has(k));
      if (open.length === 1) {
        unknown.delete(open[0]!);
        progress = true;
      }
    }
  }
  return [...masked].filter((k) => !unknown.has(k));
}

describe('suppressCells (primary and secondary suppression over lines)', () => {
  it('masks counts of people from 1 to 4, never 0, never counts of organisations', () => {
    const list = [
      { key: 'a', value: 0, aboutPeople: true },
      { key: 'b', value: 12, aboutPeople: true },
      { key: 'c', value: 3, aboutPeople: false },
    ];
    expect(suppressCells(list, [['a', 'b', 'c']])).toEqual(new Set());
  });

  it('masks a second cell of a line that would otherwise give the small count back (23 − shown = 1)', () => {
    const list = [
      { key: 'ACI', value: 1, aboutPeople: true },
      { key: 'EI', value: 10, aboutPeople: true },
      { key: 'ETTI', value: 12, aboutPeople: true },
    ];
    expect(suppressCells(list, [['ACI', 'EI', 'ETTI']])).toEqual(new Set(['ACI', 'EI']));
  });
});

/** The rule as first written (one pass over every cell of every line per round), to check the faster one against. */
function suppressCellsAsWritten<Key>(
  list: readonly { key: Key; value: number; aboutPeople: boolean }[],
  lines: readonly (readonly Key[])[],
  threshold = 5,
): Set<Key> {
  const byKey = new Map(list.map((cell) => [cell.key, cell]));
  const masked = new Set<Key>();
  for (const cell of list) if (cell.aboutPeople && cell.value > 0 && cell.value < threshold) masked.add(cell.key);
  if (masked.size === 0) return masked;
  const known = lines.map((line) => line.flatMap((key) => byKey.get(key) ?? []));
  const rank = (c: { value: number }) => (c.value === 0 ? Number.MAX_SAFE_INTEGER : c.value);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of known) {
      let maskedInLine = 0;
      for (const cell of line) if (masked.has(cell.key) && ++maskedInLine > 1) break;
      if (maskedInLine !== 1) continue;
      let best: (typeof list)[number] | undefined;
      for (const cell of line) {
        if (masked.has(cell.key)) continue;
        if (!best || rank(cell) < rank(best)) best = cell;
      }
      if (best) {
        masked.add(best.key);
        changed = true;
      }
    }
  }
  return masked;
}

describe('suppressCells is the rule as first written, faster (issue 16 §3)', () => {
  it('masks the same cells, in the same order, on any lines (duplicates, unknown keys, repeated cells)', () => {
    const cell = fc.record({
      key: fc.integer({ min: 0, max: 30 }),
      value: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 200 })),
      aboutPeople: fc.boolean(),
    });
    const line = fc.array(fc.integer({ min: 0, max: 34 }), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.array(line, { maxLength: 20 }), (list, lines) => {
        expect([...suppressCells(list, lines)]).toEqual([...suppressCellsAsWritten(list, lines)]);
      }),
      { numRuns: 500 },
    );
  });

  it('masks the same cells of a département × kind table with its margins (cells given twice included)', () => {
    const table = fc.array(
      fc.record({
        row: fc.constantFrom('01', '07', '26', '38', '42', '69', '73', '74'),
        column: fc.constantFrom('ACI', 'AI', 'EI', 'ETTI', 'EITI'),
        value: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 80 })),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(table, (list) => {
        const { cells: secret, lines } = tableWithMargins(list);
        expect([...suppressCells(secret, lines)]).toEqual([...suppressCellsAsWritten(secret, lines)]);
        // suppressTable: the same rule on the same table, with numbers for keys.
        const masked = suppressCellsAsWritten(secret, lines);
        const suppressed = suppressTable(list);
        expect([...suppressed.cells]).toEqual([
          ...new Set(list.map((c) => cellKey(c.row, c.column)).filter((k) => masked.has(k))),
        ]);
        expect([...suppressed.rows]).toEqual([...new Set(list.map((c) => c.row))].filter((r) => masked.has(rowKey(r))));
        expect([...suppressed.columns]).toEqual(
          [...new Set(list.map((c) => c.column))].filter((k) => masked.has(columnKey(k))),
        );
        expect(suppressed.total).toBe(masked.has(totalKey()));
      }),
      { numRuns: 400 },
    );
  });
});

describe('suppressTable (a table published with its margins)', () => {
  it('publishes a table without small counts as it is', () => {
    const table = cells({ '21': { ACI: 0, EI: 12 }, '25': { ACI: 7, EI: 40 } });
    expect(suppressTable(table)).toEqual({ cells: new Set(), rows: new Set(), columns: new Set(), total: false });
  });

  it('protects rows and columns together: the complement of a row is protected in its column too', () => {
    const table = cells({
      '21': { ACI: 2, EI: 30, AI: 8 },
      '25': { ACI: 9, EI: 31, AI: 7 },
      '39': { ACI: 11, EI: 6, AI: 50 },
    });
    const suppressed = suppressTable(table);
    expect(suppressed.cells.has(cellKey('21', 'ACI'))).toBe(true);
    expect(suppressed.cells.size).toBeGreaterThanOrEqual(4);
    expect(recoverable(table, suppressed)).toEqual([]);
  });

  it('a département with a single SIAE kind: its total is its cell, masked with it', () => {
    const table = cells({ '21': { ACI: 3 }, '25': { ACI: 10, EI: 20 } });
    const suppressed = suppressTable(table);
    expect(suppressed.cells.has(cellKey('21', 'ACI'))).toBe(true);
    expect(suppressed.rows.has('21')).toBe(true);
    expect(recoverable(table, suppressed)).toEqual([]);
  });

  it('property: no masked cell nor margin can be solved from the published cells and margins', () => {
    const tables = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 })).chain(([rows, columns]) =>
      fc
        .array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 200 })), {
          minLength: rows * columns,
          maxLength: rows * columns,
        })
        .map((values) =>
          values.map((value, i) => ({ row: `d${Math.floor(i / columns)}`, column: `k${i % columns}`, value })),
        ),
    );
    fc.assert(
      fc.property(tables, (table) => {
        const suppressed = suppressTable(table);
        for (const c of table)
          if (c.value > 0 && c.value < 5) expect(suppressed.cells.has(cellKey(c.row, c.column))).toBe(true);
        expect(recoverable(table, suppressed)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('publishedPeriodKind (fixed periods for outsiders)', () => {
  const today = '2026-12-02';

  it('accepts whole months, quarters and years, and the current one up to today', () => {
    expect(publishedPeriodKind('2026-02-01', '2026-02-28', today)).toBe('MONTH');
    expect(publishedPeriodKind('2026-04-01', '2026-06-30', today)).toBe('QUARTER');
    expect(publishedPeriodKind('2025-01-01', '2025-12-31', today)).toBe('YEAR');
    expect(publishedPeriodKind('2026-01-01', '2026-06-30', today)).toBe('HALF_YEAR');
    expect(publishedPeriodKind('2026-07-01', today, today)).toBe('HALF_YEAR');
    expect(publishedPeriodKind('2026-12-01', today, today)).toBe('MONTH');
    expect(publishedPeriodKind('2026-10-01', today, today)).toBe('QUARTER');
    expect(publishedPeriodKind('2026-01-01', today, today)).toBe('YEAR');
    expect(publishedPeriodKind('2026-01-01', '2026-12-31', today)).toBe('YEAR');
  });

  it('refuses any two dates of one’s choosing', () => {
    expect(publishedPeriodKind('2026-01-01', '2026-03-30', today)).toBeNull();
    expect(publishedPeriodKind('2026-01-02', '2026-03-31', today)).toBeNull();
    expect(publishedPeriodKind('2026-02-01', '2026-04-30', today)).toBeNull();
    expect(publishedPeriodKind('2026-11-01', '2026-12-01', today)).toBeNull(); // a current period ends today or later
    expect(publishedPeriodKind('2027-01-01', '2027-01-31', today)).toBeNull();
    expect(publishedPeriodKind('2026-13-01', '2026-13-31', today)).toBeNull();
  });

  it('property: two published periods are disjoint or nested, so their difference is whole months, never a day', () => {
    const start = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2024-06-01', n));
    const periodFrom = (first: string, span: number) => {
      const [y, m] = first.split('-').map(Number) as [number, number];
      if (span === 12) return { from: `${y}-01-01`, to: `${y}-12-31` };
      if (span === 6)
        return m <= 6 ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` };
      if (span === 3) {
        const q = Math.floor((m - 1) / 3) * 3 + 1;
        const from = `${y}-${String(q).padStart(2, '0')}-01`;
        const to = addDays(q === 10 ? `${y + 1}-01-01` : `${y}-${String(q + 3).padStart(2, '0')}-01`, -1);
        return { from, to };
      }
      const from = `${y}-${String(m).padStart(2, '0')}-01`;
      return { from, to: addDays(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`, -1) };
    };
    const period = fc.tuple(start, fc.constantFrom(1, 3, 6, 12)).map(([day, span]) => periodFrom(day, span));
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(publishedPeriodKind(a.from, a.to, '2030-01-01')).not.toBeNull();
        const disjoint = compareIsoDates(a.to, b.from) < 0 || compareIsoDates(b.to, a.from) < 0;
        const nested =
          (compareIsoDates(a.from, b.from) <= 0 && compareIsoDates(b.to, a.to) <= 0) ||
          (compareIsoDates(b.from, a.from) <= 0 && compareIsoDates(a.to, b.to) <= 0);
        expect(disjoint || nested).toBe(true);
        // Nested: the difference starts on the 1st of a month and ends on the last day of one.
        if (nested && !disjoint) {
          for (const edge of [a.from, b.from]) expect(edge.endsWith('-01')).toBe(true);
          for (const edge of [a.to, b.to]) expect(addDays(edge, 1).endsWith('-01')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
