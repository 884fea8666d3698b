// The agency director's answer to an appeal (annexe 4 §2.2.3); an upheld appeal grants the agrément.
import { tables } from '@navette/db';
import { parseInput } from '@navette/subgraph-server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';
import { optionalText } from '../input-fields.js';
import type { ApprovalRequestRow } from '../rows.js';
import { lockedRequestOfAgency } from '../services/agency-requests.js';
import { auditDecision } from '../services/audit.js';
import { applyGrant } from '../services/grants.js';
import { assertMayDecideApproval } from '../services/separation-of-duties.js';

const { approvalRequests } = tables;

export const decideAppealInput = z
  .object({ id: z.string(), upheld: z.boolean(), comment: optionalText() })
  .superRefine((input, ctx) => {
    if (!input.upheld && !input.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'motivez le rejet du recours par un commentaire' });
    }
  });
export type DecideAppealInput = z.input<typeof decideAppealInput>;

export async function decideAppeal(ctx: ParcoursContext, raw: DecideAppealInput): Promise<ApprovalRequestRow> {
  const input = parseInput(decideAppealInput, raw, { comment: 'Commentaire' });
  return ctx.data(async (tx) => {
    const request = await lockedRequestOfAgency(tx, ctx, input.id);
    // Seed 004, fiche 4: not the agent who prescribed or diagnosed the person (domain mayDecideApproval).
    await assertMayDecideApproval(tx, ctx, request.personId);
    if (request.appealStatus !== 'PENDING') throw errors.noPendingAppeal();
    const [updated] = await tx
      .update(approvalRequests)
      .set({
        appealStatus: input.upheld ? 'UPHELD' : 'DISMISSED',
        appealDecidedOn: ctx.today,
        appealComment: input.comment,
      })
      .where(and(eq(approvalRequests.id, request.id), eq(approvalRequests.appealStatus, 'PENDING')))
      .returning();
    if (!updated) throw errors.appealDecidedMeanwhile();
    if (input.upheld) await applyGrant(tx, updated, ctx.today, true);
    await auditDecision(tx, ctx, input.upheld ? 'APPEAL_UPHELD' : 'APPEAL_DISMISSED', {
      type: 'ApprovalRequest',
      id: request.id,
    });
    const [fresh] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, request.id));
    return fresh!;
  });
}
