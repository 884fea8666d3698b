import { describe, expect, it } from 'vitest';
import { IDENTITY_ASSERTION_TTL_MS, signIdentityAssertion, verifyIdentityAssertion } from './identity-assertion.js';
import { signGatewayRequest } from './gateway-signature.js';

const secret = 'a'.repeat(40);
const identity = { issuer: 'https://idp.example', subject: 'sub-1', email: 'agent@example.fr' };
const now = Date.parse('2026-12-03T10:00:00Z');

describe('identity assertions (OIDC sign-in)', () => {
  it('carries the identity, a random id and an expiry within the minute', () => {
    const token = signIdentityAssertion(secret, identity, now);
    const assertion = verifyIdentityAssertion(secret, token, now + 1_000);
    expect(assertion).toMatchObject({ ...identity, expiresAt: now + IDENTITY_ASSERTION_TTL_MS });
    expect(assertion!.id).not.toBe(
      verifyIdentityAssertion(secret, signIdentityAssertion(secret, identity, now), now)!.id,
    );
  });

  it('is refused once expired', () => {
    const token = signIdentityAssertion(secret, identity, now);
    expect(verifyIdentityAssertion(secret, token, now + IDENTITY_ASSERTION_TTL_MS)).toBeNull();
  });

  it('is refused when made with another secret, altered, or made far in the future', () => {
    const token = signIdentityAssertion(secret, identity, now);
    expect(verifyIdentityAssertion('b'.repeat(40), token, now)).toBeNull();
    const [payload, signature] = token.split('.') as [string, string];
    const altered = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), email: 'admin@example.fr' }),
    ).toString('base64url');
    expect(verifyIdentityAssertion(secret, `${altered}.${signature}`, now)).toBeNull();
    // Signed by the holder of the secret but living longer than the TTL: refused all the same.
    expect(verifyIdentityAssertion(secret, signIdentityAssertion(secret, identity, now + 3_600_000), now)).toBeNull();
    for (const junk of ['', '.', 'x.y', `${payload}.`, `${payload}.${signature}.x`, 'a'.repeat(3_000)]) {
      expect(verifyIdentityAssertion(secret, junk, now)).toBeNull();
    }
  });

  it('cannot be made from a gateway request signature', () => {
    const header = signGatewayRequest(secret, { body: 'x' }, now);
    expect(verifyIdentityAssertion(secret, header, now)).toBeNull();
  });
});
