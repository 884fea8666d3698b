// Input checks at the boundary: a clear French message, nothing written. Business rules stay in @navette/domain.
import type { OrganisationKind } from '@navette/auth';
import { compareIsoDates, formatFrenchDate, parseIsoDate, type IsoDate } from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import type { ParcoursContext } from '../context.js';

export function isoDate(value: string, label: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw userError('BAD_USER_INPUT', `${label} : date invalide (format attendu AAAA-MM-JJ).`, { field: label });
  return parsed.value;
}

export function optionalIsoDate(value: string | null | undefined, label: string): IsoDate | null {
  return value == null || value === '' ? null : isoDate(value, label);
}

export function requiredIsoDate(value: string | null | undefined, label: string): IsoDate {
  if (value == null || value === '') throw userError('BAD_USER_INPUT', `${label} : champ obligatoire.`, { field: label });
  return isoDate(value, label);
}

/** `end` on or after `start`, else "dates in the wrong order". */
export function inOrder(start: IsoDate, end: IsoDate | null, labels: [string, string]): void {
  if (end != null && compareIsoDates(start, end) > 0) {
    throw userError(
      'BAD_USER_INPUT',
      `${labels[1]} (${formatFrenchDate(end)}) ne peut pas précéder ${labels[0].toLowerCase()} (${formatFrenchDate(start)}).`,
      { field: labels[1] },
    );
  }
}

export function notAfterToday(date: IsoDate, today: IsoDate, label: string): void {
  if (compareIsoDates(date, today) > 0) {
    throw userError('BAD_USER_INPUT', `${label} (${formatFrenchDate(date)}) ne peut pas être dans le futur.`, { field: label });
  }
}

export function requiredText(value: string | null | undefined, label: string, max = 4000): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw userError('BAD_USER_INPUT', `${label} : champ obligatoire.`, { field: label });
  if (text.length > max) throw userError('BAD_USER_INPUT', `${label} : ${max} caractères au plus.`, { field: label });
  return text;
}

export function optionalText(value: string | null | undefined, label: string, max = 4000): string | null {
  const text = (value ?? '').trim();
  if (text.length === 0) return null;
  if (text.length > max) throw userError('BAD_USER_INPUT', `${label} : ${max} caractères au plus.`, { field: label });
  return text;
}

/** A refusal from @navette/domain, as the user sees it (its stable code in `extensions.reason`). */
export function refused(refusal: { code: string; message: string }): never {
  throw userError('BAD_USER_INPUT', refusal.message, { reason: refusal.code });
}

const ONLY_FOR: Partial<Record<OrganisationKind, string>> = {
  PRESCRIBER_ORGANIZATION: 'aux prescripteurs',
  SIAE: 'aux SIAE',
  AGENCY: 'aux agences Pôle emploi',
};

/** The caller's organisation, when it is of the given kind (the scopes already narrowed the roles). */
export function callerOrganisation(ctx: Pick<ParcoursContext, 'principal'>, kind: OrganisationKind): string {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.organisationKind !== kind) {
    throw userError('FORBIDDEN', `Cette action est réservée ${ONLY_FOR[kind] ?? 'à une autre organisation'}.`);
  }
  return p.organisationId;
}

export const notFound = (what: string) => userError('NOT_FOUND', `${what} introuvable, ou vous n’y avez pas accès.`);

/** Postgres error code of a failed query (drizzle wraps the driver's error in `cause`). */
export function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id the caller sent: malformed ids are as unknown as ids of rows the caller cannot see. */
export function knownId(id: string, what: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id;
}
