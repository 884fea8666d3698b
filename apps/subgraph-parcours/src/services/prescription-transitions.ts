// Moves a prescription along its statuses (fiche 4; domain prescriptionTransition), for the SIAE's answers and the
// prescripteur's withdrawal. The update is conditional on the current status, so two answers at once cannot both
// apply: the second sees the new status and gets the domain's explanation.
import { recordOutboxEvent, tables } from '@navette/db';
import { prescriptionActionSources, prescriptionTransition, type PrescriptionAction } from '@navette/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import type { PrescriptionRow } from '../rows.js';
import { auditDecision } from './audit.js';
import { recordPrescriptionEvent } from './prescriptions.js';

const { prescriptions } = tables;

export async function movePrescription(
  ctx: ParcoursContext,
  move: {
    prescriptionId: string;
    organisationId: string;
    action: Exclude<PrescriptionAction, 'HIRE'>;
    reason?: string | null;
    comment?: string | null;
  },
): Promise<PrescriptionRow> {
  const { prescriptionId, organisationId, action } = move;
  const reason = action === 'REFUSE' ? (move.reason ?? null) : null;
  const comment = action === 'REFUSE' ? (move.comment ?? null) : null;
  return ctx.data(async (tx) => {
    const [current] = await tx.select().from(prescriptions).where(eq(prescriptions.id, prescriptionId)).for('update');
    if (!current) throw errors.prescriptionNotFound();
    const own = action === 'WITHDRAW' ? current.prescriberOrganisationId : current.siaeId;
    if (own !== organisationId)
      throw action === 'WITHDRAW' ? errors.onlyPrescriberMayWithdraw() : errors.onlyAddresseeMayAnswer();
    if (action === 'SEE' && current.status !== 'SENT') return current; // opening it again changes nothing
    const next = prescriptionTransition(current.status, action);
    if (!next.ok) throw refusedByDomain(next, 'CONFLICT');
    const [updated] = await tx
      .update(prescriptions)
      .set({ status: next.value, refusalReason: reason, refusalComment: comment, updatedAt: new Date() })
      .where(
        and(
          eq(prescriptions.id, prescriptionId),
          inArray(prescriptions.status, [...prescriptionActionSources(action)]),
        ),
      )
      .returning();
    if (!updated) throw errors.prescriptionChangedMeanwhile();
    await recordPrescriptionEvent(tx, ctx, updated, { reason, comment });
    if (action !== 'SEE')
      await auditDecision(
        tx,
        ctx,
        `PRESCRIPTION_${next.value}`,
        { type: 'Prescription', id: updated.id },
        reason ? { reason } : undefined,
      );
    // Issue 14 §3: the prescripteur hears of the SIAE's answer (outbox, same transaction).
    if (action === 'ACCEPT' || action === 'REFUSE')
      await recordOutboxEvent(tx, {
        type: action === 'ACCEPT' ? 'PRESCRIPTION_ACCEPTED' : 'PRESCRIPTION_REFUSED',
        subjectType: 'Prescription',
        subjectId: updated.id,
        organisationIds: [updated.prescriberOrganisationId],
        payload: { prescriptionId: updated.id },
      });
    return updated;
  });
}
