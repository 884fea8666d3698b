// The SIAE completes a pending demande d'agrément with more documents (annexe 4 §2.2.2: the deadline runs from a
// complete request).
import { tables } from '@navette/db';
import { approvalRequestStatusOn } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';
import { documentUpload } from '../input-fields.js';
import type { ApprovalRequestRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { decodeDocuments, storeDocuments } from '../services/documents.js';
import { callerOrganisation, knownId } from '../services/validation.js';

export const addRequestDocumentsInput = z.object({
  id: z.string(),
  documents: z.array(documentUpload).min(1, 'joignez au moins un document'),
});
export type AddRequestDocumentsInput = z.input<typeof addRequestDocumentsInput>;

export async function addRequestDocuments(
  ctx: ParcoursContext,
  input: AddRequestDocumentsInput,
): Promise<ApprovalRequestRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const { id, documents: uploads } = parseInput(addRequestDocumentsInput, input, { documents: 'Documents' });
  const requestId = knownId(id, errors.approvalRequestNotFound);
  return ctx.data(async (tx) => {
    const [request] = await tx
      .select()
      .from(tables.approvalRequests)
      .where(eq(tables.approvalRequests.id, requestId))
      .for('update');
    if (!request) throw errors.approvalRequestNotFound();
    if (request.siaeId !== siaeId) throw errors.onlyRequestingSiaeMayComplete();
    // Status from the stored deadline, the one definition (domain approvalRequestStatusOn, annexe 4 §2.2.2).
    if (approvalRequestStatusOn(request, ctx.today) !== 'PENDING') throw errors.approvalRequestNoLongerPending();
    const [filed] = await tx
      .select({ n: count() })
      .from(tables.requestDocuments)
      .where(and(eq(tables.requestDocuments.requestId, requestId)));
    const documents = decodeDocuments(uploads, filed?.n ?? 0);
    await storeDocuments(tx, ctx, requestId, documents);
    await auditDecision(
      tx,
      ctx,
      'APPROVAL_REQUEST_COMPLETED',
      { type: 'ApprovalRequest', id: requestId },
      { documents: documents.length },
    );
    return request;
  });
}
