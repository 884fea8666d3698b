// The one written appeal of the SIAE against a refusal of agrément, to the agency director (annexe 4 §2.2.3).
import { tables } from '@navette/db';
import { parseInput } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';
import { requiredText } from '../input-fields.js';
import type { ApprovalRequestRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { callerOrganisation, knownId } from '../services/validation.js';

const { approvalRequests } = tables;

export const appealApprovalRefusalInput = z.object({ id: z.string(), text: requiredText() });
export type AppealApprovalRefusalInput = z.input<typeof appealApprovalRefusalInput>;

export async function appealApprovalRefusal(
  ctx: ParcoursContext,
  raw: AppealApprovalRefusalInput,
): Promise<ApprovalRequestRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const input = parseInput(appealApprovalRefusalInput, raw, { text: 'Recours' });
  const requestId = knownId(input.id, errors.approvalRequestNotFound);
  return ctx.data(async (tx) => {
    const [request] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, requestId)).for('update');
    if (!request) throw errors.approvalRequestNotFound();
    if (request.siaeId !== siaeId) throw errors.onlyRequestingSiaeMayAppeal();
    if (request.status !== 'REFUSED') throw errors.appealOnlyAgainstRefusal();
    if (request.appealText) throw errors.appealAlreadyFiled();
    const [updated] = await tx
      .update(approvalRequests)
      .set({ appealText: input.text, appealedOn: ctx.today, appealStatus: 'PENDING' })
      .where(eq(approvalRequests.id, request.id))
      .returning();
    await auditDecision(tx, ctx, 'APPROVAL_APPEALED', { type: 'ApprovalRequest', id: request.id });
    return updated!;
  });
}
