import { describe, expect, it } from 'vitest';
import { selectableYears, yearFromSearchParams } from './year-param.ts';

describe('yearFromSearchParams', () => {
  const today = '2026-11-23';
  it('reads the year in the URL, the current one by default', () => {
    expect(yearFromSearchParams(new URLSearchParams('annee=2017'), today)).toBe(2017);
    expect(yearFromSearchParams(new URLSearchParams('annee=2027'), today)).toBe(2027);
    expect(yearFromSearchParams(new URLSearchParams(''), today)).toBe(2026);
  });

  it('ignores a malformed or out-of-range year', () => {
    for (const asked of ['2015', '2028', 'deux-mille', '20266', '2026.5'])
      expect(yearFromSearchParams(new URLSearchParams({ annee: asked }), today)).toBe(2026);
  });
});

describe('selectableYears', () => {
  it('goes from next year down to the signature of the accord', () => {
    const years = selectableYears('2026-01-01');
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(2016);
    expect(years).toHaveLength(12);
  });
});
