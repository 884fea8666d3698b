import { describe, expect, it } from 'vitest';
import { dayInFrance, formatDateTime, formatLongDate, formatShortDate, isIsoDate, todayInFrance } from './dates.ts';

describe('dates', () => {
  it('formats an ISO date in French', () => {
    expect(formatLongDate('2026-11-30')).toBe('lundi 30 novembre 2026');
    expect(formatLongDate('2026-01-01')).toBe('jeudi 1 janvier 2026');
  });

  it('leaves an unexpected value as it is', () => {
    expect(formatLongDate('bientôt')).toBe('bientôt');
  });

  it("gives today's date in France, not in UTC", () => {
    // 23:30 UTC on 23 November is already 24 November in Paris (UTC+1 in winter).
    expect(todayInFrance(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(todayInFrance(new Date('2026-11-23T10:00:00Z'))).toBe('2026-11-23');
  });

  it('writes a date as day/month/year, whatever the time zone', () => {
    expect(formatShortDate('2026-03-09')).toBe('09/03/2026');
    expect(formatShortDate('2026-12-31')).toBe('31/12/2026');
    expect(formatShortDate(null)).toBe('');
    expect(formatShortDate('bientôt')).toBe('bientôt');
  });

  it('writes an instant in Paris time, summer and winter', () => {
    expect(formatDateTime('2026-07-14T08:05:00Z')).toBe('14/07/2026 à 10:05');
    expect(formatDateTime('2026-01-31T23:30:00Z')).toBe('01/02/2026 à 00:30');
    expect(formatDateTime('2026-01-15T08:30:00+00:00')).toBe('15/01/2026 à 09:30');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('pas une date')).toBe('pas une date');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('01/02/2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('gives the French calendar day of an instant', () => {
    expect(dayInFrance('2026-03-05T23:30:00Z')).toBe('2026-03-06');
    expect(dayInFrance('2026-03-05T10:00:00+01:00')).toBe('2026-03-05');
  });
});
