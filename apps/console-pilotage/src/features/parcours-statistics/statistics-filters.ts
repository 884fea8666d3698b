// The filters of the Parcours statistics, kept in the URL (`?departement=25&periode=2026-T2`) so that a view can be
// bookmarked and shared with the comité de pilotage. The region's statistics are published for every year at once or
// for a whole year, quarter or month (secret statistique: two periods of one's choosing would give a masked count
// back by difference), with the same `periode` values as the indicators.
import { isDepartementCode } from '@navette/ui';
import {
  monthLabel,
  parsePeriod,
  periodBounds,
  periodLabel as indicatorPeriodLabel,
  periodValue,
  quarterBounds,
  selectableYears,
  type Period,
  type QuarterNumber,
} from '../indicators/indicator-filters.ts';

export interface StatisticsFilters {
  /** INSEE code, '' for the whole region. */
  departement: string;
  /** `periode` value (`2026`, `2026-T2`, `2026-03`), '' for every year. */
  period: string;
}

export type FilterField = keyof StatisticsFilters;

export const noFilters: StatisticsFilters = { departement: '', period: '' };

/** The filters in force; anything malformed in the URL is ignored rather than sent to the API. */
export function filtersFromSearchParams(params: URLSearchParams, today: string): StatisticsFilters {
  const departement = (params.get('departement') ?? '').trim().toUpperCase();
  const period = parsePeriod(params.get('periode') ?? '', today);
  return { departement: isDepartementCode(departement) ? departement : '', period: period ? periodValue(period) : '' };
}

export function filtersToSearchParams(filters: StatisticsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.departement) params.set('departement', filters.departement);
  if (filters.period) params.set('periode', filters.period);
  return params;
}

/** Checks what the user chose before applying it. */
export function checkFilters(
  draft: StatisticsFilters,
  today: string,
): { ok: true; filters: StatisticsFilters } | { ok: false; errors: Partial<Record<FilterField, string>> } {
  const errors: Partial<Record<FilterField, string>> = {};
  const departement = draft.departement.trim().toUpperCase();
  if (departement && !isDepartementCode(departement)) errors.departement = 'Choisissez un département de la liste.';
  if (draft.period && !parsePeriod(draft.period, today)) errors.period = 'Choisissez une période de la liste.';
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, filters: { departement, period: draft.period } };
}

/** The variables of ParcoursStatistics: null for "no filter". */
export function statisticsVariables(filters: StatisticsFilters, today: string) {
  const period = parsePeriod(filters.period, today);
  const bounds = period ? periodBounds(period) : null;
  return { departement: filters.departement || null, from: bounds?.from ?? null, to: bounds?.to ?? null };
}

/** "année 2026", "2e trimestre 2026 (chiffres au …)", "mars 2026", or "" for every year. */
export function periodLabel(filters: StatisticsFilters, today: string): string {
  const period = parsePeriod(filters.period, today);
  return period ? indicatorPeriodLabel(period, today) : '';
}

export interface PeriodChoice {
  value: string;
  label: string;
}

/** The periods one may choose, newest year first: the year, then its quarters and months that have begun. */
export function periodChoices(today: string): { year: number; choices: PeriodChoice[] }[] {
  return selectableYears(today).map((year) => {
    const periods: Period[] = [{ kind: 'year', year }];
    for (const quarter of [1, 2, 3, 4] as QuarterNumber[]) {
      if (quarterBounds(year, quarter).from <= today) periods.push({ kind: 'quarter', year, quarter });
    }
    for (let month = 1; month <= 12; month++) {
      if (`${year}-${String(month).padStart(2, '0')}-01` <= today) periods.push({ kind: 'month', year, month });
    }
    return {
      year,
      choices: periods.map((period) => ({
        value: periodValue(period),
        label:
          period.kind === 'year'
            ? `Année ${year}`
            : period.kind === 'quarter'
              ? `${period.quarter === 1 ? '1er' : `${period.quarter}e`} trimestre ${year}`
              : monthLabel(year, period.month),
      })),
    };
  });
}
