// Checks at the boundary as functions, for the services that have no input schema yet (employment.ts, statistics.ts):
// the same refusals as a use case's schema (BAD_USER_INPUT, reason INVALID_INPUT, the field's label), and the
// catalogue's errors for access and unknown rows. Business rules stay in @navette/domain.
import type { OrganisationKind } from '@navette/auth';
import { compareIsoDates, formatFrenchDate, parseIsoDate, type IsoDate } from '@navette/domain';
import type { GraphQLError } from 'graphql';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain, withDetails } from '../errors.js';
import { REQUIRED } from '../input-fields.js';

/** `shown`: the label as the message starts with it, when it says more than the field's label (the date typed). */
const invalid = (label: string, problem: string, shown = label) => withDetails(errors.invalidInput(shown, problem), { field: label });

export function isoDate(value: string, label: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw invalid(label, 'date invalide (format attendu AAAA-MM-JJ)');
  return parsed.value;
}

export function optionalIsoDate(value: string | null | undefined, label: string): IsoDate | null {
  return value == null || value === '' ? null : isoDate(value, label);
}

export function requiredIsoDate(value: string | null | undefined, label: string): IsoDate {
  if (value == null || value === '') throw invalid(label, REQUIRED);
  return isoDate(value, label);
}

/** `end` on or after `start`, else "dates in the wrong order" (labels: "Le début du contrat", "La fin du contrat"). */
export function inOrder(start: IsoDate, end: IsoDate | null, labels: [string, string]): void {
  if (end != null && compareIsoDates(start, end) > 0) {
    throw invalid(labels[1], `ne peut pas précéder ${labels[0].toLowerCase()} (${formatFrenchDate(start)})`, `${labels[1]} (${formatFrenchDate(end)})`);
  }
}

export function notAfterToday(date: IsoDate, today: IsoDate, label: string): void {
  if (compareIsoDates(date, today) > 0) throw invalid(label, 'ne peut pas être dans le futur', `${label} (${formatFrenchDate(date)})`);
}

export function requiredText(value: string | null | undefined, label: string, max = 4000): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw invalid(label, REQUIRED);
  if (text.length > max) throw invalid(label, `${max} caractères au plus`);
  return text;
}

export function optionalText(value: string | null | undefined, label: string, max = 4000): string | null {
  const text = (value ?? '').trim();
  if (text.length === 0) return null;
  if (text.length > max) throw invalid(label, `${max} caractères au plus`);
  return text;
}

/** A refusal from @navette/domain, as the user sees it (its stable code in `extensions.reason`). */
export function refused(refusal: { code: string; message: string }): never {
  throw refusedByDomain(refusal);
}

const ONLY_FOR: Partial<Record<OrganisationKind, () => GraphQLError>> = {
  PRESCRIBER_ORGANIZATION: errors.onlyForPrescribers,
  SIAE: errors.onlyForSiae,
  AGENCY: errors.onlyForAgencies,
};

/** The caller's organisation, when it is of the given kind (the scopes already narrowed the roles). */
export function callerOrganisation(ctx: Pick<ParcoursContext, 'principal'>, kind: OrganisationKind): string {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.organisationKind !== kind) throw (ONLY_FOR[kind] ?? errors.onlyForAnotherOrganisation)();
  return p.organisationId;
}

/** The rows a caller names by id, and the catalogue's answer when it does not see one. */
const NOT_FOUND = {
  Personne: errors.personNotFound,
  Diagnostic: errors.diagnosisNotFound,
  SIAE: errors.siaeNotFound,
  Offre: errors.jobOfferNotFound,
  Prescription: errors.prescriptionNotFound,
  'Demande d’agrément': errors.approvalRequestNotFound,
  Agrément: errors.approvalNotFound,
  Document: errors.documentNotFound,
} as const;
export type NamedRow = keyof typeof NOT_FOUND;

/** The catalogue's "not found" for a row named by its French label (the services written before the catalogue). */
export const notFound = (what: NamedRow) => NOT_FOUND[what]();

/** Postgres error code of a failed query (drizzle wraps the driver's error in `cause`). */
export function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id the caller sent: malformed ids are as unknown as ids of rows the caller cannot see. `unknown` is the
 * catalogue's error for that row (`errors.approvalNotFound`) or its French label.
 */
export function knownId(id: string, unknown: NamedRow | (() => GraphQLError)): string {
  if (!UUID.test(id)) throw typeof unknown === 'function' ? unknown() : notFound(unknown);
  return id;
}
