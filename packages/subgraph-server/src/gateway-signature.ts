// Subgraphs trust only the gateway (issue 11 §3): every gateway → subgraph request carries an HMAC-SHA256 signature,
// made with a secret shared by the gateway and the subgraphs only, over the time, the caller's Authorization header
// and the body. A subgraph refuses a request without a fresh signature before reading its body, and checks the
// signature against the raw body before parsing it. Hive Gateway's own HMAC plugin signs inside the JSON body, which a
// subgraph can only check after reading and parsing it, hence this header.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ORGANISATION_KINDS, ROLES, SCOPES, type Principal } from '@navette/auth';
import { z } from 'zod';

export const GATEWAY_SIGNATURE_HEADER = 'x-navette-gateway-signature';
/**
 * The caller the gateway verified (issue 16 §1: one authentication per request), base64url JSON, covered by the
 * signature: a subgraph that receives it signed skips the token check and the session read.
 */
export const GATEWAY_PRINCIPAL_HEADER = 'x-navette-principal';

/** How far the signature's time may be from the subgraph's clock (both run on the operator's machines). */
export const GATEWAY_SIGNATURE_MAX_SKEW_MS = 60_000;

/** A random secret for a gateway and its subgraphs started in one process (embedded mode, tests). */
export function generateGatewaySecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The secret must be long enough to resist guessing: 32 characters or more. */
export function checkGatewaySecret(secret: string): string {
  if (secret.length < 32)
    throw new Error('The gateway secret (NAVETTE_SUBGRAPH_SECRET) must be at least 32 characters long');
  return secret;
}

const sha256 = (value: string | Uint8Array) => createHash('sha256').update(value).digest('hex');

function mac(
  secret: string,
  timestamp: string,
  authorization: string,
  principal: string,
  body: string | Uint8Array,
): string {
  return createHmac('sha256', secret)
    .update(`v1\n${timestamp}\n${sha256(authorization)}\n${sha256(principal)}\n${sha256(body)}`)
    .digest('hex');
}

/** The principal header's value for a verified caller. */
export function encodePrincipal(principal: Principal): string {
  return Buffer.from(JSON.stringify(principal)).toString('base64url');
}

const SCOPE_LIST = z.array(z.enum(SCOPES));
const SIGNED_PRINCIPAL = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({ kind: z.literal('api_client'), clientId: z.guid(), scopes: SCOPE_LIST }),
  z.object({
    kind: z.literal('user'),
    userId: z.guid(),
    sessionId: z.guid(),
    role: z.enum(ROLES),
    organisationId: z.guid(),
    organisationKind: z.enum(ORGANISATION_KINDS),
    departement: z.string().max(3).optional(),
    scopes: SCOPE_LIST,
  }),
]);

function decodePrincipal(value: string): Principal | null {
  try {
    const parsed = SIGNED_PRINCIPAL.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The header value the gateway sends: `t=<ms since epoch>,v1=<hex HMAC>`. */
export function signGatewayRequest(
  secret: string,
  request: { authorization?: string | null; principal?: string | null; body: string | Uint8Array },
  now: number = Date.now(),
): string {
  const timestamp = String(now);
  return `t=${timestamp},v1=${mac(secret, timestamp, request.authorization ?? '', request.principal ?? '', request.body)}`;
}

function parseHeader(value: string | string[] | undefined): { timestamp: string; signature: string } | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  const match = /^t=(\d{1,15}),v1=([0-9a-f]{64})$/.exec(value);
  return match ? { timestamp: match[1]!, signature: match[2]! } : null;
}

/** Requests whose signature was checked: their caller went through the gateway's own authentication. */
const signedRequests = new WeakMap<IncomingMessage, Principal | null>();

/** Whether this request came from the gateway (its signature was checked against its body). */
export function isSignedByGateway(request: IncomingMessage): boolean {
  return signedRequests.has(request);
}

/** The caller the gateway verified and signed for this request, if it sent one. */
export function signedPrincipalOf(request: IncomingMessage): Principal | null {
  return signedRequests.get(request) ?? null;
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
      const principalHeader = req.headers[GATEWAY_PRINCIPAL_HEADER];
      const principal = typeof principalHeader === 'string' ? principalHeader : '';
      const expected = Buffer.from(mac(secret, parsed.timestamp, authorization, principal, body), 'hex');
      const given = Buffer.from(parsed.signature, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new GatewaySignatureError();
      // A signed principal that does not parse is the gateway's bug: the token is verified here instead.
      signedRequests.set(req, principal === '' ? null : decodePrincipal(principal));
    },
  };
}
