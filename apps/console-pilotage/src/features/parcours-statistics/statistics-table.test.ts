import { describe, expect, it } from 'vitest';
import {
  formatCount,
  hasMaskedCount,
  hasMaskedOrientation,
  sortOrientationRows,
  type OrientationRow,
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

describe('orientations by origin (annexe 4 §3; fiche 4)', () => {
  const orientation = (code: string, originKind: string, orientations: number | null = 7): OrientationRow => ({
    departement: { code, name: code },
    originKind,
    orientations,
    accepted: 5,
    declined: 0,
  });

  it('sorts by département, then Pôle emploi, prescripteur, SIAE, other', () => {
    const sorted = sortOrientationRows([
      orientation('25', 'OTHER'),
      orientation('21', 'SIAE'),
      orientation('25', 'POLE_EMPLOI'),
      orientation('21', 'POLE_EMPLOI'),
      orientation('25', 'PRESCRIBER'),
    ]);
    expect(sorted.map((r) => `${r.departement.code}-${r.originKind}`)).toEqual([
      '21-POLE_EMPLOI',
      '21-SIAE',
      '25-POLE_EMPLOI',
      '25-PRESCRIBER',
      '25-OTHER',
    ]);
  });

  it('knows when a count is masked, in a row or by origin', () => {
    expect(hasMaskedOrientation([orientation('21', 'SIAE')])).toBe(false);
    expect(hasMaskedOrientation([orientation('21', 'SIAE', null)])).toBe(true);
    expect(hasMaskedOrientation([], [{ orientations: null }])).toBe(true);
  });
});
