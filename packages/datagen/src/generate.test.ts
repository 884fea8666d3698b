// The generator without a database: same seed, same rows; another seed, other rows; volumes in proportion.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allocate } from './directory.js';
import { makeIds } from './ids.js';
import { generateRows } from './load.js';
import { encodeRow, type Cell, type RowSink, type TableName } from './tables.js';

function digest(seed: number) {
  const hash = createHash('sha256');
  const counts: Partial<Record<TableName, number>> = {};
  const sink: RowSink = {
    add(table: TableName, row: readonly Cell[]) {
      counts[table] = (counts[table] ?? 0) + 1;
      hash.update(table).update(encodeRow(row));
    },
  };
  generateRows({ scale: 0.0002, seed, today: '2026-11-16' }, sink, sink);
  return { hash: hash.digest('hex'), counts };
}

describe('generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = digest(42);
    expect(digest(42)).toEqual(a);
    expect(digest(43).hash).not.toBe(a.hash);
    // 200 people at this scale; about 1.2 agréments per person (issue 6: 1,200,000 for 1,000,000 people).
    expect(a.counts.people).toBe(200);
    expect(a.counts.approvals! / a.counts.people!).toBeGreaterThan(1);
    expect(a.counts.approvals! / a.counts.people!).toBeLessThan(1.4);
    expect(a.counts.departements).toBe(101);
  });

  it('makes unique, uuid-shaped identifiers', () => {
    const ids = makeIds(1);
    const seen = new Set<string>();
    for (let n = 0; n < 5000; n++) {
      for (const kind of ['person', 'approval', 'siae'] as const) {
        const id = ids(kind, n);
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        seen.add(id);
      }
    }
    expect(seen.size).toBe(15000);
    expect(ids('person', 2 ** 40 + 3)).not.toBe(ids('person', 3));
  });

  it('allocates in proportion, with a floor', () => {
    expect(allocate(10, [1, 1, 2], 1)).toEqual([3, 3, 4]);
    expect(allocate(2, [5, 1, 1], 1)).toEqual([1, 1, 1]);
    expect(allocate(900, [2610, 77], 1).reduce((a, b) => a + b, 0)).toBe(900);
  });
});
