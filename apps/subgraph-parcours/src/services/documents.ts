// Supporting documents of a demande d'agrément, shared by filing a request and completing it: checked (domain
// validateRequestDocuments, and the content must be what its type says), stored in the database under row-level
// security, read back only when asked for.
import { tables, type Database } from '@navette/db';
import { validateRequestDocuments } from '@navette/domain';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';

/** A file as the client sends it (GraphQL DocumentUpload). */
export interface DocumentUpload {
  fileName: string;
  contentType: string;
  dataBase64: string;
}

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
export function decodeDocuments(
  uploads: readonly DocumentUpload[] | null | undefined,
  alreadyFiled = 0,
): DecodedDocument[] {
  if (!uploads || uploads.length === 0) return [];
  const decoded = uploads.map((u) => {
    const data = u.dataBase64.replace(/\s+/g, '');
    if (!BASE64.test(data)) throw errors.documentUnreadable(u.fileName);
    return { fileName: u.fileName.trim(), contentType: u.contentType, content: Buffer.from(data, 'base64') };
  });
  const check = validateRequestDocuments(
    decoded.map((d) => ({ fileName: d.fileName, contentType: d.contentType, size: d.content.length })),
    alreadyFiled,
  );
  if (!check.ok) throw refusedByDomain(check);
  for (const d of decoded) {
    const signature = SIGNATURES[d.contentType]!;
    if (!signature.every((byte, i) => d.content[i] === byte)) {
      throw errors.documentContentMismatch(d.fileName, d.contentType === 'application/pdf' ? 'PDF' : 'image');
    }
  }
  return decoded;
}

export async function storeDocuments(
  tx: Database,
  ctx: Pick<ParcoursContext, 'identity'>,
  requestId: string,
  documents: DecodedDocument[],
) {
  if (documents.length === 0) return;
  await tx.insert(tables.requestDocuments).values(
    documents.map((d) => ({
      requestId,
      fileName: d.fileName,
      contentType: d.contentType,
      size: d.content.length,
      content: d.content,
      uploadedByUserId: ctx.identity.userId,
    })),
  );
}
