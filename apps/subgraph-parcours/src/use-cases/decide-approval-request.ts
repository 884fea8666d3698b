// The agence grants or refuses a demande d'agrément (annexe 4 §2.2.2-2.2.3). The row is locked, so two agents deciding
// at once record one decision; the other is told who was first. After the deadline the agrément is acquired: no
// decision any more.
import { tables } from '@navette/db';
import { recordApprovalDecisionEvent } from '../services/notification-events.js';
import { APPROVAL_REFUSAL_REASON_CODES, approvalRequestStatusOn, formatFrenchDate } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, withDetails } from '../errors.js';
import { optionalText } from '../input-fields.js';
import type { ApprovalRequestRow } from '../rows.js';
import { lockedRequestOfAgency } from '../services/agency-requests.js';
import { auditDecision } from '../services/audit.js';
import { applyGrant } from '../services/grants.js';
import { assertMayDecideApproval } from '../services/separation-of-duties.js';

const { approvalRequests } = tables;

export const decideApprovalRequestInput = z
  .object({
    id: z.string(),
    decision: z.enum(['GRANT', 'REFUSE']),
    reason: z.string().nullish(),
    comment: optionalText(),
  })
  .superRefine((input, ctx) => {
    if (input.decision !== 'REFUSE') return;
    // annexe 4 §2.2.3: a refusal is motivated, with a reason of the list shared by the agences.
    if (!input.reason || !(APPROVAL_REFUSAL_REASON_CODES as readonly string[]).includes(input.reason)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'choisissez le motif du refus dans la liste partagée (annexe 4 §2.2.3)',
      });
    } else if (!input.comment) {
      ctx.addIssue({
        code: 'custom',
        path: ['comment'],
        message: 'motivez le refus par un commentaire (annexe 4 §2.2.3)',
      });
    }
  });
export type DecideApprovalRequestInput = z.input<typeof decideApprovalRequestInput>;

const statusWords: Record<ApprovalRequestRow['status'], string> = {
  PENDING: 'en attente',
  GRANTED: 'agrément accordé',
  REFUSED: 'agrément refusé',
  TACITLY_GRANTED: 'agrément acquis tacitement',
  CLOSED: 'demande close sans décision',
};

export async function decideApprovalRequest(
  ctx: ParcoursContext,
  raw: DecideApprovalRequestInput,
): Promise<ApprovalRequestRow> {
  const input = parseInput(decideApprovalRequestInput, raw, { reason: 'Motif', comment: 'Commentaire' });
  return ctx.data(async (tx) => {
    const request = await lockedRequestOfAgency(tx, ctx, input.id);
    // Seed 004, fiche 4: not the agent who prescribed or diagnosed the person (domain mayDecideApproval).
    await assertMayDecideApproval(tx, ctx, request.personId);
    if (request.status !== 'PENDING') {
      const decidedOn = request.decidedOn ? formatFrenchDate(request.decidedOn) : null;
      throw withDetails(errors.approvalRequestAlreadyDecided(decidedOn, statusWords[request.status]), {
        status: request.status,
      });
    }
    const now = approvalRequestStatusOn(request, ctx.today);
    if (now === 'TACITLY_GRANTED') {
      throw withDetails(errors.decisionDeadlinePassed(formatFrenchDate(request.deadline)), {
        status: 'TACITLY_GRANTED',
      });
    }
    const granted = input.decision === 'GRANT';
    const [updated] = await tx
      .update(approvalRequests)
      .set({
        status: granted ? 'GRANTED' : 'REFUSED',
        decidedOn: ctx.today,
        decidedByUserId: ctx.identity.userId,
        refusalReason: granted ? null : input.reason!,
        refusalComment: granted ? null : input.comment,
      })
      .where(and(eq(approvalRequests.id, request.id), eq(approvalRequests.status, 'PENDING')))
      .returning();
    if (!updated) throw errors.approvalRequestDecidedMeanwhile();
    if (granted) await applyGrant(tx, updated, ctx.today, true);
    await auditDecision(
      tx,
      ctx,
      granted ? 'APPROVAL_GRANTED' : 'APPROVAL_REFUSED',
      { type: 'ApprovalRequest', id: request.id },
      granted ? { kind: request.kind } : { kind: request.kind, reason: input.reason },
    );
    await recordApprovalDecisionEvent(tx, updated, granted ? 'APPROVAL_REQUEST_GRANTED' : 'APPROVAL_REQUEST_REFUSED');
    const [fresh] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, request.id));
    return fresh!;
  });
}
