// OIDC sign-in (issue 15 §6): the gateway, having verified an identity at the OpenID provider (authorization code +
// PKCE, nonce, `email_verified`), asks the structures subgraph for a session with a short-lived *identity assertion*
// rather than a password. The assertion is HMAC-SHA256-signed with the secret the gateway and the subgraphs share
// (NAVETTE_SUBGRAPH_SECRET), under its own label so that it can never be mistaken for a request signature
// (gateway-signature.ts). It lives at most a minute and carries a random id that the subgraph accepts once: a client
// cannot forge one without the secret, and a copied one cannot be played again.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How long an assertion may be used after it was made. */
export const IDENTITY_ASSERTION_TTL_MS = 60_000;

const LABEL = 'navette-identity-assertion-v1';

export interface IdentityAssertion {
  /** Random id, accepted once (replays are refused). */
  id: string;
  /** The OpenID provider's issuer identifier. */
  issuer: string;
  /** The provider's subject identifier of the person. */
  subject: string;
  /** The e-mail address the provider verified. */
  email: string;
  /** Expiry, ms since epoch. */
  expiresAt: number;
}

const PAYLOAD = z.object({
  id: z.guid(),
  issuer: z.string().min(1).max(500),
  subject: z.string().min(1).max(500),
  email: z.string().min(3).max(320),
  expiresAt: z.number().int().positive(),
});

const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`${LABEL}\n${payload}`).digest('base64url');

/** Made by the gateway once the provider's answer is checked: `<base64url JSON>.<base64url HMAC>`. */
export function signIdentityAssertion(
  secret: string,
  identity: { issuer: string; subject: string; email: string },
  now: number = Date.now(),
): string {
  const assertion: IdentityAssertion = {
    id: randomUUID(),
    issuer: identity.issuer,
    subject: identity.subject,
    email: identity.email,
    expiresAt: now + IDENTITY_ASSERTION_TTL_MS,
  };
  const payload = Buffer.from(JSON.stringify(assertion)).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/**
 * The assertion, when its signature matches and it has not expired (nor claims to live longer than the TTL); null
 * otherwise. Whether it was already used is the caller's check (its id, once).
 */
export function verifyIdentityAssertion(
  secret: string,
  token: string,
  now: number = Date.now(),
): IdentityAssertion | null {
  if (token.length > 2_000) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, payload, signature] = match as unknown as [string, string, string];
  const expected = Buffer.from(mac(secret, payload), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed;
  try {
    parsed = PAYLOAD.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const assertion = parsed.data;
  if (assertion.expiresAt <= now || assertion.expiresAt > now + IDENTITY_ASSERTION_TTL_MS) return null;
  return assertion;
}
