// The form of a new API client: checked for presence, dates and numbers before sending; the rules (scopes the
// organisation may hold, the expiry's bounds, the budget's limits, the territory) are the API's (issue 15 §1).
import { addMonths, endOfDayInFrance } from '@navette/domain';
import { copy } from '../../copy.ts';
import { dateFieldError, type FieldErrors } from '../../forms/field-errors.ts';

const t = copy.apiClients.form;

export const ORGANISATION_KINDS = [
  'SIAE',
  'AGENCY',
  'PRESCRIBER_ORGANISATION',
  'STATE_SERVICE',
  'STEERING_COMMITTEE',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface ApiClientDraft {
  name: string;
  organisationKind: OrganisationKind;
  organisationId: string;
  scopes: string[];
  /** `YYYY-MM-DD`: the client is refused from the end of that day. */
  expiresOn: string;
  maxCostPerOperation: string;
  requestsPerMinute: string;
}

export type ApiClientField =
  'name' | 'organisationId' | 'scopes' | 'expiresOn' | 'maxCostPerOperation' | 'requestsPerMinute';

/** A year from `today` (`YYYY-MM-DD`), the expiry the form suggests (29 February → 28 February). */
export const inAYear = (today: string): string => addMonths(today, 12);

export const emptyApiClient = (today: string): ApiClientDraft => ({
  name: '',
  organisationKind: 'SIAE',
  organisationId: '',
  scopes: [],
  expiresOn: inAYear(today),
  maxCostPerOperation: '',
  requestsPerMinute: '',
});

const wholeNumber = (value: string) => value.trim() === '' || /^\d{1,6}$/.test(value.trim());

export function validateApiClient(draft: ApiClientDraft, badDate = false): FieldErrors<ApiClientField> {
  const errors: FieldErrors<ApiClientField> = {};
  if (!draft.name.trim()) errors.name = t.required.name;
  else if (draft.name.trim().length > 120) errors.name = t.tooLong;
  if (!draft.organisationId) errors.organisationId = t.required.organisation;
  if (draft.scopes.length === 0) errors.scopes = t.required.scopes;
  const expiresOn = dateFieldError(draft.expiresOn, { label: t.dateLabel, required: true, badInput: badDate });
  if (expiresOn) errors.expiresOn = expiresOn;
  if (!wholeNumber(draft.maxCostPerOperation)) errors.maxCostPerOperation = t.wholeNumber;
  if (!wholeNumber(draft.requestsPerMinute)) errors.requestsPerMinute = t.wholeNumber;
  return errors;
}

const optionalNumber = (value: string) => (value.trim() === '' ? null : Number(value.trim()));

/**
 * The `CreateApiClientInput` of a checked draft. The expiry is the end of the chosen day in France (23:59:59 Paris,
 * summer or winter time as that day has it).
 */
export function apiClientInput(draft: ApiClientDraft) {
  return {
    name: draft.name.trim(),
    organisationKind: draft.organisationKind,
    organisationId: draft.organisationId,
    scopes: draft.scopes,
    expiresAt: endOfDayInFrance(draft.expiresOn),
    maxCostPerOperation: optionalNumber(draft.maxCostPerOperation),
    requestsPerMinute: optionalNumber(draft.requestsPerMinute),
  };
}

/** Calls over the days listed (the API leaves out the days without a call). */
export const totalCalls = (usage: readonly { calls: number }[]) => usage.reduce((sum, day) => sum + day.calls, 0);
