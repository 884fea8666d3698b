// Request bodies are bounded before anything parses them (issue 11 item 4): a body announced too large is refused on
// its Content-Length without reading a byte; a chunked or lying one is counted while it streams and refused as soon as
// it passes the bound. The body read here is handed to the runtime, which does not read the socket again.
//
// The one operation that legitimately sends megabytes is the filing of supporting documents of a demande d'agrément
// (annexe 4 §2.2.2: requestApproval and addApprovalRequestDocuments carry up to 10 files of 5 Mio in base64, domain
// MAX_DOCUMENTS_PER_REQUEST and MAX_DOCUMENT_BYTES). Only a caller who may file one (a signed-in user holding
// `approvals:request`) gets that larger bound; everyone else, anonymous callers first, gets the small one. Inside the
// body, each string is bounded again by the subgraphs (input-checks.ts: only `dataBase64` may be that long).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '@navette/auth';

/** Any request: 1 Mio is far more than the largest operation of the portals with its variables. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A filing with its documents: 10 × 5 Mio in base64 (× 4/3) and the rest of the request. */
export const MAX_UPLOAD_BODY_BYTES = 70 * 1024 * 1024;

export interface BodyLimits {
  maxBytes: number;
  uploadMaxBytes: number;
  /** Whether the caller behind this Authorization header may send documents (reads headers only). */
  mayUpload: (authorization: string | null) => Promise<boolean>;
}

/** A caller who may file supporting documents, from the gateway's own authentication. */
export function uploadersOf(authenticate: (authorization: string | null) => Promise<Principal>) {
  return async (authorization: string | null): Promise<boolean> => {
    if (!authorization) return false;
    try {
      const principal = await authenticate(authorization);
      return principal.kind === 'user' && principal.scopes.includes('approvals:request');
    } catch {
      return false; // a bad token gets the small bound, and its refusal from the runtime
    }
  };
}

const mebibytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} Mo`;

function refuse(res: ServerResponse, status: 400 | 413, reason: string, message: string): void {
  if (res.headersSent) return;
  // The rest of the body is not read: the connection closes once the answer is sent.
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST', reason } }] }));
}

/**
 * Reads the body of `req` within its bound and leaves it on `req.body` for the runtime; resolves to false when the
 * request was refused (the answer is then sent and the request torn down).
 */
export async function readBoundedBody(req: IncomingMessage, res: ServerResponse, limits: BodyLimits): Promise<boolean> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return true;
  const header = req.headers['content-length'];
  const declared = header === undefined ? undefined : /^\d{1,15}$/.test(header) ? Number(header) : NaN;
  if (Number.isNaN(declared)) {
    refuse(res, 400, 'BAD_CONTENT_LENGTH', 'En-tête Content-Length invalide.');
    req.resume();
    return false;
  }
  const wantsMore = declared === undefined || declared > limits.maxBytes;
  const limit = wantsMore && (await limits.mayUpload(req.headers.authorization ?? null)) ? limits.uploadMaxBytes : limits.maxBytes;
  const tooLarge = () =>
    refuse(res, 413, 'BODY_TOO_LARGE', `La requête est trop volumineuse (${mebibytes(limit)} au plus).`);
  if (declared !== undefined && declared > limit) {
    tooLarge();
    res.once('finish', () => req.destroy());
    return false;
  }
  return new Promise<boolean>((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(ok);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        req.pause();
        tooLarge();
        res.once('finish', () => req.destroy());
        settle(false);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (!settled && total > 0) (req as IncomingMessage & { body?: Buffer }).body = Buffer.concat(chunks, total);
      settle(true);
    });
    req.once('error', () => settle(false));
    req.once('close', () => settle(false));
  });
}
