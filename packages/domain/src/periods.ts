/**
 * The periods the accord counts in: calendar years (annexe 1: "Nombre de réunions CTA/an"; article 2: "Une feuille
 * de route régionale des actions à mener sera établie chaque année") and calendar quarters (fiche 8: "Réunir le CTA
 * selon une périodicité trimestrielle"), used by the CTA calendar and the indicators' trends.
 * Quarters are calendar quarters: January-March, April-June, July-September, October-December.
 */
import { addDays, compareIsoDates, toPlainDate, type IsoDate } from './iso-date.js';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface Quarter extends Period {
  readonly year: number;
  readonly quarter: QuarterNumber;
  /** French label, as in a chart legend: `T3 2026`. */
  readonly label: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9998)
    throw new RangeError(`year must be an integer in 1…9998, got ${year}`);
}

/** 1 January to 31 December of `year`: `calendarYear(2026)` → `{ from: '2026-01-01', to: '2026-12-31' }`. */
export function calendarYear(year: number): Period {
  checkYear(year);
  return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
}

/** From 1 January of `today`'s year to `today` (the default period of the indicators). */
export function yearToDate(today: IsoDate): Period {
  return { from: `${today.slice(0, 4)}-01-01`, to: toPlainDate(today).toString() };
}

/** Quarter `quarter` of `year`: `quarterPeriod(2024, 1)` → 2024-01-01 … 2024-03-31, `T1 2024`. */
export function quarterPeriod(year: number, quarter: QuarterNumber): Quarter {
  checkYear(year);
  if (![1, 2, 3, 4].includes(quarter)) throw new RangeError(`quarter must be 1, 2, 3 or 4, got ${quarter}`);
  const from = `${pad(year, 4)}-${pad(quarter * 3 - 2)}-01`;
  const nextStart = quarter === 4 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(quarter * 3 + 1)}-01`;
  return { year, quarter, from, to: addDays(nextStart, -1), label: `T${quarter} ${year}` };
}

/** The quarter a date falls in: `quarterOf('2026-11-23')` → T4 2026 (2026-10-01 … 2026-12-31). */
export function quarterOf(date: IsoDate): Quarter {
  const d = toPlainDate(date);
  return quarterPeriod(d.year, (Math.floor((d.month - 1) / 3) + 1) as QuarterNumber);
}

/** The quarter before: `previousQuarter(T1 2026)` → T4 2025. */
export function previousQuarter(q: Pick<Quarter, 'year' | 'quarter'>): Quarter {
  return q.quarter === 1 ? quarterPeriod(q.year - 1, 4) : quarterPeriod(q.year, (q.quarter - 1) as QuarterNumber);
}

/**
 * The `count` quarters up to the one holding `today` (included, possibly not finished), oldest first:
 *   lastQuarters('2026-11-23', 3) → T2 2026, T3 2026, T4 2026
 */
export function lastQuarters(today: IsoDate, count: number): Quarter[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  const quarters = [quarterOf(today)];
  while (quarters.length < count) quarters.unshift(previousQuarter(quarters[0]!));
  return quarters;
}

/** True when the whole period is over on `today` (its last day is before `today`). */
export function isPeriodOver(period: Period, today: IsoDate): boolean {
  return compareIsoDates(period.to, today) < 0;
}
