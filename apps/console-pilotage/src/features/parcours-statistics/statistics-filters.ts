// The filters of the Parcours statistics, kept in the URL (`?departement=25&du=2026-01-01&au=2026-06-30`) so
// that a view can be bookmarked and shared with the comité de pilotage.
import { isDepartementCode } from '@navette/ui';
import { isIsoDate } from '../../format/dates.ts';

export { isIsoDate };

export interface StatisticsFilters {
  /** INSEE code, '' for the whole region. */
  departement: string;
  /** `YYYY-MM-DD`, '' for no bound. */
  from: string;
  to: string;
}

export type FilterField = keyof StatisticsFilters;

export const noFilters: StatisticsFilters = { departement: '', from: '', to: '' };

/** The filters in force; anything malformed in the URL is ignored rather than sent to the API. */
export function filtersFromSearchParams(params: URLSearchParams): StatisticsFilters {
  const departement = (params.get('departement') ?? '').trim().toUpperCase();
  const from = (params.get('du') ?? '').trim();
  const to = (params.get('au') ?? '').trim();
  const filters = {
    departement: isDepartementCode(departement) ? departement : '',
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
  };
  // An inverted period cannot be asked for: keep its start only.
  return filters.from && filters.to && filters.from > filters.to ? { ...filters, to: '' } : filters;
}

export function filtersToSearchParams(filters: StatisticsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.departement) params.set('departement', filters.departement);
  if (filters.from) params.set('du', filters.from);
  if (filters.to) params.set('au', filters.to);
  return params;
}

/**
 * Checks what the user typed before applying it. `incomplete` flags a date field the browser could not read (a
 * date field whose value is partly typed reports an empty value and `validity.badInput`).
 */
export function checkFilters(
  draft: StatisticsFilters,
  incomplete: Partial<Record<'from' | 'to', boolean>> = {},
): { ok: true; filters: StatisticsFilters } | { ok: false; errors: Partial<Record<FilterField, string>> } {
  const filters = { departement: draft.departement, from: draft.from.trim(), to: draft.to.trim() };
  const errors: Partial<Record<FilterField, string>> = {};
  if (incomplete.from || (filters.from && !isIsoDate(filters.from)))
    errors.from = 'La date de début n’est pas une date valide : saisissez-la au format JJ/MM/AAAA.';
  if (incomplete.to || (filters.to && !isIsoDate(filters.to)))
    errors.to = 'La date de fin n’est pas une date valide : saisissez-la au format JJ/MM/AAAA.';
  if (!errors.from && !errors.to && filters.from && filters.to && filters.from > filters.to)
    errors.to = 'La date de fin doit être égale ou postérieure à la date de début.';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, filters };
}

/** The variables of ParcoursStatistics: null for "no filter". */
export function statisticsVariables(filters: StatisticsFilters) {
  return {
    departement: filters.departement || null,
    from: filters.from || null,
    to: filters.to || null,
  };
}

/** "du 01/01/2026 au 30/06/2026", "depuis le 01/01/2026", "jusqu’au 30/06/2026", or "" for all time. */
export function periodLabel(filters: StatisticsFilters, formatDate: (isoDate: string) => string): string {
  if (filters.from && filters.to) return `du ${formatDate(filters.from)} au ${formatDate(filters.to)}`;
  if (filters.from) return `depuis le ${formatDate(filters.from)}`;
  if (filters.to) return `jusqu’au ${formatDate(filters.to)}`;
  return '';
}
