// After a sortie (fiche 7) the parcours has ended in the SIAE: a suspension or a prolongation it asked for has no
// object any more (annexe 4 §2.2.4: a suspension pushes the end of a parcours in progress; §2.2.6: a prolongation
// continues it). Such requests still pending are closed, with a reason the SIAE and the agence both read, instead of
// waiting in the agence's inbox for a decision — or for a tacit grant that would change an agrément nobody uses.
// Requests already acquired (past their deadline, annexe 4 §2.2.2) are left as they are; an extension asked by
// another SIAE (§2.2.5) and a renouvellement (§2.2.7, which needs every contract ended) are what comes next: kept.
import { tables, type Database } from '@navette/db';
import { approvalRequestStatusOn, formatFrenchDate, type IsoDate } from '@navette/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { auditDecision } from './audit.js';

const { approvalRequests } = tables;

export const closedAfterExitReason = (exitOn: IsoDate) =>
  `Demande close sans décision : la sortie du parcours a été enregistrée au ${formatFrenchDate(exitOn)} (fiche 7), la demande n’a plus d’objet.`;

export async function closePendingRequestsAfterExit(
  tx: Database,
  ctx: ParcoursContext,
  approvalId: string,
  exitOn: IsoDate,
): Promise<number> {
  const siaeId = ctx.identity.organisationId;
  if (!siaeId) return 0;
  const pending = await tx
    .select()
    .from(approvalRequests)
    .where(
      and(
        eq(approvalRequests.approvalId, approvalId),
        eq(approvalRequests.siaeId, siaeId),
        eq(approvalRequests.status, 'PENDING'),
        inArray(approvalRequests.kind, ['SUSPENSION', 'PROLONGATION']),
      ),
    )
    .for('update');
  let closed = 0;
  for (const request of pending) {
    // Acquired past the deadline fixed at receipt (domain approvalRequestStatusOn): left as it is.
    if (approvalRequestStatusOn(request, ctx.today) !== 'PENDING') continue;
    const [row] = await tx
      .update(approvalRequests)
      .set({
        status: 'CLOSED',
        closedOn: ctx.today,
        closedReason: closedAfterExitReason(exitOn),
        closedByUserId: ctx.identity.userId,
      })
      .where(and(eq(approvalRequests.id, request.id), eq(approvalRequests.status, 'PENDING')))
      .returning({ id: approvalRequests.id });
    if (!row) continue;
    await auditDecision(
      tx,
      ctx,
      'APPROVAL_REQUEST_CLOSED',
      { type: 'ApprovalRequest', id: request.id },
      { kind: request.kind, cause: 'EXIT' },
    );
    closed += 1;
  }
  return closed;
}
