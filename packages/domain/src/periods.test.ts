import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareIsoDates, isWithin } from './iso-date.js';
import {
  calendarYear,
  isPeriodOver,
  lastQuarters,
  previousQuarter,
  quarterOf,
  quarterPeriod,
  yearToDate,
} from './periods.js';
import { ctaMeetingsDue } from './steering.js';

const isoDates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// accord, fiche 8: "Réunir le CTA selon une périodicité trimestrielle"; calendar quarters.
describe('quarters (accord, fiche 8: périodicité trimestrielle)', () => {
  it('bounds and French label of each quarter, leap years included', () => {
    expect(quarterPeriod(2024, 1)).toEqual({
      year: 2024,
      quarter: 1,
      from: '2024-01-01',
      to: '2024-03-31',
      label: 'T1 2024',
    });
    expect(quarterPeriod(2024, 2)).toMatchObject({ from: '2024-04-01', to: '2024-06-30' });
    expect(quarterPeriod(2024, 3)).toMatchObject({ from: '2024-07-01', to: '2024-09-30' });
    expect(quarterPeriod(2024, 4)).toMatchObject({ from: '2024-10-01', to: '2024-12-31', label: 'T4 2024' });
    expect(() => quarterPeriod(2024, 5 as never)).toThrow(RangeError);
  });

  it('a date falls in exactly one quarter, the one the CTA calendar counts it in', () => {
    expect(quarterOf('2026-11-23')).toMatchObject({ year: 2026, quarter: 4, from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2026-03-31').quarter).toBe(1);
    expect(quarterOf('2026-04-01').quarter).toBe(2);
    fc.assert(
      fc.property(isoDates, (date) => {
        const q = quarterOf(date);
        expect(isWithin(date, q.from, q.to)).toBe(true);
        // Same reading as ctaMeetingsDue (domain steering.ts): the meeting is counted in that quarter.
        const [check] = ctaMeetingsDue(q.year, [{ employmentAreaId: 'a', heldOn: date }]);
        expect(check!.quarters[q.quarter - 1]).toMatchObject({ from: q.from, to: q.to, meetings: 1 });
      }),
    );
  });

  it('consecutive quarters leave no gap: each starts the day after the previous one ends', () => {
    expect(previousQuarter(quarterPeriod(2026, 1))).toMatchObject({ year: 2025, quarter: 4 });
    fc.assert(
      fc.property(isoDates, (date) => {
        const q = quarterOf(date);
        expect(addDays(previousQuarter(q).to, 1)).toBe(q.from);
      }),
    );
  });

  it('the last quarters up to today, oldest first, today’s (unfinished) one last', () => {
    expect(lastQuarters('2026-11-23', 3).map((q) => q.label)).toEqual(['T2 2026', 'T3 2026', 'T4 2026']);
    expect(lastQuarters('2026-02-01', 2).map((q) => q.label)).toEqual(['T4 2025', 'T1 2026']);
    expect(() => lastQuarters('2026-02-01', 0)).toThrow(RangeError);
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 1, max: 12 }), (today, count) => {
        const quarters = lastQuarters(today, count);
        expect(quarters).toHaveLength(count);
        expect(isWithin(today, quarters.at(-1)!.from, quarters.at(-1)!.to)).toBe(true);
        for (let i = 1; i < quarters.length; i++) expect(addDays(quarters[i - 1]!.to, 1)).toBe(quarters[i]!.from);
      }),
    );
  });
});

// accord, annexe 1: "Nombre de réunions CTA/an"; article 2: a roadmap "chaque année"; article 3: 2 meetings "par an".
describe('years', () => {
  it('a calendar year, and the year to date used by default for the indicators', () => {
    expect(calendarYear(2017)).toEqual({ from: '2017-01-01', to: '2017-12-31' });
    expect(yearToDate('2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(() => calendarYear(2017.5)).toThrow(RangeError);
    expect(() => yearToDate('23/11/2026')).toThrow(RangeError);
  });

  it('a period is over once its last day has passed', () => {
    const q3 = quarterPeriod(2026, 3);
    expect(isPeriodOver(q3, '2026-10-01')).toBe(true);
    expect(isPeriodOver(q3, '2026-09-30')).toBe(false);
    fc.assert(fc.property(isoDates, (today) => !isPeriodOver(quarterOf(today), today)));
    fc.assert(fc.property(isoDates, (today) => compareIsoDates(yearToDate(today).from, today) <= 0));
  });
});
