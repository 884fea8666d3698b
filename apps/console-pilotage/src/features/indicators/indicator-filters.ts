// The filters of the Indicateurs screens, kept in the URL so that a view can be bookmarked and shared with the comité
// de pilotage: `?departement=25&type=ACI&periode=2026-T2`, `periode=2026` for a calendar year, `periode=2026-03` for a
// month. No period in the URL: the current year. The region's figures are published for whole months, quarters and
// years only (secret statistique: two periods of one's choosing would give a masked count back by difference).
import { formatShortDate, isDepartementCode, isSiaeKind, type SiaeKindCode } from '@navette/ui';

export type QuarterNumber = 1 | 2 | 3 | 4;

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: QuarterNumber }
  /** `month` 1 to 12. */
  | { kind: 'month'; year: number; month: number };

export type PeriodKind = Period['kind'];

export interface IndicatorFilters {
  /** INSEE code, '' for the whole region. */
  departement: string;
  /** '' for every kind. */
  siaeKind: SiaeKindCode | '';
  period: Period;
}

/** The first year offered: the accord was signed on 8 December 2016. */
export const FIRST_YEAR = 2016;

const yearOf = (today: string) => Number(today.slice(0, 4));

/** The years one may choose, newest first. */
export function selectableYears(today: string): number[] {
  const years: number[] = [];
  for (let year = yearOf(today); year >= FIRST_YEAR; year--) years.push(year);
  return years;
}

export function defaultFilters(today: string): IndicatorFilters {
  return { departement: '', siaeKind: '', period: { kind: 'year', year: yearOf(today) } };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function quarterBounds(year: number, quarter: QuarterNumber): { from: string; to: string } {
  const lastMonth = quarter * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(lastMonth - 2)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export function monthBounds(year: number, month: number): { from: string; to: string } {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay)}` };
}

/** The dates sent to the API (the API never counts beyond today anyway). */
export function periodBounds(period: Period): { from: string; to: string } {
  switch (period.kind) {
    case 'year':
      return { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
    case 'quarter':
      return quarterBounds(period.year, period.quarter);
    case 'month':
      return monthBounds(period.year, period.month);
  }
}

/** The period in the URL, when it is well formed and has begun; null otherwise. */
function periodFromSearchParams(params: URLSearchParams, today: string): Period | null {
  return parsePeriod(params.get('periode') ?? '', today);
}

/** The value of a period in the URL: `2026`, `2026-T2`, `2026-03`. */
export function periodValue(period: Period): string {
  if (period.kind === 'year') return String(period.year);
  if (period.kind === 'quarter') return `${period.year}-T${period.quarter}`;
  return `${period.year}-${pad(period.month)}`;
}

/** A period from its value in the URL, when it is well formed and has begun; null otherwise. */
export function parsePeriod(value: string, today: string): Period | null {
  const asked = value.trim().toUpperCase();
  const current = yearOf(today);
  const year = /^(\d{4})$/.exec(asked);
  if (year) {
    const y = Number(year[1]);
    return y >= FIRST_YEAR && y <= current ? { kind: 'year', year: y } : null;
  }
  const quarter = /^(\d{4})-T([1-4])$/.exec(asked);
  if (quarter) {
    const period: Period = { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) as QuarterNumber };
    return period.year >= FIRST_YEAR && quarterBounds(period.year, period.quarter).from <= today ? period : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(asked);
  if (month) {
    const period: Period = { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
    return period.year >= FIRST_YEAR &&
      period.month >= 1 &&
      period.month <= 12 &&
      monthBounds(period.year, period.month).from <= today
      ? period
      : null;
  }
  return null;
}

/** The filters in force; anything malformed in the URL is ignored rather than sent to the API. */
export function filtersFromSearchParams(params: URLSearchParams, today: string): IndicatorFilters {
  const departement = (params.get('departement') ?? '').trim().toUpperCase();
  const siaeKind = (params.get('type') ?? '').trim().toUpperCase();
  return {
    departement: isDepartementCode(departement) ? departement : '',
    siaeKind: isSiaeKind(siaeKind) ? siaeKind : '',
    period: periodFromSearchParams(params, today) ?? defaultFilters(today).period,
  };
}

export function filtersToSearchParams(filters: IndicatorFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.departement) params.set('departement', filters.departement);
  if (filters.siaeKind) params.set('type', filters.siaeKind);
  params.set('periode', periodValue(filters.period));
  return params;
}

/** The `filter` argument of `indicators`: null for "no filter". */
export function indicatorFilterVariable(filters: IndicatorFilters) {
  const { from, to } = periodBounds(filters.period);
  return {
    departement: filters.departement || null,
    siaeKind: filters.siaeKind || null,
    from,
    to,
  };
}

const ordinal = (quarter: QuarterNumber) => (quarter === 1 ? '1er' : `${quarter}e`);

/** Whether the figures stop at `today` rather than at the end of the period (a period still running). */
export function periodInProgress(period: Period, today: string): boolean {
  return periodBounds(period).to > today;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "mars 2026". */
export const monthLabel = (year: number, month: number) => `${MONTHS[month - 1]} ${year}`;

/**
 * "année 2026", "2e trimestre 2026", "mars 2026"; with "(chiffres au 23/11/2026)" when the period is still running:
 * the API counts nothing beyond today.
 */
export function periodLabel(period: Period, today: string): string {
  const asked =
    period.kind === 'year'
      ? `année ${period.year}`
      : period.kind === 'quarter'
        ? `${ordinal(period.quarter)} trimestre ${period.year}`
        : monthLabel(period.year, period.month);
  return periodInProgress(period, today) ? `${asked} (chiffres au ${formatShortDate(today)})` : asked;
}

/** The period in a file name: "2026", "2026-T2", "2026-03"; "…-au-<today>" while it runs. */
export function periodSlug(period: Period, today: string): string {
  const asked =
    period.kind === 'year'
      ? String(period.year)
      : period.kind === 'quarter'
        ? `${period.year}-T${period.quarter}`
        : `${period.year}-${pad(period.month)}`;
  return periodInProgress(period, today) ? `${asked}-au-${today}` : asked;
}

/** What the filter form holds while the user edits it (every field as typed). */
export interface FiltersDraft {
  departement: string;
  siaeKind: string;
  periodKind: PeriodKind;
  year: string;
  quarter: string;
  month: string;
}

export type DraftField = 'departement' | 'siaeKind' | 'year' | 'quarter' | 'month';

const currentQuarter = (today: string) => Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;

export function draftFromFilters(filters: IndicatorFilters, today: string): FiltersDraft {
  const { period } = filters;
  return {
    departement: filters.departement,
    siaeKind: filters.siaeKind,
    periodKind: period.kind,
    year: String(period.year),
    quarter: String(period.kind === 'quarter' ? period.quarter : currentQuarter(today)),
    month: String(period.kind === 'month' ? period.month : Number(today.slice(5, 7))),
  };
}

/** Checks what the user chose before applying it. */
export function checkDraft(
  draft: FiltersDraft,
  today: string,
): { ok: true; filters: IndicatorFilters } | { ok: false; errors: Partial<Record<DraftField, string>> } {
  const errors: Partial<Record<DraftField, string>> = {};
  const departement = draft.departement.trim().toUpperCase();
  const siaeKind = draft.siaeKind.trim().toUpperCase();
  if (departement && !isDepartementCode(departement)) errors.departement = 'Choisissez un département de la liste.';
  if (siaeKind && !isSiaeKind(siaeKind)) errors.siaeKind = 'Choisissez un type de SIAE de la liste.';

  let period: Period | undefined;
  const year = Number(draft.year);
  if (!/^\d{4}$/.test(draft.year) || year < FIRST_YEAR || year > yearOf(today)) {
    errors.year = `Choisissez une année de ${FIRST_YEAR} à ${yearOf(today)}.`;
  } else if (draft.periodKind === 'year') {
    period = { kind: 'year', year };
  } else if (draft.periodKind === 'quarter') {
    if (!/^[1-4]$/.test(draft.quarter)) {
      errors.quarter = 'Choisissez un trimestre.';
    } else {
      const quarter = Number(draft.quarter) as QuarterNumber;
      if (quarterBounds(year, quarter).from > today) {
        errors.quarter = `Le ${ordinal(quarter)} trimestre ${year} n’a pas encore commencé : choisissez un trimestre passé ou en cours.`;
      } else period = { kind: 'quarter', year, quarter };
    }
  } else if (!/^([1-9]|1[0-2])$/.test(draft.month)) {
    errors.month = 'Choisissez un mois.';
  } else {
    const month = Number(draft.month);
    if (monthBounds(year, month).from > today) {
      errors.month = `Le mois de ${monthLabel(year, month)} n’a pas encore commencé : choisissez un mois passé ou en cours.`;
    } else period = { kind: 'month', year, month };
  }

  if (Object.keys(errors).length > 0 || !period) return { ok: false, errors };
  return { ok: true, filters: { departement, siaeKind: siaeKind as SiaeKindCode | '', period } };
}

/** How many quarters an indicator's trend may show (the API allows 1 to 20). */
export const TREND_QUARTERS = [4, 8, 12, 20] as const;
export const DEFAULT_TREND_QUARTERS = 8;

/** The number of quarters of the trend, kept in the URL (`?trimestres=12`); 8 by default. */
export function trendQuartersFromSearchParams(params: URLSearchParams): number {
  const asked = Number(params.get('trimestres'));
  return (TREND_QUARTERS as readonly number[]).includes(asked) ? asked : DEFAULT_TREND_QUARTERS;
}
