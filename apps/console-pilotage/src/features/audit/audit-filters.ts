// The audit console's filters, kept in the URL (a shared link shows the same events) and turned into the API's filter.
import type { AuditEventFilter } from '../../generated/graphql.ts';

export interface AuditFilters {
  person: string;
  organisation: string;
  agent: string;
  action: string;
  /** YYYY-MM-DD, days in France, both included. */
  from: string;
  to: string;
}

export const AUDIT_FILTER_PARAMS = ['personne', 'organisation', 'agent', 'action', 'du', 'au'] as const;
const KEYS: Record<(typeof AUDIT_FILTER_PARAMS)[number], keyof AuditFilters> = {
  personne: 'person',
  organisation: 'organisation',
  agent: 'agent',
  action: 'action',
  du: 'from',
  au: 'to',
};

/** The actions the console offers to filter on (the API accepts any). */
export const AUDIT_ACTIONS = [
  'PERSON_READ',
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_OUT',
  'ACCESS_CHANGED',
  'PRESCRIPTION_ACCEPTED',
  'PRESCRIPTION_REFUSED',
  'PRESCRIPTION_WITHDRAWN',
  'APPROVAL_REQUESTED',
  'APPROVAL_GRANTED',
  'APPROVAL_REFUSED',
  'APPROVAL_TACITLY_GRANTED',
  'APPROVAL_APPEALED',
  'APPEAL_UPHELD',
  'APPEAL_DISMISSED',
  'CONTRACT_RECORDED',
  'EXIT_INTERVIEW_RECORDED',
  'EXIT_RECORDED',
  'EXTENSION_LOOKUP',
  // The préfet's decisions on habilitations, recorded by the État (issue 14 §2).
  'HABILITATION_GRANTED',
  'HABILITATION_RENEWED',
  'HABILITATION_WITHDRAWN',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromSearchParams(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = { person: '', organisation: '', agent: '', action: '', from: '', to: '' };
  for (const param of AUDIT_FILTER_PARAMS) filters[KEYS[param]] = (params.get(param) ?? '').trim();
  return filters;
}

export function searchParamsFromFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const param of AUDIT_FILTER_PARAMS) {
    const value = filters[KEYS[param]].trim();
    if (value) params.set(param, value);
  }
  return params;
}

/** French messages for the fields that cannot be sent as they are, by field. */
export function filterErrors(filters: AuditFilters): Partial<Record<keyof AuditFilters, string>> {
  const errors: Partial<Record<keyof AuditFilters, string>> = {};
  const id = 'Saisissez un identifiant Navette complet (36 caractères), ou laissez le champ vide.';
  if (filters.organisation && !UUID.test(filters.organisation)) errors.organisation = id;
  if (filters.agent && !UUID.test(filters.agent)) errors.agent = id;
  if (filters.from && !DAY.test(filters.from)) errors.from = 'Saisissez une date au format AAAA-MM-JJ.';
  if (filters.to && !DAY.test(filters.to)) errors.to = 'Saisissez une date au format AAAA-MM-JJ.';
  if (!errors.from && !errors.to && filters.from && filters.to && filters.from > filters.to)
    errors.to = 'La fin de la période doit suivre son début.';
  return errors;
}

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Paris's offset from UTC at an instant, in milliseconds. */
function parisOffset(instant: number): number {
  const part = (type: string) =>
    Number(parisParts.formatToParts(new Date(instant)).find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - instant;
}

/** Midnight in Paris of a day, as an instant (the offset of that moment: +01:00 in winter, +02:00 in summer). */
export function parisMidnight(day: string): string {
  const wall = Date.parse(`${day}T00:00:00Z`);
  const guess = wall - parisOffset(wall);
  return new Date(wall - parisOffset(guess)).toISOString();
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The API's filter: the period's days in France, the last one included. */
export function apiFilter(filters: AuditFilters): AuditEventFilter {
  return {
    ...(filters.person ? { subjectId: filters.person } : {}),
    ...(filters.organisation ? { actorOrganisationId: filters.organisation } : {}),
    ...(filters.agent ? { actorId: filters.agent } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from ? { from: parisMidnight(filters.from) } : {}),
    ...(filters.to ? { to: parisMidnight(nextDay(filters.to)) } : {}),
  };
}

/** Days reviewed for unusual reads when the filters give no period: the last 7 days, today included. */
export const UNUSUAL_READS_DEFAULT_DAYS = 7;

/**
 * The period of the unusual-reads panel: the filters' period (days in France, the last one included), or from either
 * end the default length; neither given: the last 7 days up to the end of today in France.
 */
export function unusualReadsPeriod(filters: AuditFilters, today: string): { from: string; to: string } {
  const back = (day: string, days: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const ahead = (day: string, days: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const last = filters.to || (filters.from ? ahead(filters.from, UNUSUAL_READS_DEFAULT_DAYS - 1) : today);
  const first = filters.from || back(last, UNUSUAL_READS_DEFAULT_DAYS - 1);
  return { from: parisMidnight(first), to: parisMidnight(nextDay(last)) };
}
