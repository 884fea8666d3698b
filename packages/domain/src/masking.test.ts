import { describe, expect, it } from 'vitest';
import { maskSmallCounts } from './masking.js';

// DESIGN §4: aggregates published outside a structure mask any count below 5 (secret statistique)
describe('maskSmallCounts (secret statistique)', () => {
  const rows = [
    { departement: '21', siaeKind: 'ACI', count: 0 },
    { departement: '25', siaeKind: 'ACI', count: 1 },
    { departement: '39', siaeKind: 'EI', count: 4 },
    { departement: '58', siaeKind: 'EI', count: 5 },
  ];

  it('masks counts 1 to 4, keeps 0 and 5 and the row shape', () => {
    expect(maskSmallCounts(rows)).toEqual([
      { departement: '21', siaeKind: 'ACI', count: 0, masked: false, maskedFields: [] },
      { departement: '25', siaeKind: 'ACI', count: null, masked: true, maskedFields: ['count'] },
      { departement: '39', siaeKind: 'EI', count: null, masked: true, maskedFields: ['count'] },
      { departement: '58', siaeKind: 'EI', count: 5, masked: false, maskedFields: [] },
    ]);
  });

  it('takes another threshold', () => {
    expect(maskSmallCounts(rows, 2).map((r) => r.count)).toEqual([0, null, 4, 5]);
    expect(maskSmallCounts(rows, 11).map((r) => r.count)).toEqual([0, null, null, null]);
  });

  it('masks only the listed fields when given (rates are not counts)', () => {
    const [row] = maskSmallCounts([{ year: 2024, people: 3, rate: 2.5 }], 5, { fields: ['people'] });
    expect(row).toEqual({ year: 2024, people: null, rate: 2.5, masked: true, maskedFields: ['people'] });
  });

  it('does not modify the input and rejects a bad threshold', () => {
    const input = [{ n: 2 }];
    maskSmallCounts(input);
    expect(input).toEqual([{ n: 2 }]);
    expect(() => maskSmallCounts(input, 0)).toThrow(RangeError);
  });
});
