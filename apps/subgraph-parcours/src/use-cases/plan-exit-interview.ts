// A SIAE plans the tripartite interview ahead (fiche 7; domain validateExitInterviewPlan): today or later, during a
// contract of this SIAE (one starting next week included), in the window of the end it prepares. Planning again
// moves it; who planned it and when are kept.
import { tables } from '@navette/db';
import { validateExitInterviewPlan } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import { requiredIsoDate } from '../input-fields.js';
import type { ApprovalRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { approvalOfSiae } from '../services/siae-approval.js';
import { callerOrganisation } from '../services/validation.js';

const { approvals, contracts, exits, exitInterviews } = tables;

export const planExitInterviewInput = z.object({
  approvalId: z.string(),
  plannedOn: requiredIsoDate(),
});
export type PlanExitInterviewInput = z.input<typeof planExitInterviewInput>;

export async function planExitInterview(ctx: ParcoursContext, raw: PlanExitInterviewInput): Promise<ApprovalRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const input = parseInput(planExitInterviewInput, raw, { plannedOn: 'Date prévue de l’entretien' });
  return ctx.data(async (tx) => {
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    const [own, held, exited] = await Promise.all([
      tx
        .select()
        .from(contracts)
        .where(and(eq(contracts.approvalId, approval.id), eq(contracts.siaeId, siaeId))),
      tx
        .select({ heldOn: exitInterviews.heldOn })
        .from(exitInterviews)
        .where(eq(exitInterviews.approvalId, approval.id)),
      tx.select({ id: exits.id }).from(exits).where(eq(exits.approvalId, approval.id)),
    ]);
    if (exited.length > 0) throw errors.exitAlreadyRecorded('interviewPlan');
    const check = validateExitInterviewPlan({
      plannedOn: input.plannedOn,
      today: ctx.today,
      contracts: own.map((c) => ({ startOn: c.startOn, endOn: c.endedOn ?? c.endOn })),
      approvalEndOn: approval.endOn,
      interviewsHeldOn: held.map((i) => i.heldOn),
    });
    if (!check.ok) throw refusedByDomain(check);
    const [planned] = await tx
      .update(approvals)
      .set({
        exitInterviewPlannedOn: input.plannedOn,
        exitInterviewPlannedByUserId: ctx.identity.userId,
        exitInterviewPlannedAt: new Date(),
      })
      .where(eq(approvals.id, approval.id))
      .returning();
    await auditDecision(tx, ctx, 'EXIT_INTERVIEW_PLANNED', { type: 'Approval', id: approval.id });
    return planned!;
  });
}
