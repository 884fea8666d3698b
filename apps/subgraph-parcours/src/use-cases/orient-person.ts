// L'orientation (accord, annexe 4 §3: "pouvant être réalisée par tous les acteurs accueillant du public"): an
// organisation orients a person — one it already sees, or one it records now — towards a prescripteur, with a short
// reason. The same orientation twice (a retry, two tabs, two clicks at once) gives one orientation: the natural key
// orientations_pending_unique, and the person's identity key for a person recorded with it.
import type { OrganisationKind } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import {
  canPrescribe,
  orientationOrigin,
  orientationReason,
  orientationTarget,
  validateBirthDate,
  type OrientingOrganisation,
} from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import type { OrientationRow, PersonRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { prescriberOrganisation } from '../services/directory.js';
import { knownId } from '../services/validation.js';
import { recordPersonInput, type RecordPersonInput } from './record-person.js';

const { orientations, people, prescriberOrganisations } = tables;

export const orientPersonInput = z.object({
  personId: z.string().nullish(),
  person: z.unknown().nullish(),
  prescriberOrganisationId: z.string(),
  reason: z.string().nullish(),
});
export type OrientPersonInput = {
  personId?: string | null;
  person?: RecordPersonInput | null;
  prescriberOrganisationId: string;
  reason?: string | null;
};

const PERSON_LABELS = {
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
  email: 'Courriel',
  phone: 'Téléphone',
  poleEmploiId: 'Identifiant Pôle emploi',
};

/** The orienting organisation as the domain needs it (a prescripteur: whether it may prescribe today). */
async function orientingOrganisation(
  tx: Database,
  kind: OrganisationKind,
  organisationId: string,
  today: string,
): Promise<OrientingOrganisation> {
  if (kind !== 'PRESCRIBER_ORGANISATION') return { kind };
  const organisation = await prescriberOrganisation(tx, organisationId);
  return {
    kind,
    prescriberKind: organisation.kind,
    mayPrescribe: canPrescribe(organisation, today).ok,
  };
}

/** A person recorded by the caller's organisation with this identity (its identity key), or the new record. */
async function recordOrFind(
  tx: Database,
  ctx: ParcoursContext,
  organisationId: string,
  identity: ReturnType<typeof recordPersonInput.parse>,
): Promise<PersonRow> {
  const [inserted] = await tx
    .insert(people)
    .values({
      firstName: identity.firstName,
      lastName: identity.lastName,
      birthDate: identity.birthDate,
      email: identity.email,
      phone: identity.phone,
      poleEmploiId: identity.poleEmploiId,
      rqth: identity.rqth ?? false,
      createdByOrganisationId: organisationId,
      createdByUserId: ctx.identity.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (inserted) return inserted;
  // Recorded already by this organisation (the same request again, or at once): that record.
  const [existing] = await tx
    .select()
    .from(people)
    .where(
      and(
        eq(people.createdByOrganisationId, organisationId),
        identity.poleEmploiId
          ? sql`(${people.poleEmploiId} = ${identity.poleEmploiId} OR (${people.birthDate} = ${identity.birthDate} AND lower(${people.lastName}) = lower(${identity.lastName}) AND lower(${people.firstName}) = lower(${identity.firstName})))`
          : sql`${people.birthDate} = ${identity.birthDate} AND lower(${people.lastName}) = lower(${identity.lastName}) AND lower(${people.firstName}) = lower(${identity.firstName})`,
      ),
    )
    .limit(1);
  if (!existing) throw errors.personNotFound();
  return existing;
}

export async function orientPerson(ctx: ParcoursContext, raw: OrientPersonInput): Promise<OrientationRow> {
  const p = ctx.principal;
  if (p.kind !== 'user') throw errors.onlyForAnotherOrganisation();
  const organisationId = p.organisationId;
  const input = parseInput(orientPersonInput, raw, { reason: 'Motif de l’orientation' });
  const reason = orientationReason(input.reason, 'ORIENT');
  if (!reason.ok) throw refusedByDomain(reason, 'BAD_USER_INPUT', { field: 'Motif de l’orientation' });
  if ((input.personId == null) === (input.person == null)) throw errors.personOrIdentityRequired();
  const personId = input.personId ? knownId(input.personId, errors.personNotFound) : null;
  const identity = input.person ? parseInput(recordPersonInput, input.person, PERSON_LABELS) : null;
  if (identity) {
    // Domain validateBirthDate: an age of 16 to 80 (Code du travail L.4153-1), as for a person a prescripteur records.
    const plausible = validateBirthDate(identity.birthDate, ctx.today);
    if (!plausible.ok) throw refusedByDomain(plausible, 'BAD_USER_INPUT', { field: PERSON_LABELS.birthDate });
  }
  const targetId = knownId(input.prescriberOrganisationId, errors.prescriberNotFound);

  return ctx.data(async (tx) => {
    const origin = orientationOrigin(await orientingOrganisation(tx, p.organisationKind, organisationId, ctx.today));
    if (!origin.ok) throw refusedByDomain(origin, 'FORBIDDEN');
    const [target] = await tx
      .select({
        id: prescriberOrganisations.id,
        departementCode: prescriberOrganisations.departementCode,
      })
      .from(prescriberOrganisations)
      .where(eq(prescriberOrganisations.id, targetId));
    if (!target) throw errors.prescriberNotFound();
    const allowed = orientationTarget({
      originOrganisationId: organisationId,
      targetOrganisationId: target.id,
      targetMayPrescribe: canPrescribe(await prescriberOrganisation(tx, target.id), ctx.today).ok,
    });
    if (!allowed.ok) throw refusedByDomain(allowed, 'BAD_USER_INPUT', { field: 'Prescripteur' });

    let person: Pick<PersonRow, 'id'>;
    if (personId) {
      // Row-level security: a person the caller does not see is unknown to it.
      const [seen] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
      if (!seen) throw errors.personNotFound();
      person = seen;
    } else {
      person = await recordOrFind(tx, ctx, organisationId, identity!);
    }

    const [inserted] = await tx
      .insert(orientations)
      .values({
        personId: person.id,
        originOrganisationId: organisationId,
        originKind: origin.value,
        originUserId: ctx.identity.userId,
        prescriberOrganisationId: target.id,
        departementCode: target.departementCode,
        reason: reason.value,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted) {
      await auditDecision(
        tx,
        ctx,
        'PERSON_ORIENTED',
        { type: 'Orientation', id: inserted.id },
        {
          originKind: origin.value,
        },
      );
      return inserted;
    }
    // The same orientation is pending already (this request again, or at once): that one.
    const [pending] = await tx
      .select()
      .from(orientations)
      .where(
        and(
          eq(orientations.personId, person.id),
          eq(orientations.originOrganisationId, organisationId),
          eq(orientations.prescriberOrganisationId, target.id),
          eq(orientations.status, 'PENDING'),
        ),
      );
    if (!pending) throw errors.orientationNotFound();
    return pending;
  });
}
