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

/** Bytes still drained (read and dropped, never kept) after a refusal so the client reads the answer, then cut. */
const DRAIN_BYTES = 4 * 1024 * 1024;

/**
 * Answers at once, then drops the rest of the body: a client still sending gets the answer rather than a reset
 * connection (which can lose it); past DRAIN_BYTES the connection is cut. Nothing of the body is kept or parsed.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: 400 | 413, reason: string, message: string): void {
  if (!res.headersSent) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST', reason } }] }));
  }
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) req.destroy();
  });
  req.resume();
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
    refuse(req, res, 400, 'BAD_CONTENT_LENGTH', 'En-tête Content-Length invalide.');
    return false;
  }
  const wantsMore = declared === undefined || declared > limits.maxBytes;
  const limit =
    wantsMore && (await limits.mayUpload(req.headers.authorization ?? null)) ? limits.uploadMaxBytes : limits.maxBytes;
  const tooLarge = () =>
    refuse(req, res, 413, 'BODY_TOO_LARGE', `La requête est trop volumineuse (${mebibytes(limit)} au plus).`);
  if (declared !== undefined && declared > limit) {
    tooLarge();
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
        settle(false);
        tooLarge();
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
