// The period of "Mes indicateurs", kept in the URL (`?du=2026-01-01&au=2026-06-30`) so that it can be bookmarked and
// reached again with the back button. Without one: the current year, from 1 January to today.
import { copy } from '../../copy.tsx';
import { isIsoDate } from '../../format/dates.ts';

/** A message per field in error. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface Period {
  from: string;
  to: string;
}

export type PeriodField = keyof Period;

/** 1 January of this year to today (`today` as `YYYY-MM-DD`, in France). */
export function defaultPeriod(today: string): Period {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** What is wrong with a period typed in the filter: a missing or malformed date, an end before the start. */
export function validatePeriod(values: Period, today: string): FieldErrors<PeriodField> {
  const e = copy.ownIndicators.errors;
  const errors: FieldErrors<PeriodField> = {};
  if (!isIsoDate(values.from)) errors.from = e.from;
  else if (values.from > today) errors.from = e.fromInFuture;
  if (!isIsoDate(values.to)) errors.to = e.to;
  if (!errors.from && !errors.to && values.to < values.from) errors.to = e.toBeforeFrom;
  return errors;
}

/** The period of the URL; the default one when it names none or one that the filter would refuse. */
export function periodFromSearchParams(params: URLSearchParams, today: string): Period {
  const fallback = defaultPeriod(today);
  const asked = { from: params.get('du') ?? fallback.from, to: params.get('au') ?? fallback.to };
  return Object.keys(validatePeriod(asked, today)).length === 0 ? asked : fallback;
}

/** The search params of a period; none for the default one, so that the plain URL stays the current year. */
export function periodToSearchParams(period: Period, today: string): URLSearchParams {
  const fallback = defaultPeriod(today);
  if (period.from === fallback.from && period.to === fallback.to) return new URLSearchParams();
  return new URLSearchParams({ du: period.from, au: period.to });
}
