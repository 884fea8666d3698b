// Supporting documents of a demande d'agrément: checked (domain validateRequestDocuments, and the content must be
// what its type says), stored in the database under row-level security, read back only when asked for.
import { tables, type Database } from '@navette/db';
import { approvalRequestStatusOn, validateRequestDocuments } from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import { and, count, eq } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { DocumentUpload } from '../generated/resolvers-types.js';
import { auditDecision } from './audit.js';
import { callerOrganisation, knownId, notFound } from './validation.js';

export interface DecodedDocument {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** First bytes of each accepted type: a file is stored only if its content is what its type says. */
const SIGNATURES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], // %PDF
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** Decodes and checks uploads before any write; a French error names the first bad file. */
export function decodeDocuments(uploads: readonly DocumentUpload[] | null | undefined, alreadyFiled = 0): DecodedDocument[] {
  if (!uploads || uploads.length === 0) return [];
  const decoded = uploads.map((u) => {
    const data = u.dataBase64.replace(/\s+/g, '');
    if (!BASE64.test(data)) throw userError('BAD_USER_INPUT', `« ${u.fileName} » : contenu illisible (base64 attendu).`);
    return { fileName: u.fileName.trim(), contentType: u.contentType, content: Buffer.from(data, 'base64') };
  });
  const check = validateRequestDocuments(
    decoded.map((d) => ({ fileName: d.fileName, contentType: d.contentType, size: d.content.length })),
    alreadyFiled,
  );
  if (!check.ok) throw userError('BAD_USER_INPUT', check.message, { reason: check.code });
  for (const d of decoded) {
    const signature = SIGNATURES[d.contentType]!;
    if (!signature.every((byte, i) => d.content[i] === byte)) {
      throw userError('BAD_USER_INPUT', `« ${d.fileName} » n’est pas un fichier ${d.contentType === 'application/pdf' ? 'PDF' : 'image'} valide.`, {
        reason: 'DOCUMENT_CONTENT_MISMATCH',
      });
    }
  }
  return decoded;
}

export async function storeDocuments(tx: Database, ctx: Pick<ParcoursContext, 'identity'>, requestId: string, documents: DecodedDocument[]) {
  if (documents.length === 0) return;
  await tx.insert(tables.requestDocuments).values(
    documents.map((d) => ({ requestId, fileName: d.fileName, contentType: d.contentType, size: d.content.length, content: d.content, uploadedByUserId: ctx.identity.userId })),
  );
}

/** The SIAE completes a pending request with more documents. */
export async function addDocuments(ctx: ParcoursContext, id: string, uploads: readonly DocumentUpload[]) {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const requestId = knownId(id, 'Demande d’agrément');
  if (uploads.length === 0) throw userError('BAD_USER_INPUT', 'Joignez au moins un document.');
  return ctx.data(async (tx) => {
    const [request] = await tx.select().from(tables.approvalRequests).where(eq(tables.approvalRequests.id, requestId)).for('update');
    if (!request) throw notFound('Demande d’agrément');
    if (request.siaeId !== siaeId) throw userError('FORBIDDEN', 'Seule la SIAE qui a fait la demande peut la compléter.');
    if (approvalRequestStatusOn(request, ctx.today) !== 'PENDING') {
      throw userError('CONFLICT', 'Cette demande n’est plus en attente : elle ne peut plus être complétée.');
    }
    const [filed] = await tx.select({ n: count() }).from(tables.requestDocuments).where(and(eq(tables.requestDocuments.requestId, requestId)));
    const documents = decodeDocuments(uploads, filed?.n ?? 0);
    await storeDocuments(tx, ctx, requestId, documents);
    await auditDecision(tx, ctx, 'APPROVAL_REQUEST_COMPLETED', { type: 'ApprovalRequest', id: requestId }, { documents: documents.length });
    return request;
  });
}
