import { createHmac } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';
import { ROLE_SCOPES, formatScopes } from './roles.js';
import {
  bearerFromAuthorizationHeader,
  createTokenIssuer,
  createTokenVerifier,
  derivePublicKeyPem,
  generateSigningKeys,
  principalFromClaims,
  TOKEN_EXPIRED_MESSAGE,
  type UserAccessClaims,
} from './tokens.js';

const keys = generateSigningKeys();
const issuer = createTokenIssuer({ privateKeyPem: keys.privateKeyPem });
const verifier = createTokenVerifier({ publicKeyPem: keys.publicKeyPem });
const NOW = new Date('2024-03-04T09:00:00Z');

const claims: UserAccessClaims = {
  kind: 'user',
  sub: 'user-1',
  sid: 'session-1',
  role: 'PRESCRIBER',
  org: 'org-1',
  orgKind: 'PRESCRIBER_ORGANISATION',
  scope: formatScopes(ROLE_SCOPES.PRESCRIBER),
  departement: '21',
};

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const parts = (token: string) => token.split('.') as [string, string, string];
const payloadOf = (token: string) => JSON.parse(Buffer.from(parts(token)[1], 'base64url').toString()) as object;

async function expectInvalid(token: string, now = NOW) {
  expect(await verifier.verifyAccessToken(token, { now })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
}

describe('signing keys', () => {
  it('generates Ed25519 PKCS#8 / SPKI PEM keys and derives the public key from the private one', () => {
    expect(keys.privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(keys.publicKeyPem).toContain('-----BEGIN PUBLIC KEY-----');
    expect(derivePublicKeyPem(keys.privateKeyPem)).toBe(keys.publicKeyPem);
    expect(() => createTokenIssuer({ privateKeyPem: keys.publicKeyPem })).toThrow();
    expect(() => createTokenVerifier({ publicKeyPem: 'not a key' })).toThrow();
  });
});

describe('access tokens', () => {
  it('round-trips the claims with EdDSA, at+jwt, issuer, audience, 15 minutes of validity', async () => {
    const issued = await issuer.issueAccessToken(claims, { now: NOW });
    expect(issued.expiresAt).toEqual(new Date('2024-03-04T09:15:00Z'));
    expect(JSON.parse(Buffer.from(parts(issued.token)[0], 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      typ: 'at+jwt',
    });
    const result = await verifier.verifyAccessToken(issued.token, { now: new Date('2024-03-04T09:14:00Z') });
    expect(result).toEqual({
      ok: true,
      value: { ...claims, iss: 'navette', aud: 'navette-api', jti: issued.jti, iat: 1709542800, exp: 1709543700 },
    });
  });

  it('refuses an expired token with TOKEN_EXPIRED and a French message', async () => {
    const { token } = await issuer.issueAccessToken(claims, { now: NOW, ttlSeconds: 60 });
    expect(await verifier.verifyAccessToken(token, { now: new Date('2024-03-04T09:01:03Z') })).toMatchObject({
      ok: true,
    });
    expect(await verifier.verifyAccessToken(token, { now: new Date('2024-03-04T09:01:06Z') })).toEqual({
      ok: false,
      code: 'TOKEN_EXPIRED',
      message: TOKEN_EXPIRED_MESSAGE,
    });
  });

  it('reads a token issued before the single spelling (orgKind PRESCRIBER_ORGANIZATION) with the new value', async () => {
    const { sub, ...rest } = claims;
    const old = await new SignJWT({ ...rest, orgKind: 'PRESCRIBER_ORGANIZATION' })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt' })
      .setIssuer('navette')
      .setAudience('navette-api')
      .setSubject(sub)
      .setJti('jti-1')
      .setIssuedAt(Math.floor(NOW.getTime() / 1000))
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 900)
      .sign(await importPKCS8(keys.privateKeyPem, 'EdDSA'));
    expect(await verifier.verifyAccessToken(old, { now: NOW })).toMatchObject({
      ok: true,
      value: { orgKind: 'PRESCRIBER_ORGANISATION', role: 'PRESCRIBER' },
    });
  });

  it('refuses a tampered payload', async () => {
    const { token } = await issuer.issueAccessToken(claims, { now: NOW });
    const [header, , signature] = parts(token);
    const forged = b64({ ...payloadOf(token), role: 'ADMIN', orgKind: 'STATE_SERVICE' });
    await expectInvalid(`${header}.${forged}.${signature}`);
    // One character of the signature changed (not its last, whose low bits base64url decoders may ignore: replacing
    // the tail with "AA" left the signature's bytes unchanged in about one run in a thousand).
    const changed = signature[10] === 'A' ? 'B' : 'A';
    await expectInvalid(`${header}.${parts(token)[1]}.${signature.slice(0, 10)}${changed}${signature.slice(11)}`);
  });

  it('refuses a token signed by another key, for another audience or from another issuer', async () => {
    const otherKeys = generateSigningKeys();
    const other = createTokenIssuer({ privateKeyPem: otherKeys.privateKeyPem });
    await expectInvalid((await other.issueAccessToken(claims, { now: NOW })).token);
    const otherAudience = createTokenIssuer({ privateKeyPem: keys.privateKeyPem, audience: 'other-api' });
    await expectInvalid((await otherAudience.issueAccessToken(claims, { now: NOW })).token);
    const otherIssuer = createTokenIssuer({ privateKeyPem: keys.privateKeyPem, issuer: 'someone' });
    await expectInvalid((await otherIssuer.issueAccessToken(claims, { now: NOW })).token);
  });

  it('refuses alg "none" and an HMAC token keyed with the public key (algorithm confusion)', async () => {
    const { token } = await issuer.issueAccessToken(claims, { now: NOW });
    const payload = parts(token)[1];
    await expectInvalid(`${b64({ alg: 'none', typ: 'at+jwt' })}.${payload}.`);
    await expectInvalid(`${b64({ alg: 'none' })}.${payload}.`);
    const hsHeader = b64({ alg: 'HS256', typ: 'at+jwt' });
    const hsSignature = createHmac('sha256', keys.publicKeyPem).update(`${hsHeader}.${payload}`).digest('base64url');
    await expectInvalid(`${hsHeader}.${payload}.${hsSignature}`);
  });

  it('refuses malformed tokens', async () => {
    for (const token of ['', 'abc', 'a.b.c', 'a.b', '...', 'x'.repeat(9000)]) await expectInvalid(token);
  });

  it('refuses to issue inconsistent claims', async () => {
    await expect(issuer.issueAccessToken({ ...claims, orgKind: 'SIAE' })).rejects.toThrow(TypeError);
    await expect(issuer.issueAccessToken({ ...claims, sid: '' })).rejects.toThrow(TypeError);
    await expect(issuer.issueAccessToken(claims, { ttlSeconds: 0 })).rejects.toThrow(TypeError);
  });
});

describe('principalFromClaims', () => {
  it('builds a user principal whose scopes never exceed its role', () => {
    expect(principalFromClaims({ ...claims, scope: 'persons:read approvals:decide audit:read' })).toEqual({
      kind: 'user',
      userId: 'user-1',
      sessionId: 'session-1',
      role: 'PRESCRIBER',
      organisationId: 'org-1',
      organisationKind: 'PRESCRIBER_ORGANISATION',
      departement: '21',
      scopes: ['persons:read'],
    });
  });

  it('builds an API client principal limited to non-personal scopes', async () => {
    const { token } = await issuer.issueAccessToken(
      { kind: 'api_client', sub: 'client-1', scope: 'offers:read persons:read aggregates:read' },
      { now: NOW },
    );
    const verified = await verifier.verifyAccessToken(token, { now: NOW });
    expect(verified.ok && principalFromClaims(verified.value)).toEqual({
      kind: 'api_client',
      clientId: 'client-1',
      scopes: ['offers:read', 'aggregates:read'],
    });
  });
});

describe('bearerFromAuthorizationHeader', () => {
  it('extracts the bearer token and ignores other schemes', () => {
    expect(bearerFromAuthorizationHeader('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerFromAuthorizationHeader('bearer nvt_client_c1.x-y_z')).toBe('nvt_client_c1.x-y_z');
    expect(bearerFromAuthorizationHeader('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerFromAuthorizationHeader('Bearer ')).toBeNull();
    expect(bearerFromAuthorizationHeader('Bearer a b')).toBeNull();
    expect(bearerFromAuthorizationHeader(undefined)).toBeNull();
  });
});
