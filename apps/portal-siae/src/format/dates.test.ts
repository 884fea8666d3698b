import { describe, expect, it } from 'vitest';
import { formatDateTime, formatShortDate, isIsoDate } from './dates.ts';

describe('short French dates', () => {
  it('writes a date as day/month/year', () => {
    expect(formatShortDate('2026-03-09')).toBe('09/03/2026');
    expect(formatShortDate(null)).toBe('');
    expect(formatShortDate('bientôt')).toBe('bientôt');
  });

  it('writes an instant in Paris time, summer and winter', () => {
    expect(formatDateTime('2026-07-14T08:05:00Z')).toBe('14/07/2026 à 10:05');
    expect(formatDateTime('2026-01-31T23:30:00Z')).toBe('01/02/2026 à 00:30');
    expect(formatDateTime('pas une date')).toBe('pas une date');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('01/02/2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
