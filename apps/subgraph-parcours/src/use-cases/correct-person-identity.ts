// Rectification of a person's identity (issue 19 §4; RGPD art. 16): the organisation that recorded the person
// corrects a field; the value before is kept in the person's history (parcours.person_identity_changes: field,
// before, after, who, when), which the person's record shows (`exportPerson`), and the correction is audited
// (PERSON_IDENTITY_CORRECTED, the fields' names only). Another organisation is refused: one that sees the person
// (a SIAE it was prescribed to…) with ONLY_FOR_RECORDING_ORGANISATION, one that does not as an unknown person.
import { tables } from '@navette/db';
import { validateBirthDate } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import type { PersonRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { knownId } from '../services/validation.js';
import { recordPersonInput, type RecordPersonInput } from './record-person.js';

const LABELS = {
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
  email: 'Courriel',
  phone: 'Téléphone',
  poleEmploiId: 'Identifiant Pôle emploi',
};

/** The corrected fields and their columns (the history names the column). */
const FIELDS = {
  firstName: 'first_name',
  lastName: 'last_name',
  birthDate: 'birth_date',
  email: 'email',
  phone: 'phone',
  poleEmploiId: 'pole_emploi_id',
  rqth: 'rqth',
} as const;
type Field = keyof typeof FIELDS;

const asText = (value: string | boolean | null) => (value === null ? null : String(value));

/**
 * Whether the caller may correct this person's identity: an agent of the organisation that recorded the person, while
 * the person is not anonymised. The one rule, used by the mutation below and exposed as `Person.mayCorrectIdentity`
 * so that the portals show « Corriger l'identité » to those only (they never decide it themselves).
 */
export function mayCorrectIdentity(
  ctx: Pick<ParcoursContext, 'principal' | 'identity'>,
  person: Pick<PersonRow, 'createdByOrganisationId' | 'anonymisedAt'>,
): boolean {
  return recordedByCaller(ctx, person.createdByOrganisationId) && person.anonymisedAt === null;
}

function recordedByCaller(ctx: Pick<ParcoursContext, 'principal' | 'identity'>, createdBy: string): boolean {
  return (
    ctx.principal.kind === 'user' && ctx.identity.organisationId != null && createdBy === ctx.identity.organisationId
  );
}

export async function correctPersonIdentity(
  ctx: ParcoursContext,
  personId: string,
  raw: Partial<RecordPersonInput>,
): Promise<PersonRow> {
  const id = knownId(personId, errors.personNotFound);
  return ctx.data(async (tx) => {
    const [seen] = await tx
      .select({ createdBy: tables.people.createdByOrganisationId })
      .from(tables.people)
      .where(eq(tables.people.id, id));
    if (!seen) throw errors.personNotFound();
    if (!recordedByCaller(ctx, seen.createdBy)) throw errors.onlyForRecordingOrganisation();
    // Locked (FOR UPDATE passes the people_update policy: the recording organisation) so that two corrections at once
    // each record the value the other left.
    const [person] = await tx.select().from(tables.people).where(eq(tables.people.id, id)).for('update');
    if (!person) throw errors.personNotFound();
    if (person.anonymisedAt) throw errors.personAnonymised();
    // Omitted fields keep their value; the whole identity is validated as when it was recorded.
    const current: RecordPersonInput = {
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      email: person.email,
      phone: person.phone,
      poleEmploiId: person.poleEmploiId,
      rqth: person.rqth,
    };
    const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
    const input = parseInput(recordPersonInput, { ...current, ...given }, LABELS);
    // The age rule applies to a new birth date only (a person recorded long ago may be past 80 by now).
    if (input.birthDate !== person.birthDate) {
      const plausible = validateBirthDate(input.birthDate, ctx.today);
      if (!plausible.ok) throw refusedByDomain(plausible, 'BAD_USER_INPUT', { field: LABELS.birthDate });
    }
    const next = { ...input, rqth: input.rqth ?? false };
    const changed = (Object.keys(FIELDS) as Field[]).filter((f) => asText(next[f]) !== asText(person[f]));
    if (changed.length === 0) return person;
    await tx.insert(tables.personIdentityChanges).values(
      changed.map((f) => ({
        personId: id,
        field: FIELDS[f],
        beforeValue: asText(person[f]),
        afterValue: asText(next[f]),
        changedByUserId: ctx.identity.userId,
        changedByOrganisationId: ctx.identity.organisationId!,
      })),
    );
    const [updated] = await tx
      .update(tables.people)
      .set(Object.fromEntries(changed.map((f) => [f, next[f]])))
      .where(eq(tables.people.id, id))
      .returning();
    await auditDecision(
      tx,
      ctx,
      'PERSON_IDENTITY_CORRECTED',
      { type: 'Person', id },
      {
        fields: changed.map((f) => FIELDS[f]),
      },
    );
    return updated!;
  });
}
