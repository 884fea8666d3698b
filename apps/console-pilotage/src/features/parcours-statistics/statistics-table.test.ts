import { describe, expect, it } from 'vitest';
import {
  formatCount,
  hasMaskedCount,
  sortStatisticsRows,
  STATISTICS_COLUMNS,
  type StatisticsRow,
} from './statistics-table.ts';

const row = (code: string, siaeKind: string, overrides: Partial<StatisticsRow> = {}): StatisticsRow => ({
  departement: { code, name: code },
  siaeKind,
  ...(Object.fromEntries(STATISTICS_COLUMNS.map((column) => [column, 0])) as Record<
    (typeof STATISTICS_COLUMNS)[number],
    number
  >),
  ...overrides,
});

describe('formatCount', () => {
  it('shows a masked count as "< 5" and keeps zero as a number', () => {
    expect(formatCount(null)).toBe('< 5');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(5)).toBe('5');
  });

  it('groups thousands the French way', () => {
    expect(formatCount(12345).replace(/\s/g, ' ')).toBe('12 345');
  });
});

describe('sortStatisticsRows', () => {
  it('orders by département, then by SIAE kind in the usual order', () => {
    const sorted = sortStatisticsRows([row('25', 'EI'), row('21', 'ETTI'), row('25', 'ACI'), row('21', 'AI')]);
    expect(sorted.map((r) => `${r.departement.code} ${r.siaeKind}`)).toEqual(['21 AI', '21 ETTI', '25 ACI', '25 EI']);
  });
});

describe('hasMaskedCount', () => {
  it('spots a masked cell in the table or in the refusals', () => {
    expect(hasMaskedCount([row('25', 'ACI')])).toBe(false);
    expect(hasMaskedCount([row('25', 'ACI', { refused: null })])).toBe(true);
    expect(hasMaskedCount([row('25', 'ACI')], [{ count: null }])).toBe(true);
  });
});
