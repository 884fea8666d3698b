// A SIAE records the tripartite interview once held (fiche 7: "un entretien tripartite … 2 à 3 mois avant la fin du
// parcours"). The date is the user's (a past event), bounded by reality (domain validateExitInterview); who recorded
// it and when are the server's.
import { recordOutboxEvent, tables } from '@navette/db';
import { validateExitInterview } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { refusedByDomain } from '../errors.js';
import { requiredIsoDate, requiredText } from '../input-fields.js';
import type { ApprovalRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { approvalOfSiae } from '../services/siae-approval.js';
import { callerOrganisation } from '../services/validation.js';

const { approvals, contracts, exitInterviews } = tables;

export const recordExitInterviewInput = z.object({
  approvalId: z.string(),
  heldOn: requiredIsoDate(),
  assessment: requiredText(),
  sendToReferent: z.boolean(),
  sendToPrescriber: z.boolean(),
});
export type RecordExitInterviewInput = z.input<typeof recordExitInterviewInput>;

const LABELS = { heldOn: 'Date de l’entretien', assessment: 'Bilan' };

export async function recordExitInterview(ctx: ParcoursContext, raw: RecordExitInterviewInput): Promise<ApprovalRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const input = parseInput(recordExitInterviewInput, raw, LABELS);
  return ctx.data(async (tx) => {
    // Locked: two recordings at once are judged one after the other, the second sees the first (once per end).
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    // fiche 7 (domain validateExitInterview): held (not in the future), during a contract of this SIAE, in the window
    // of the end it prepares, once per end.
    const [own, held] = await Promise.all([
      tx
        .select()
        .from(contracts)
        .where(and(eq(contracts.approvalId, approval.id), eq(contracts.siaeId, siaeId))),
      tx
        .select({ heldOn: exitInterviews.heldOn })
        .from(exitInterviews)
        .where(eq(exitInterviews.approvalId, approval.id)),
    ]);
    const check = validateExitInterview({
      heldOn: input.heldOn,
      today: ctx.today,
      contracts: own.map((c) => ({ startOn: c.startOn, endOn: c.endedOn ?? c.endOn })),
      approvalEndOn: approval.endOn,
      interviewsHeldOn: held.map((i) => i.heldOn),
    });
    if (!check.ok) throw refusedByDomain(check);
    // Held: the plan, if any, has been carried out.
    await tx
      .update(approvals)
      .set({ exitInterviewPlannedOn: null, exitInterviewPlannedByUserId: null, exitInterviewPlannedAt: null })
      .where(eq(approvals.id, approval.id));
    await tx.insert(exitInterviews).values({
      approvalId: approval.id,
      siaeId,
      heldOn: input.heldOn,
      assessment: input.assessment,
      recordedByUserId: ctx.identity.userId,
      sentToReferentOn: input.sendToReferent ? ctx.today : null,
      sentToPrescriberOn: input.sendToPrescriber ? ctx.today : null,
    });
    await auditDecision(tx, ctx, 'EXIT_INTERVIEW_RECORDED', { type: 'Approval', id: approval.id });
    // fiche 7: the bilan is sent to the prescripteur, who hears of it (issue 14 §3; the bilan itself stays in Navette).
    if (input.sendToPrescriber)
      await recordOutboxEvent(tx, {
        type: 'EXIT_BILAN_SENT',
        subjectType: 'Approval',
        subjectId: approval.id,
        organisationIds: [approval.prescriberOrganisationId],
        payload: { approvalId: approval.id, prescriptionId: approval.prescriptionId },
      });
    const [fresh] = await tx.select().from(approvals).where(eq(approvals.id, approval.id));
    return fresh!;
  });
}
