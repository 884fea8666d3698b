import { describe, expect, it } from 'vitest';
import { ctaYears, yearFromSearchParams, yearToSearchParams } from './cta-year.ts';

describe('the year of the CTA screen', () => {
  it('offers the years since the accord, the current one first', () => {
    expect(ctaYears(2018)).toEqual([2018, 2017, 2016]);
  });

  it('reads the year of the URL, the current one when none or out of range', () => {
    expect(yearFromSearchParams(new URLSearchParams('annee=2024'), 2026)).toBe(2024);
    for (const query of ['', 'annee=2027', 'annee=1999', 'annee=deux-mille', 'annee=2024.5']) {
      expect(yearFromSearchParams(new URLSearchParams(query), 2026)).toBe(2026);
    }
  });

  it('keeps the plain URL for the current year', () => {
    expect(yearToSearchParams(2026, 2026).toString()).toBe('');
    expect(yearToSearchParams(2025, 2026).toString()).toBe('annee=2025');
  });
});
