import Holidays from 'date-holidays';
import type { Temporal } from 'temporal-polyfill';
import { assertDepartement, type Departement } from './departement.js';
import { fromPlainDate, toPlainDate, type IsoDate } from './iso-date.js';

/*
 * Jours ouvrés (accord, annexe 4 §2.2.2, "5 jours ouvrés"): Monday to Friday, minus the French
 * public holidays (jours fériés) of the département. Holidays come from `date-holidays`
 * (public holidays of France, with the Alsace-Moselle and overseas sub-divisions); only holidays
 * of type "public" count, so Pentecost Sunday or Mother's Day (observances) do not matter, while
 * Easter Monday, Ascension and Whit Monday do. Alsace-Moselle (57, 67, 68) adds Good Friday and
 * 26 December; overseas départements add their own days (abolition de l'esclavage…).
 */

export interface CalendarOptions {
  /** INSEE code of the département whose holidays apply ("21", "57", "971"…). */
  readonly departement: Departement;
}

export interface PublicHoliday {
  readonly date: IsoDate;
  /** French name, as published by date-holidays (e.g. "Lundi de Pentecôte"). */
  readonly name: string;
}

/** date-holidays sub-division of France for a département (undefined = metropolitan rules). */
function holidayRegion(departement: Departement): string | undefined {
  switch (departement) {
    case '57':
    case '67':
    case '68':
      return departement;
    case '971':
      return 'GP';
    case '972':
      return 'MQ';
    case '973':
      return 'GF';
    case '974':
      return 'RE';
    case '976':
      return 'YT';
    default:
      return undefined;
  }
}

const calendars = new Map<string, Holidays>();
const holidaysByYear = new Map<string, ReadonlyMap<IsoDate, string>>();

function holidaysOf(year: number, departement: Departement): ReadonlyMap<IsoDate, string> {
  const region = holidayRegion(departement) ?? 'FR';
  const key = `${region}:${year}`;
  let days = holidaysByYear.get(key);
  if (days === undefined) {
    let calendar = calendars.get(region);
    if (calendar === undefined) {
      calendar =
        region === 'FR'
          ? new Holidays('FR', { languages: ['fr'], types: ['public'] })
          : new Holidays('FR', region, { languages: ['fr'], types: ['public'] });
      calendars.set(region, calendar);
    }
    const map = new Map<IsoDate, string>();
    for (const holiday of calendar.getHolidays(year, 'fr')) {
      if (holiday.type !== 'public') continue;
      // `date` is "YYYY-MM-DD hh:mm:ss" in the region's own calendar: no host time zone involved.
      map.set(holiday.date.slice(0, 10), holiday.name);
    }
    days = map;
    holidaysByYear.set(key, days);
  }
  return days;
}

/** The public holidays (jours fériés) of `year` in the département, in date order. */
export function publicHolidays(year: number, { departement }: CalendarOptions): PublicHoliday[] {
  assertDepartement(departement);
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  return [...holidaysOf(year, departement)]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** True when `date` is a public holiday in the département (whatever the day of the week). */
export function isPublicHoliday(date: IsoDate, { departement }: CalendarOptions): boolean {
  assertDepartement(departement);
  const day = toPlainDate(date);
  return holidaysOf(day.year, departement).has(fromPlainDate(day));
}

function isWorkingPlainDate(day: Temporal.PlainDate, departement: Departement): boolean {
  return day.dayOfWeek <= 5 && !holidaysOf(day.year, departement).has(fromPlainDate(day));
}

/**
 * Jour ouvré (accord, annexe 4 §2.2.2): Monday to Friday and not a public holiday of the
 * département. `isWorkingDay('2024-05-09', { departement: '21' }) === false` (Ascension).
 */
export function isWorkingDay(date: IsoDate, { departement }: CalendarOptions): boolean {
  assertDepartement(departement);
  return isWorkingPlainDate(toPlainDate(date), departement);
}

/**
 * Moves by `n` jours ouvrés (accord, annexe 4 §2.2.2).
 * - n > 0: the n-th working day strictly after `date` (`date` itself never counts, as for a
 *   delay that "runs from the day after"); `date` need not be a working day.
 * - n < 0: the |n|-th working day strictly before `date` (symmetric: for a working day `d`,
 *   `addWorkingDays(addWorkingDays(d, n), -n) === d`).
 * - n = 0: `date` unchanged, even when it is not a working day (adding nothing moves nothing).
 * The result is strictly increasing in n. `n` must be an integer (RangeError otherwise).
 */
export function addWorkingDays(date: IsoDate, n: number, { departement }: CalendarOptions): IsoDate {
  assertDepartement(departement);
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  let day = toPlainDate(date);
  const step = n > 0 ? 1 : -1;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    day = day.add({ days: step });
    if (isWorkingPlainDate(day, departement)) remaining -= 1;
  }
  return fromPlainDate(day);
}

/**
 * Number of jours ouvrés in `(from, to]` — after `from`, up to and including `to`
 * (0 when `to` ≤ `from`). Inverse of addWorkingDays for n ≥ 0 when `to` is a working day.
 */
export function countWorkingDaysBetween(from: IsoDate, to: IsoDate, { departement }: CalendarOptions): number {
  assertDepartement(departement);
  let day = toPlainDate(from);
  const end = toPlainDate(to);
  let count = 0;
  while (day.until(end).sign > 0) {
    day = day.add({ days: 1 });
    if (isWorkingPlainDate(day, departement)) count += 1;
  }
  return count;
}
