import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateInFrance,
  daysInclusive,
  endOfDayInFrance,
  formatFrenchDate,
  isIsoDate,
  parseIsoDate,
  periodEnd,
} from './iso-date.js';

describe('IsoDate (package convention: YYYY-MM-DD calendar dates)', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isIsoDate('2024-02-09T00:00:00Z')).toBe(false);
    expect(isIsoDate(20240209)).toBe(false);
  });

  it('parseIsoDate returns a refusal with a French message', () => {
    expect(parseIsoDate('2024-06-01')).toEqual({ ok: true, value: '2024-06-01' });
    const refused = parseIsoDate('31/12/2024');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.code).toBe('INVALID_ISO_DATE');
      expect(refused.message).toContain('AAAA-MM-JJ');
    }
  });

  it('counts inclusive days across a leap day', () => {
    expect(daysInclusive('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysInclusive('2023-02-28', '2023-03-01')).toBe(2);
    expect(daysInclusive('2024-06-01', '2024-06-01')).toBe(1);
  });

  it('formats dates the French way for messages', () => {
    expect(formatFrenchDate('2024-06-01')).toBe('01/06/2024');
  });

  it('clamps months to the last day', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-05-31', -3)).toBe('2025-02-28');
  });
});

describe('periodEnd — "24 mois à compter de" (accord, annexe 4 §2.1)', () => {
  it('ends the day before the same day-of-month', () => {
    expect(periodEnd('2024-01-15', 24)).toBe('2026-01-14');
    expect(periodEnd('2024-01-01', 24)).toBe('2025-12-31');
    expect(periodEnd('2024-03-01', 24)).toBe('2026-02-28');
  });

  it('a period opened on 29 February ends on the last day of February', () => {
    expect(periodEnd('2024-02-29', 24)).toBe('2026-02-28');
    expect(periodEnd('2024-02-29', 48)).toBe('2028-02-28');
    expect(periodEnd('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('property: ends the day before the anniversary, at most one day after Temporal’s start + months − 1 day', () => {
    const date = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (start, months) => {
        const end = periodEnd(start, months);
        const naive = addDays(addMonths(start, months), -1);
        expect([0, 1]).toContain(daysInclusive(naive, end) - 1);
        const anniversary = addDays(end, 1);
        // the day after the end is the same day-of-month as the start, or the 1st when that day does not exist
        expect([start.slice(8), '01']).toContain(anniversary.slice(8));
        expect(daysInclusive(start, end)).toBeGreaterThanOrEqual(28 * months);
        expect(daysInclusive(start, end)).toBeLessThanOrEqual(31 * months);
      }),
    );
  });
});

describe('dateInFrance — the day in metropolitan France, where deadlines are counted', () => {
  it('is already the next day in Paris at 23:30 UTC, and still the same day at 22:30 UTC in summer time', () => {
    expect(dateInFrance(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24'); // UTC+1
    expect(dateInFrance(new Date('2026-11-23T22:59:59Z'))).toBe('2026-11-23');
    expect(dateInFrance(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14'); // UTC+2
    expect(dateInFrance(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(dateInFrance(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
  });

  it('agrees with the time-zone database on any instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (instant) => {
          expect(dateInFrance(instant)).toBe(instant.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }));
        },
      ),
    );
  });
});

describe('endOfDayInFrance — an expiry chosen as a day ends at its last second in Paris', () => {
  it('carries the offset Paris has that day, across both changes of time', () => {
    expect(endOfDayInFrance('2027-01-15')).toBe('2027-01-15T23:59:59+01:00');
    expect(endOfDayInFrance('2027-07-15')).toBe('2027-07-15T23:59:59+02:00');
    expect(endOfDayInFrance('2027-03-28')).toBe('2027-03-28T23:59:59+02:00'); // summer time from 02:00 that day
    expect(endOfDayInFrance('2027-10-31')).toBe('2027-10-31T23:59:59+01:00'); // winter time from 03:00 that day
  });

  it('is an instant that France reads as the same day, one second before the next', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T12:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (instant) => {
          const day = dateInFrance(instant);
          const end = new Date(endOfDayInFrance(day));
          expect(dateInFrance(end)).toBe(day);
          expect(dateInFrance(new Date(end.getTime() + 1000))).toBe(addDays(day, 1));
        },
      ),
    );
  });
});
