// Fiche navette (fiche 4): prescribe, answer, withdraw, with a status history seen by both sides.
import { tables, type Database } from '@navette/db';
import {
  prescriptionActionSources,
  prescriptionTransition,
  SIAE_REFUSAL_REASON_CODES,
  type PrescriptionAction,
  type PrescriptionStatus,
} from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor, timestampKey, userError } from '@navette/subgraph-server';
import { and, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { PrescriptionInput } from '../generated/resolvers-types.js';
import type { PrescriptionRow } from '../rows.js';
import { auditDecision } from './audit.js';
import { assertCanPrescribe } from './people.js';
import { callerOrganisation, knownId, notFound, optionalText, pgCode, requiredText } from './validation.js';

const { prescriptions, prescriptionEvents } = tables;

/** Prescriptions the caller sees (sent, received or in its territory: row-level security), newest first. */
export async function listPrescriptions(
  ctx: ParcoursContext,
  args: { first?: number | null; after?: string | null; status?: PrescriptionStatus | null },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['timestamp', 'uuid']);
  const where = args.status ? eq(prescriptions.status, args.status) : undefined;
  return ctx.data(async (tx) => {
    const after = key ? sql`(${prescriptions.sentAt}, ${prescriptions.id}) < (${key[0]}::timestamptz, ${key[1]}::uuid)` : undefined;
    const rows = await tx
      .select({ ...getTableColumns(prescriptions), cursorAt: timestampKey(prescriptions.sentAt) })
      .from(prescriptions)
      .where(and(where, after))
      .orderBy(desc(prescriptions.sentAt), desc(prescriptions.id))
      .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(prescriptions).where(where);
    return connectionFromRows(rows, first, (r) => [r.cursorAt, r.id], total?.n ?? 0);
  });
}

export async function prescribe(ctx: ParcoursContext, input: PrescriptionInput) {
  const organisationId = callerOrganisation(ctx, 'PRESCRIBER_ORGANIZATION');
  const message = requiredText(input.message, 'Message à la SIAE');
  const personId = knownId(input.personId, 'Personne');
  const diagnosisId = knownId(input.diagnosisId, 'Diagnostic');
  const siaeId = knownId(input.siaeId, 'SIAE');
  const jobOfferId = input.jobOfferId ? knownId(input.jobOfferId, 'Offre') : null;
  return ctx.data(async (tx) => {
    await assertCanPrescribe(tx, organisationId, ctx.today);
    const [diagnosis] = await tx.select().from(tables.eligibilityDiagnoses).where(eq(tables.eligibilityDiagnoses.id, diagnosisId));
    if (!diagnosis || diagnosis.personId !== personId) throw notFound('Diagnostic de cette personne');
    if (diagnosis.prescriberOrganisationId !== organisationId) {
      throw userError('FORBIDDEN', 'Ce diagnostic a été établi par une autre organisation : établissez le vôtre avant de prescrire.');
    }
    const [siae] = await tx.select({ id: tables.siaes.id }).from(tables.siaes).where(eq(tables.siaes.id, siaeId));
    if (!siae) throw notFound('SIAE');
    try {
      const [row] = await tx
        .insert(prescriptions)
        .values({ personId, diagnosisId, prescriberOrganisationId: organisationId, prescriberUserId: ctx.identity.userId, siaeId, jobOfferId, message })
        .returning();
      await recordPrescriptionEvent(tx, ctx, row!);
      return row!;
    } catch (error) {
      if (pgCode(error) === '23505') {
        throw userError('CONFLICT', 'Cette personne a déjà une prescription en cours auprès de cette SIAE.');
      }
      throw error;
    }
  });
}

/**
 * Moves a prescription along (domain: prescriptionTransition). The update is conditional on the current status, so
 * two answers at once cannot both apply: the second sees the new status and gets the domain's explanation.
 */
export async function movePrescription(
  ctx: ParcoursContext,
  id: string,
  action: Exclude<PrescriptionAction, 'HIRE'>,
  answer: { reason?: string | null; comment?: string | null } = {},
): Promise<PrescriptionRow> {
  const organisationId = callerOrganisation(ctx, action === 'WITHDRAW' ? 'PRESCRIBER_ORGANIZATION' : 'SIAE');
  const prescriptionId = knownId(id, 'Prescription');
  let reason: string | null = null;
  const comment = optionalText(answer.comment, 'Commentaire');
  if (action === 'REFUSE') {
    reason = answer.reason ?? '';
    if (!(SIAE_REFUSAL_REASON_CODES as readonly string[]).includes(reason)) {
      throw userError('BAD_USER_INPUT', 'Choisissez le motif du refus dans la liste (fiche 4 : tout refus est motivé).', { field: 'Motif' });
    }
    if (reason === 'OTHER' && !comment) {
      throw userError('BAD_USER_INPUT', 'Précisez le motif « Autre » dans le commentaire.', { field: 'Commentaire' });
    }
  }
  return ctx.data(async (tx) => {
    const [current] = await tx.select().from(prescriptions).where(eq(prescriptions.id, prescriptionId)).for('update');
    if (!current) throw notFound('Prescription');
    const own = action === 'WITHDRAW' ? current.prescriberOrganisationId : current.siaeId;
    if (own !== organisationId) {
      throw userError('FORBIDDEN', action === 'WITHDRAW' ? 'Seul le prescripteur peut retirer sa prescription.' : 'Seule la SIAE destinataire peut répondre à cette prescription.');
    }
    if (action === 'SEE' && current.status !== 'SENT') return current; // opening it again changes nothing
    const next = prescriptionTransition(current.status, action);
    if (!next.ok) throw userError('CONFLICT', next.message, { reason: next.code });
    const [updated] = await tx
      .update(prescriptions)
      .set({
        status: next.value,
        refusalReason: action === 'REFUSE' ? reason : null,
        refusalComment: action === 'REFUSE' ? comment : null,
        updatedAt: new Date(),
      })
      .where(and(eq(prescriptions.id, prescriptionId), inArray(prescriptions.status, [...prescriptionActionSources(action)])))
      .returning();
    if (!updated) throw userError('CONFLICT', 'Cette prescription vient d’être modifiée par quelqu’un d’autre : rechargez la page.');
    await recordPrescriptionEvent(tx, ctx, updated, { reason, comment: action === 'REFUSE' ? comment : null });
    if (action !== 'SEE') await auditDecision(tx, ctx, `PRESCRIPTION_${next.value}`, { type: 'Prescription', id: updated.id }, reason ? { reason } : undefined);
    return updated;
  });
}

export async function recordPrescriptionEvent(
  tx: Database,
  ctx: Pick<ParcoursContext, 'identity'>,
  prescription: PrescriptionRow,
  extra: { reason?: string | null; comment?: string | null } = {},
) {
  await tx.insert(prescriptionEvents).values({
    prescriptionId: prescription.id,
    status: prescription.status,
    reason: extra.reason ?? null,
    comment: extra.comment ?? null,
    actorUserId: ctx.identity.userId,
    actorOrganisationId: ctx.identity.organisationId,
  });
}
