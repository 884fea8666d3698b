// Subgraphs trust only the gateway (issue 11 §3): every gateway → subgraph request carries an HMAC-SHA256 signature,
// made with a secret shared by the gateway and the subgraphs only, over the time, the caller's Authorization header
// and the body. A subgraph refuses a request without a fresh signature before reading its body, and checks the
// signature against the raw body before parsing it. Hive Gateway's own HMAC plugin signs inside the JSON body, which a
// subgraph can only check after reading and parsing it, hence this header.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const GATEWAY_SIGNATURE_HEADER = 'x-navette-gateway-signature';

/** How far the signature's time may be from the subgraph's clock (both run on the operator's machines). */
export const GATEWAY_SIGNATURE_MAX_SKEW_MS = 60_000;

/** A random secret for a gateway and its subgraphs started in one process (embedded mode, tests). */
export function generateGatewaySecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The secret must be long enough to resist guessing: 32 characters or more. */
export function checkGatewaySecret(secret: string): string {
  if (secret.length < 32) throw new Error('The gateway secret (NAVETTE_SUBGRAPH_SECRET) must be at least 32 characters long');
  return secret;
}

const sha256 = (value: string | Uint8Array) => createHash('sha256').update(value).digest('hex');

function mac(secret: string, timestamp: string, authorization: string, body: string | Uint8Array): string {
  return createHmac('sha256', secret)
    .update(`v1\n${timestamp}\n${sha256(authorization)}\n${sha256(body)}`)
    .digest('hex');
}

/** The header value the gateway sends: `t=<ms since epoch>,v1=<hex HMAC>`. */
export function signGatewayRequest(
  secret: string,
  request: { authorization?: string | null; body: string | Uint8Array },
  now: number = Date.now(),
): string {
  const timestamp = String(now);
  return `t=${timestamp},v1=${mac(secret, timestamp, request.authorization ?? '', request.body)}`;
}

function parseHeader(value: string | string[] | undefined): { timestamp: string; signature: string } | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  const match = /^t=(\d{1,15}),v1=([0-9a-f]{64})$/.exec(value);
  return match ? { timestamp: match[1]!, signature: match[2]! } : null;
}

/** Requests whose signature was checked: their caller went through the gateway's own authentication. */
const signedRequests = new WeakSet<IncomingMessage>();

/** Whether this request came from the gateway (its signature was checked against its body). */
export function isSignedByGateway(request: IncomingMessage): boolean {
  return signedRequests.has(request);
}

const REFUSAL = JSON.stringify({
  errors: [
    {
      message: 'Ce service interne n’accepte que les requêtes de la passerelle Navette.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'GATEWAY_SIGNATURE_REQUIRED' },
    },
  ],
});

/** Answers 401 and closes the connection, so that an unsigned caller's body is never read. */
export function refuseUnsigned(res: ServerResponse): void {
  res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', connection: 'close' }).end(REFUSAL);
}

export class GatewaySignatureError extends Error {
  constructor() {
    super('Invalid gateway signature');
  }
}

export interface GatewaySignatureCheck {
  /** Before the body: the header is there, well formed and fresh. */
  precheck(req: IncomingMessage, now?: number): boolean;
  /** With the raw body (express.json's `verify`): throws {@link GatewaySignatureError} when it does not match. */
  verify(req: IncomingMessage, body: Buffer): void;
}

export function createGatewaySignatureCheck(secret: string): GatewaySignatureCheck {
  checkGatewaySecret(secret);
  return {
    precheck(req, now = Date.now()) {
      const parsed = parseHeader(req.headers[GATEWAY_SIGNATURE_HEADER]);
      return parsed !== null && Math.abs(now - Number(parsed.timestamp)) <= GATEWAY_SIGNATURE_MAX_SKEW_MS;
    },
    verify(req, body) {
      const parsed = parseHeader(req.headers[GATEWAY_SIGNATURE_HEADER]);
      if (!parsed) throw new GatewaySignatureError();
      const authorization = req.headers.authorization ?? '';
      const expected = Buffer.from(mac(secret, parsed.timestamp, authorization, body), 'hex');
      const given = Buffer.from(parsed.signature, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new GatewaySignatureError();
      signedRequests.add(req);
    },
  };
}
