import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDaysBetween, isPublicHoliday, isWorkingDay, publicHolidays } from './calendar.js';
import { addDays, compareIsoDates } from './iso-date.js';

const cote = { departement: '21' } as const;
const moselle = { departement: '57' } as const;

describe('jours ouvrés (accord, annexe 4 §2.2.2)', () => {
  it('excludes weekends', () => {
    expect(isWorkingDay('2024-06-07', cote)).toBe(true); // Friday
    expect(isWorkingDay('2024-06-08', cote)).toBe(false); // Saturday
    expect(isWorkingDay('2024-06-09', cote)).toBe(false); // Sunday
    expect(isWorkingDay('2024-06-10', cote)).toBe(true); // Monday
  });

  it('excludes the national public holidays, including Easter Monday, Ascension and Whit Monday', () => {
    for (const day of [
      '2024-01-01',
      '2024-04-01',
      '2024-05-01',
      '2024-05-08',
      '2024-05-09',
      '2024-05-20',
      '2024-07-14',
      '2024-08-15',
      '2024-11-01',
      '2024-11-11',
      '2024-12-25',
    ]) {
      expect(isPublicHoliday(day, cote), day).toBe(true);
    }
    expect(isWorkingDay('2024-04-01', cote)).toBe(false); // Lundi de Pâques
    expect(isWorkingDay('2024-05-09', cote)).toBe(false); // Ascension (Thursday)
    expect(isWorkingDay('2024-05-20', cote)).toBe(false); // Lundi de Pentecôte
    expect(isWorkingDay('2025-06-09', cote)).toBe(false); // Lundi de Pentecôte 2025
  });

  it('knows the Alsace-Moselle days (Good Friday, 26 December) only in 57, 67 and 68', () => {
    for (const departement of ['57', '67', '68']) {
      expect(isWorkingDay('2024-03-29', { departement }), departement).toBe(false);
      expect(isWorkingDay('2024-12-26', { departement }), departement).toBe(false);
    }
    for (const departement of ['21', '25', '90', '2A', '54']) {
      expect(isWorkingDay('2024-03-29', { departement }), departement).toBe(true);
      expect(isWorkingDay('2024-12-26', { departement }), departement).toBe(true);
    }
  });

  it('knows the overseas days (abolition de l’esclavage in Guadeloupe, 27 May)', () => {
    expect(isWorkingDay('2024-05-27', { departement: '971' })).toBe(false);
    expect(isWorkingDay('2024-05-27', { departement: '21' })).toBe(true);
  });

  it('lists 11 public holidays in metropolitan France and 13 in Moselle', () => {
    const names = publicHolidays(2024, cote).map((h) => h.date);
    expect(names).toHaveLength(11);
    expect(names).toContain('2024-05-20');
    expect(names).not.toContain('2024-05-19'); // Pentecost Sunday is an observance, not a holiday
    expect(publicHolidays(2024, moselle)).toHaveLength(13);
  });

  it('rejects an unknown département or a malformed date', () => {
    expect(() => isWorkingDay('2024-06-07', { departement: '20' })).toThrow(RangeError);
    expect(() => isWorkingDay('2024-02-30', cote)).toThrow(RangeError);
  });
});

describe('addWorkingDays (accord, annexe 4 §2.2.2)', () => {
  it('counts from the day after, skipping weekends and holidays', () => {
    expect(addWorkingDays('2024-06-03', 1, cote)).toBe('2024-06-04');
    expect(addWorkingDays('2024-06-07', 1, cote)).toBe('2024-06-10'); // Friday → Monday
    expect(addWorkingDays('2024-06-08', 1, cote)).toBe('2024-06-10'); // Saturday → Monday
    expect(addWorkingDays('2024-04-30', 1, cote)).toBe('2024-05-02'); // over 1 May
  });

  it('n = 0 returns the date unchanged, even on a non-working day', () => {
    expect(addWorkingDays('2024-06-05', 0, cote)).toBe('2024-06-05');
    expect(addWorkingDays('2024-06-08', 0, cote)).toBe('2024-06-08');
  });

  it('negative n goes back, strictly before the date', () => {
    expect(addWorkingDays('2024-06-10', -1, cote)).toBe('2024-06-07');
    expect(addWorkingDays('2024-05-10', -1, cote)).toBe('2024-05-07'); // back over Ascension and 8 May
    expect(addWorkingDays('2024-12-27', -1, moselle)).toBe('2024-12-24');
    expect(addWorkingDays('2024-12-27', -1, cote)).toBe('2024-12-26');
  });

  it('rejects a non-integer n', () => {
    expect(() => addWorkingDays('2024-06-10', 1.5, cote)).toThrow(RangeError);
  });

  it('crosses a year end', () => {
    expect(addWorkingDays('2024-12-31', 1, cote)).toBe('2025-01-02');
  });
});

describe('addWorkingDays — properties (accord, annexe 4 §2.2.2)', () => {
  const departement = fc.constantFrom('21', '25', '57', '67', '68', '90', '2A', '971', '974');
  const date = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('never lands on a non-working day when n ≠ 0', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0),
        departement,
        (d, n, dep) => {
          expect(isWorkingDay(addWorkingDays(d, n, { departement: dep }), { departement: dep })).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -20, max: 20 }), departement, (d, n, dep) => {
        const opts = { departement: dep };
        expect(compareIsoDates(addWorkingDays(d, n, opts), addWorkingDays(d, n + 1, opts))).toBeLessThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('moves by exactly n working days: none skipped, none counted twice', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), departement, (d, n, dep) => {
        const opts = { departement: dep };
        const target = addWorkingDays(d, n, opts);
        expect(countWorkingDaysBetween(d, target, opts)).toBe(n);
        // no more than a week plus holidays of slack per 5 days
        expect(compareIsoDates(target, addDays(d, n * 2 + 7))).toBeLessThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('going back undoes going forward from a working day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -30, max: 30 }), departement, (d, n, dep) => {
        const opts = { departement: dep };
        const start = addWorkingDays(d, 1, opts); // a working day
        expect(addWorkingDays(addWorkingDays(start, n, opts), -n, opts)).toBe(start);
      }),
      { numRuns: 200 },
    );
  });
});
