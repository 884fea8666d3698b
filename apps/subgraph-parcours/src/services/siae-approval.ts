// The agrément a SIAE records its parcours facts under (contracts, tripartite interview, sortie): one it holds, or one
// extended to it (annexe 4 §2.2.5). Shared by the use cases record-contract, record-exit-interview,
// plan-exit-interview and record-exit.
import { tables, type Database } from '@navette/db';
import { and, eq } from 'drizzle-orm';
import { errors } from '../errors.js';
import type { ApprovalRow } from '../rows.js';
import { knownId } from './validation.js';

const { approvals, approvalEvents } = tables;

/**
 * The agrément, locked for the rest of the transaction (two facts recorded at once on one agrément are judged one after
 * the other), when the calling SIAE holds it or it was extended to it. An agrément the SIAE does not see (row-level
 * security), a malformed id and an unknown id are all APPROVAL_NOT_FOUND; one it sees through a pending extension
 * request but was not extended to is APPROVAL_HELD_BY_ANOTHER_SIAE.
 */
export async function approvalOfSiae(tx: Database, siaeId: string, id: string): Promise<ApprovalRow> {
  const [approval] = await tx
    .select()
    .from(approvals)
    .where(eq(approvals.id, knownId(id, errors.approvalNotFound)))
    .for('update');
  if (!approval) throw errors.approvalNotFound();
  if (approval.siaeId !== siaeId) {
    const extended = await tx
      .select({ id: approvalEvents.id })
      .from(approvalEvents)
      .where(
        and(
          eq(approvalEvents.approvalId, approval.id),
          eq(approvalEvents.kind, 'EXTENSION'),
          eq(approvalEvents.siaeId, siaeId),
        ),
      );
    if (extended.length === 0) throw errors.approvalHeldByAnotherSiae();
  }
  return approval;
}
