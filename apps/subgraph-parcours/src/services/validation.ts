// Checks the use cases share besides their input schemas (input-fields.ts): who the caller is, ids that name rows, a
// date that cannot be in the future (the same refusal as a schema's: BAD_USER_INPUT, reason INVALID_INPUT, the
// field's label). Business rules stay in @navette/domain.
import type { OrganisationKind } from '@navette/auth';
import { compareIsoDates, formatFrenchDate, mayPrescribeAs, type IsoDate } from '@navette/domain';
import type { GraphQLError } from 'graphql';
import type { ParcoursContext } from '../context.js';
import { errors, withDetails } from '../errors.js';

/** `shown`: the label as the message starts with it, when it says more than the field's label (the date typed). */
const invalid = (label: string, problem: string, shown = label) =>
  withDetails(errors.invalidInput(shown, problem), { field: label });

export function notAfterToday(date: IsoDate, today: IsoDate, label: string): void {
  if (compareIsoDates(date, today) > 0)
    throw invalid(label, 'ne peut pas être dans le futur', `${label} (${formatFrenchDate(date)})`);
}

const ONLY_FOR: Partial<Record<OrganisationKind, () => GraphQLError>> = {
  PRESCRIBER_ORGANISATION: errors.onlyForPrescribers,
  SIAE: errors.onlyForSiae,
  AGENCY: errors.onlyForAgencies,
};

/** The caller's organisation, when it is of the given kind (the scopes already narrowed the roles). */
export function callerOrganisation(ctx: Pick<ParcoursContext, 'principal'>, kind: OrganisationKind): string {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.organisationKind !== kind) throw (ONLY_FOR[kind] ?? errors.onlyForAnotherOrganisation)();
  return p.organisationId;
}

/** Postgres error code of a failed query (drizzle wraps the driver's error in `cause`). */
export function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** An id the caller sent, malformed ids answered as unknown ones (one check for every subgraph). */
export { knownId } from '@navette/subgraph-server';

/**
 * The caller's organisation when its agents diagnose and prescribe (@navette/domain mayPrescribeAs): a prescripteur's
 * organisation, or an agence Pôle emploi (seed 004), whose id is also its face in the directory of prescripteurs
 * (structures.prescriber_organisations, kind POLE_EMPLOI: migration 0032), so the rows it writes are its own.
 */
export function callerPrescriber(ctx: Pick<ParcoursContext, 'principal'>): string {
  const p = ctx.principal;
  if (p.kind !== 'user' || !mayPrescribeAs(p.organisationKind).ok) throw errors.onlyForPrescribers();
  return p.organisationId;
}
