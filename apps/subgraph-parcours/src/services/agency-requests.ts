// The demande d'agrément an agence acts on (decision, appeal), locked for the transaction: two agents at once record
// one decision (annexe 4 §2.2.2-2.2.3).
import { tables, type Database } from '@navette/db';
import { eq } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';
import type { ApprovalRequestRow } from '../rows.js';
import { callerOrganisation, knownId } from './validation.js';

export async function lockedRequestOfAgency(
  tx: Database,
  ctx: ParcoursContext,
  id: string,
): Promise<ApprovalRequestRow> {
  const agencyId = callerOrganisation(ctx, 'AGENCY');
  const requestId = knownId(id, errors.approvalRequestNotFound);
  const [request] = await tx
    .select()
    .from(tables.approvalRequests)
    .where(eq(tables.approvalRequests.id, requestId))
    .for('update');
  if (!request) throw errors.approvalRequestNotFound();
  if (request.agencyId !== agencyId) throw errors.approvalRequestOfAnotherAgency();
  return request;
}
