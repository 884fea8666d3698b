// People and eligibility diagnoses (annexe 2; annexe 4 §2.1: the prescripteur diagnoses).
import { tables, type Database } from '@navette/db';
import { canPrescribe, isEligibilityCriterionCode, validateBirthDate, type PrescriberKind } from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor, userError } from '@navette/subgraph-server';
import { and, asc, count, eq, gt, ilike, or } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { DiagnosisInput, PersonInput } from '../generated/resolvers-types.js';
import { callerOrganisation, isoDate, knownId, notAfterToday, notFound, optionalText, refused, requiredText } from './validation.js';

const { people } = tables;

/** The people the caller may see (row-level security decides which), by name, keyset-paginated. */
export async function listPeople(ctx: ParcoursContext, args: { first?: number | null; after?: string | null; search?: string | null }) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['text', 'text', 'uuid']);
  const term = (args.search ?? '').trim();
  // `%` and `_` typed by the user are literal characters (backslash is PostgreSQL's default LIKE escape).
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = term ? or(ilike(people.lastName, pattern), ilike(people.firstName, pattern)) : undefined;
  return ctx.data(async (tx) => {
    const rows = await tx
      .select()
      .from(people)
      .where(
        and(
          where,
          key
            ? or(
                gt(people.lastName, key[0]!),
                and(eq(people.lastName, key[0]!), gt(people.firstName, key[1]!)),
                and(eq(people.lastName, key[0]!), eq(people.firstName, key[1]!), gt(people.id, key[2]!)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id))
      .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(people).where(where);
    return connectionFromRows(rows, first, (r) => [r.lastName, r.firstName, r.id], total?.n ?? 0);
  });
}

const POLE_EMPLOI_ID = /^[0-9]{7}[0-9A-Z]([0-9A-Z]{3})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function recordPerson(ctx: ParcoursContext, input: PersonInput) {
  const organisationId = callerOrganisation(ctx, 'PRESCRIBER_ORGANIZATION');
  const birthDate = isoDate(input.birthDate, 'Date de naissance');
  // Domain validateBirthDate: an age of 16 to 80 (Code du travail L.4153-1; no 1800, no future), issue 13.
  const plausible = validateBirthDate(birthDate, ctx.today);
  if (!plausible.ok) throw userError('BAD_USER_INPUT', plausible.message, { reason: plausible.code, field: 'Date de naissance' });
  const email = optionalText(input.email, 'Courriel', 254);
  if (email && !EMAIL.test(email)) throw userError('BAD_USER_INPUT', 'Courriel : adresse invalide.', { field: 'Courriel' });
  const poleEmploiId = optionalText(input.poleEmploiId, 'Identifiant Pôle emploi', 11)?.toUpperCase() ?? null;
  if (poleEmploiId && !POLE_EMPLOI_ID.test(poleEmploiId)) {
    throw userError('BAD_USER_INPUT', 'Identifiant Pôle emploi : 7 chiffres suivis d’un caractère (ou 11 caractères).', {
      field: 'Identifiant Pôle emploi',
    });
  }
  const values = {
    firstName: requiredText(input.firstName, 'Prénom', 100),
    lastName: requiredText(input.lastName, 'Nom', 100),
    birthDate,
    email,
    phone: optionalText(input.phone, 'Téléphone', 30),
    poleEmploiId,
    rqth: input.rqth ?? false,
    createdByOrganisationId: organisationId,
    createdByUserId: ctx.identity.userId,
  };
  return ctx.data(async (tx) => {
    const [row] = await tx.insert(people).values(values).returning();
    return row!;
  });
}

/** The caller's prescriber organisation as @navette/domain needs it (directory data, read-only). */
export async function prescriberOrganisation(tx: Database, id: string) {
  const [org] = await tx
    .select({
      kind: tables.prescriberOrganizations.kind,
      startOn: tables.prescriberOrganizations.habilitationStartOn,
      endOn: tables.prescriberOrganizations.habilitationEndOn,
    })
    .from(tables.prescriberOrganizations)
    .where(eq(tables.prescriberOrganizations.id, id));
  if (!org) throw userError('FORBIDDEN', 'Votre organisation n’est pas un prescripteur connu.');
  return {
    kind: org.kind as PrescriberKind,
    habilitations: org.startOn ? [{ startOn: org.startOn, endOn: org.endOn }] : [],
  };
}

/** Refuses unless the organisation may prescribe on `on` (accord, annexe 4 §2.1; fiche 2). */
export async function assertCanPrescribe(tx: Database, organisationId: string, on: string): Promise<void> {
  const result = canPrescribe(await prescriberOrganisation(tx, organisationId), on);
  if (!result.ok) throw userError('FORBIDDEN', result.message, { reason: result.code });
}

export async function diagnose(ctx: ParcoursContext, input: DiagnosisInput) {
  const organisationId = callerOrganisation(ctx, 'PRESCRIBER_ORGANIZATION');
  const diagnosedOn = isoDate(input.diagnosedOn, 'Date du diagnostic');
  notAfterToday(diagnosedOn, ctx.today, 'La date du diagnostic');
  // Sorted: the natural key eligibility_diagnoses_natural_unique compares the array as a whole (issue 12).
  const criteria = [...new Set(input.criteria)].sort();
  if (criteria.length === 0) {
    throw userError('BAD_USER_INPUT', 'Cochez au moins un critère d’éligibilité (annexe 2).', { field: 'Critères' });
  }
  const unknown = criteria.filter((c) => !isEligibilityCriterionCode(c));
  if (unknown.length > 0) refused({ code: 'UNKNOWN_CRITERION', message: `Critère inconnu : ${unknown.join(', ')}.` });
  const comment = optionalText(input.comment, 'Commentaire');
  return ctx.data(async (tx) => {
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, knownId(input.personId, 'Personne')));
    if (!person) throw notFound('Personne');
    await assertCanPrescribe(tx, organisationId, diagnosedOn);
    const [row] = await tx
      .insert(tables.eligibilityDiagnoses)
      .values({ personId: person.id, prescriberOrganisationId: organisationId, authorUserId: ctx.identity.userId, criteria, diagnosedOn, comment })
      .returning();
    return row!;
  });
}

