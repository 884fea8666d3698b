// The SIAE of the parcours or the agence of its territory records whether the person is registered at Pôle emploi
// (accord, fiche 5: "Inscrire ou maintenir l'inscription à Pôle emploi des salariés en parcours IAE"); the agence
// records the situation 6 months after the agrément's end (fiche 7). The day of the record is the server's; the
// registration day the user proposes is judged by @navette/domain validateRegistration. One row per agrément and
// checkpoint: a new situation replaces the previous one, the same one twice (or twenty at once) changes nothing.
import { tables, type Database } from '@navette/db';
import { REGISTRATION_CHECKPOINTS, validateRegistration, type RegistrationRecorder } from '@navette/domain';
import { knownId, parseInput } from '@navette/subgraph-server';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import { optionalIsoDate } from '../input-fields.js';
import type { ApprovalRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { approvalOfSiae } from '../services/siae-approval.js';

const { approvals, people, poleEmploiRegistrations: r } = tables;

export const recordPoleEmploiRegistrationInput = z.object({
  approvalId: z.string(),
  checkpoint: z.enum(REGISTRATION_CHECKPOINTS),
  registered: z.boolean(),
  registeredOn: optionalIsoDate(),
});
export type RecordPoleEmploiRegistrationInput = z.input<typeof recordPoleEmploiRegistrationInput>;

/** The agrément, locked, when the calling agence's territory holds it (another agence's, even one it sees as the
 * prescripteur of the person, is unknown to it). */
async function approvalOfAgency(tx: Database, agencyId: string, id: string): Promise<ApprovalRow> {
  const [approval] = await tx
    .select()
    .from(approvals)
    .where(eq(approvals.id, knownId(id, errors.approvalNotFound)))
    .for('update');
  if (!approval || approval.agencyId !== agencyId) throw errors.approvalNotFound();
  return approval;
}

export async function recordPoleEmploiRegistration(
  ctx: ParcoursContext,
  raw: RecordPoleEmploiRegistrationInput,
): Promise<ApprovalRow> {
  const p = ctx.principal;
  const recorder: RegistrationRecorder | null =
    p.kind === 'user' && p.organisationKind === 'SIAE'
      ? 'SIAE'
      : p.kind === 'user' && p.organisationKind === 'AGENCY'
        ? 'AGENCY'
        : null;
  if (p.kind !== 'user' || recorder == null) throw errors.onlyForAnotherOrganisation();
  const input = parseInput(recordPoleEmploiRegistrationInput, raw, {
    checkpoint: 'Moment du relevé',
    registered: 'Inscrit à Pôle emploi',
    registeredOn: 'Date d’inscription',
  });
  return ctx.data(async (tx) => {
    const approval =
      recorder === 'SIAE'
        ? await approvalOfSiae(tx, p.organisationId, input.approvalId)
        : await approvalOfAgency(tx, p.organisationId, input.approvalId);
    const [person] = await tx
      .select({ birthDate: people.birthDate, anonymisedAt: people.anonymisedAt })
      .from(people)
      .where(eq(people.id, approval.personId));
    if (!person) throw errors.approvalNotFound();
    if (person.anonymisedAt) throw errors.personAnonymised();
    const check = validateRegistration({
      checkpoint: input.checkpoint,
      recorder,
      registered: input.registered,
      registeredOn: input.registeredOn,
      today: ctx.today,
      birthDate: person.birthDate,
      approvalEndOn: approval.endOn,
    });
    if (!check.ok) {
      const field = check.code.startsWith('REGISTRATION_DATE') ? { field: 'Date d’inscription' } : {};
      throw refusedByDomain(
        check,
        check.code === 'REGISTRATION_CHECK_AGENCY_ONLY' ? 'FORBIDDEN' : 'BAD_USER_INPUT',
        field,
      );
    }
    const values = {
      approvalId: approval.id,
      siaeId: approval.siaeId,
      checkpoint: input.checkpoint,
      registered: input.registered,
      registeredOn: input.registeredOn,
      checkedOn: ctx.today,
      recordedByOrganisationId: p.organisationId,
      recordedByUserId: p.userId,
    };
    // Unchanged situation: nothing written (a retry, a double click, twenty tabs), the agrément being locked above.
    const written = await tx
      .insert(r)
      .values(values)
      .onConflictDoUpdate({
        target: [r.approvalId, r.checkpoint],
        set: { ...values, recordedAt: sql`now()` },
        setWhere: sql`(${r.registered}, ${r.registeredOn}) is distinct from (excluded.registered, excluded.registered_on)`,
      })
      .returning({ id: r.id });
    if (written.length > 0) {
      await auditDecision(
        tx,
        ctx,
        'POLE_EMPLOI_REGISTRATION_RECORDED',
        { type: 'Approval', id: approval.id },
        {
          checkpoint: input.checkpoint,
          registered: input.registered,
        },
      );
    }
    return approval;
  });
}
