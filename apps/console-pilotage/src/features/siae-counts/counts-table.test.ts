import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BFC_DEPARTEMENTS, countsTable } from './counts-table.ts';

describe('countsTable', () => {
  it('reads the aliased counts into one row per département and a regional total', () => {
    const { rows, region } = countsTable({
      departements: [
        { code: '25', name: 'Doubs' },
        { code: '21', name: "Côte-d'Or" },
      ],
      d21_total: { totalCount: 7 },
      d21_ACI: { totalCount: 4 },
      d21_EI: { totalCount: 3 },
      d25_total: { totalCount: 2 },
      d25_ETTI: { totalCount: 2 },
    });
    expect(rows.map((r) => r.code)).toEqual([...BFC_DEPARTEMENTS]);
    expect(rows[0]).toEqual({
      code: '21',
      name: "Côte-d'Or",
      byKind: { ACI: 4, AI: 0, EI: 3, ETTI: 0, EITI: 0 },
      total: 7,
    });
    expect(rows[1]?.name).toBe('Doubs');
    expect(rows[2]?.name).toBe('39');
    expect(region).toMatchObject({
      name: 'Bourgogne-Franche-Comté',
      total: 9,
      byKind: { ACI: 4, AI: 0, EI: 3, ETTI: 2, EITI: 0 },
    });
  });

  it('matches the aliases of the query document', () => {
    const document = readFileSync(new URL('./siae-counts.graphql', import.meta.url), 'utf8');
    const aliases = [...document.matchAll(/^\s*(d\w+):\s*siaes/gm)].map((m) => m[1]);
    expect(aliases).toHaveLength(BFC_DEPARTEMENTS.length * 6);
    for (const code of BFC_DEPARTEMENTS) {
      for (const suffix of ['total', 'ACI', 'AI', 'EI', 'ETTI', 'EITI'])
        expect(aliases).toContain(`d${code}_${suffix}`);
    }
  });
});
