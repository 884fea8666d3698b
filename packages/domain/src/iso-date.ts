import { Temporal } from 'temporal-polyfill';
import { ok, refuse, type Result } from './result.js';

/**
 * A calendar date as an ISO string `YYYY-MM-DD`: no time, no time zone.
 * Every date of the package is one of these; arithmetic goes through Temporal.PlainDate,
 * which has no time-zone or daylight-saving pitfalls.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (e.g. not `2023-02-29`). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** Validates user input at the boundary: `ok(date)` or the refusal `INVALID_ISO_DATE`. */
export function parseIsoDate(value: unknown): Result<IsoDate, 'INVALID_ISO_DATE'> {
  if (isIsoDate(value)) return ok(value);
  return refuse('INVALID_ISO_DATE', `La date « ${String(value)} » n'est pas une date valide au format AAAA-MM-JJ.`);
}

/** Internal: a PlainDate from an IsoDate; throws a RangeError on malformed input (programming error). */
export function toPlainDate(date: IsoDate): Temporal.PlainDate {
  if (!isIsoDate(date)) throw new RangeError(`Invalid ISO date (expected YYYY-MM-DD): ${String(date)}`);
  return Temporal.PlainDate.from(date, { overflow: 'reject' });
}

/** Internal: back to an IsoDate. */
export function fromPlainDate(date: Temporal.PlainDate): IsoDate {
  return date.toString();
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (usable with Array#sort). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Temporal.PlainDate.compare(toPlainDate(a), toPlainDate(b));
}

/** Calendar-day arithmetic: `addDays('2024-02-28', 1) === '2024-02-29'`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromPlainDate(toPlainDate(date).add({ days }));
}

/**
 * Month arithmetic; a day that does not exist in the target month is clamped to its last day
 * (`addMonths('2024-03-31', -1) === '2024-02-29'`).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  return fromPlainDate(toPlainDate(date).add({ months }, { overflow: 'constrain' }));
}

/**
 * Number of days of the period `[from, to]`, both days included
 * (`daysInclusive('2024-02-28', '2024-03-01') === 3`). Negative input order gives ≤ 0.
 */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return toPlainDate(from).until(toPlainDate(to), { largestUnit: 'days' }).days + 1;
}

/**
 * Last day of a period of `months` months opened on `startOn`: the day before the same
 * day-of-month `months` later ("de quantième à quantième"). When that day does not exist
 * (a period opened on 29 February ending in a common year, or on the 31st ending in a 30-day
 * month) the period ends on the last day of the target month.
 *   periodEnd('2024-01-15', 24) === '2026-01-14'
 *   periodEnd('2024-02-29', 24) === '2026-02-28'
 */
export function periodEnd(startOn: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  const start = toPlainDate(startOn);
  const target = Temporal.PlainYearMonth.from({ year: start.year, month: start.month }).add({ months });
  const anniversary =
    start.day <= target.daysInMonth
      ? target.toPlainDate({ day: start.day })
      : target.add({ months: 1 }).toPlainDate({ day: 1 });
  return fromPlainDate(anniversary.subtract({ days: 1 }));
}

/** Earliest / latest of a non-empty list of dates. */
export function minIsoDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((min, d) => (compareIsoDates(d, min) < 0 ? d : min), first);
}
export function maxIsoDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((max, d) => (compareIsoDates(d, max) > 0 ? d : max), first);
}

/** True when `date` lies in `[from, to]` (both included; `to` undefined = open-ended). */
export function isWithin(date: IsoDate, from: IsoDate, to?: IsoDate | null): boolean {
  return compareIsoDates(from, date) <= 0 && (to == null || compareIsoDates(date, to) <= 0);
}

/** A date as French users read it: `formatFrenchDate('2024-06-01') === '01/06/2024'`. */
export function formatFrenchDate(date: IsoDate): string {
  const d = toPlainDate(date);
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${String(d.year).padStart(4, '0')}`;
}

// One formatter for the whole process: building an Intl.DateTimeFormat (what `toLocaleDateString` with a time zone
// does at every call) costs about 0.3 ms, and every request of every subgraph asks for today.
const PARIS_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in metropolitan France (Europe/Paris), where deadlines and periods are counted. */
export function dateInFrance(instant: Date): IsoDate {
  let year = '';
  let month = '';
  let day = '';
  for (const part of PARIS_DAY.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

/**
 * The last second of a calendar day in metropolitan France, as an ISO 8601 instant with the offset Paris has that day
 * (`+01:00` in winter, `+02:00` in summer): `endOfDayInFrance('2027-07-15') === '2027-07-15T23:59:59+02:00'`. An
 * expiry chosen as a day ends there.
 */
export function endOfDayInFrance(date: IsoDate): string {
  return toPlainDate(date)
    .toZonedDateTime({ timeZone: 'Europe/Paris', plainTime: '23:59:59' })
    .toString({ timeZoneName: 'never' });
}
