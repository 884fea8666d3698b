// Fast calendar days for the generator: a day is an integer (days since 1970-01-01, UTC), turned into `YYYY-MM-DD`
// through a table. Only the generator's own choices (durations, gaps) use this arithmetic; every date that a rule of
// the accord fixes (end of an agrément, decision deadline, validity of a change) comes from @navette/domain.

const MS_PER_DAY = 86_400_000;
const FIRST = Date.UTC(1930, 0, 1) / MS_PER_DAY;
const LAST = Date.UTC(2060, 11, 31) / MS_PER_DAY;
const table: string[] = [];

export type Day = number;

export function iso(day: Day): string {
  if (table.length === 0) {
    for (let d = FIRST; d <= LAST; d++) table.push(new Date(d * MS_PER_DAY).toISOString().slice(0, 10));
  }
  const s = table[day - FIRST];
  if (s === undefined) throw new RangeError(`day ${day} outside 1930-2060`);
  return s;
}

export function dayOf(isoDate: string): Day {
  return (
    Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / MS_PER_DAY
  );
}

/** A timestamp on `day` at `minutes` after midnight UTC, in PostgreSQL's input format. */
export function timestamp(day: Day, minutes: number): string {
  const m = Math.max(0, Math.min(1439, Math.floor(minutes)));
  return `${iso(day)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+00`;
}

/** Approximate months as days, for durations the generator picks (never for a rule). */
export const MONTH = 30.4375;
export const months = (n: number): number => Math.round(n * MONTH);
