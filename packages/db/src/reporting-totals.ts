// Reading the live totals of migrations 0012-0014 (`reporting.measure_days`, `_months`, `_years`): per département ×
// SIAE kind, kept by triggers in the transaction of each write. A period is read as whole years, whole months and
// days, so that a year of the whole country is a few thousand rows instead of a GROUP BY of millions. Used for the
// region's figures (comité, État, API clients): the indicators (pilotage) and the parcours statistics (parcours).
import { addDays, addMonths, compareIsoDates } from '@navette/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client.js';
import { measureDays, measureMonths, measureYears } from './schema/reporting.js';

export interface Period {
  from: string;
  to: string;
}

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;

/** A period as whole months (read from the month totals) and the days before and after them (from the day totals). */
export function splitByMonths(period: Period): { months: Period | null; days: Period[] } {
  const firstWhole = period.from.endsWith('-01') ? period.from : addMonths(firstOfMonth(period.from), 1);
  const afterWhole = firstOfMonth(addDays(period.to, 1)); // the months before it end on `to` at the latest
  if (compareIsoDates(firstWhole, afterWhole) >= 0) return { months: null, days: [period] };
  const days: Period[] = [];
  if (compareIsoDates(period.from, firstWhole) < 0) days.push({ from: period.from, to: addDays(firstWhole, -1) });
  if (compareIsoDates(afterWhole, period.to) <= 0) days.push({ from: afterWhole, to: period.to });
  return { months: { from: firstWhole, to: addDays(afterWhole, -1) }, days };
}

/** Part of a period read from the year, month or day totals, added or taken away. */
export interface TotalsBlock {
  level: 'year' | 'month' | 'day';
  from: string;
  to: string;
  sign: 1 | -1;
}

/**
 * How a period (ending today at the latest) is read from the totals: whole years, whole months, then days. A period
 * that ends today is first rounded up to the end of its year (or month) when it starts with it, and the days after
 * today taken away: they hold only the rows dated in the future (a training or an immersion planned ahead), so that
 * the current year, the pilotage console's default, is one year row and a current quarter two month rows.
 */
export function totalsPlan(period: Period, today: string): TotalsBlock[] {
  const blocks: TotalsBlock[] = [];
  let { to } = period;
  const { from } = period;
  if (compareIsoDates(to, today) >= 0) {
    const yearStart = `${to.slice(0, 4)}-01-01`;
    const roundedTo =
      compareIsoDates(from, yearStart) <= 0
        ? `${to.slice(0, 4)}-12-31`
        : compareIsoDates(from, firstOfMonth(to)) <= 0
          ? addDays(addMonths(firstOfMonth(to), 1), -1)
          : to;
    if (compareIsoDates(roundedTo, to) > 0)
      blocks.push({ level: 'day', from: addDays(to, 1), to: roundedTo, sign: -1 });
    to = roundedTo;
  }
  const monthsAndDays = (part: Period) => {
    const { months, days } = splitByMonths(part);
    if (months) blocks.push({ level: 'month', ...months, sign: 1 });
    for (const d of days) blocks.push({ level: 'day', ...d, sign: 1 });
  };
  const firstYear = Number(from.slice(0, 4)) + (from.endsWith('-01-01') ? 0 : 1);
  const lastYear = Number(to.slice(0, 4)) - (to.endsWith('-12-31') ? 0 : 1);
  if (firstYear > lastYear) {
    monthsAndDays({ from, to });
    return blocks;
  }
  const year = (n: number) => String(n).padStart(4, '0');
  const years = { from: `${year(firstYear)}-01-01`, to: `${year(lastYear)}-12-31` };
  blocks.push({ level: 'year', ...years, sign: 1 });
  if (compareIsoDates(from, years.from) < 0) monthsAndDays({ from, to: addDays(years.from, -1) });
  if (compareIsoDates(years.to, to) < 0) monthsAndDays({ from: addDays(years.to, 1), to });
  return blocks;
}

export interface TotalsFilter {
  departement: string | null;
  siaeKind: string | null;
}

export interface MeasureTotal {
  /** Index of the period in the list asked. */
  bucket: number;
  measure: string;
  departementCode: string;
  siaeKind: string;
  value: number;
}

const LEVELS = {
  year: { table: measureYears, date: measureYears.year },
  month: { table: measureMonths, date: measureMonths.month },
  day: { table: measureDays, date: measureDays.day },
} as const;

/** Rows of `tx.execute`, whichever driver ran it (postgres.js: an array; PGlite: `{ rows }`). */
export function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The statement behind {@link readMeasureTotals}, to be read as a subquery (columns bucket, measure, departement_code,
 * siae_kind, value: float8), or null when nothing is asked. Periods must end today at the latest.
 */
export function measureTotalsSql(
  stored: readonly string[],
  filter: TotalsFilter,
  periods: readonly Period[],
  today: string,
): SQL | null {
  if (stored.length === 0 || periods.length === 0) return null;
  const parts: SQL[] = [];
  periods.forEach((period, bucket) => {
    for (const block of totalsPlan(period, today)) {
      const { table, date } = LEVELS[block.level];
      const conditions = [
        sql`${table.measure} in (${sql.join(
          stored.map((m) => sql`${m}`),
          sql`, `,
        )})`,
        sql`${date} between ${block.from}::date and ${block.to}::date`,
        ...(filter.departement ? [sql`${table.departementCode} = ${filter.departement}`] : []),
        ...(filter.siaeKind ? [sql`${table.siaeKind} = ${filter.siaeKind}`] : []),
      ];
      parts.push(sql`select ${bucket}::int as bucket, ${table.measure} as measure, ${table.departementCode} as departement_code,
        ${table.siaeKind} as siae_kind, ${block.sign === 1 ? table.value : sql`-${table.value}`} as value
        from ${table} where ${sql.join(conditions, sql` and `)}`);
    }
  });
  return sql`select bucket, measure, departement_code, siae_kind, sum(value)::float8 as value
      from (${sql.join(parts, sql` union all `)}) as totals group by 1, 2, 3, 4`;
}

/**
 * The totals of the `stored` measures over each period, by département and SIAE kind (cells with no total are left
 * out), in one statement. Periods must end today at the latest.
 */
export async function readMeasureTotals(
  tx: Database,
  stored: readonly string[],
  filter: TotalsFilter,
  periods: readonly Period[],
  today: string,
): Promise<MeasureTotal[]> {
  const query = measureTotalsSql(stored, filter, periods, today);
  if (!query) return [];
  const rows = resultRows<{
    bucket: number;
    measure: string;
    departement_code: string;
    siae_kind: string;
    value: number;
  }>(await tx.execute(query));
  return rows.map((r) => ({
    bucket: Number(r.bucket),
    measure: r.measure,
    departementCode: r.departement_code,
    siaeKind: r.siae_kind,
    value: Number(r.value),
  }));
}
