import { describe, expect, it } from 'vitest';
import {
  API_CLIENT_CREDENTIAL_PREFIX,
  createApiClientCredential,
  generateOpaqueSecret,
  hashOpaqueSecret,
  isOpaqueSecret,
  opaqueSecretMatches,
  parseApiClientCredential,
  REFRESH_TOKEN_PREFIX,
} from './secrets.js';

const CLIENT_ID = '3f1c2a9e-5b7d-4c1e-9a2b-8d6e4f0a1b2c';

describe('opaque secrets', () => {
  it('generates prefixed 256-bit base64url secrets, all different', () => {
    const secret = generateOpaqueSecret(REFRESH_TOKEN_PREFIX);
    expect(secret).toMatch(/^nvt_rt_[A-Za-z0-9_-]{43}$/);
    expect(generateOpaqueSecret(REFRESH_TOKEN_PREFIX)).not.toBe(secret);
    expect(isOpaqueSecret(secret, REFRESH_TOKEN_PREFIX)).toBe(true);
    expect(isOpaqueSecret(secret.slice(0, -1), REFRESH_TOKEN_PREFIX)).toBe(false);
    expect(isOpaqueSecret(secret, 'nvt_other_')).toBe(false);
    expect(generateOpaqueSecret()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(() => generateOpaqueSecret('Bad Prefix')).toThrow(TypeError);
  });

  it('hashes with SHA-256 hex and matches / mismatches in constant time', () => {
    expect(hashOpaqueSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const secret = generateOpaqueSecret(REFRESH_TOKEN_PREFIX);
    const hash = hashOpaqueSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(opaqueSecretMatches(secret, hash)).toBe(true);
    expect(opaqueSecretMatches(secret, hash.toUpperCase())).toBe(true);
    expect(opaqueSecretMatches(`${secret}x`, hash)).toBe(false);
    expect(opaqueSecretMatches(generateOpaqueSecret(REFRESH_TOKEN_PREFIX), hash)).toBe(false);
  });

  it('gives false (no exception) when the stored hash has another length', () => {
    const secret = generateOpaqueSecret();
    expect(opaqueSecretMatches(secret, '')).toBe(false);
    expect(opaqueSecretMatches(secret, hashOpaqueSecret(secret).slice(0, 63))).toBe(false);
    expect(opaqueSecretMatches(secret, `${hashOpaqueSecret(secret)}0`)).toBe(false);
  });
});

describe('API client credentials', () => {
  it('creates nvt_client_<id>.<secret>, parses it back and matches the stored hash', () => {
    const { credential, secretHash } = createApiClientCredential(CLIENT_ID);
    expect(credential.startsWith(`${API_CLIENT_CREDENTIAL_PREFIX}${CLIENT_ID}.`)).toBe(true);
    expect(credential).not.toContain(secretHash);
    const parsed = parseApiClientCredential(credential);
    expect(parsed?.clientId).toBe(CLIENT_ID);
    expect(opaqueSecretMatches(parsed?.secret ?? '', secretHash)).toBe(true);
    expect(parseApiClientCredential(`Bearer ${credential}`)).toEqual(parsed);
    expect(() => createApiClientCredential('bad id')).toThrow(TypeError);
  });

  it('returns null for anything that is not exactly a credential', () => {
    const secret = generateOpaqueSecret();
    const cases = [
      '',
      'Bearer ',
      'eyJhbGciOiJFZERTQSJ9.e30.sig',
      `nvt_rt_${secret}`,
      `nvt_client_${CLIENT_ID}`,
      `nvt_client_${CLIENT_ID}.`,
      `nvt_client_.${secret}`,
      `nvt_client_${CLIENT_ID}.${secret.slice(1)}`,
      `nvt_client_${CLIENT_ID}.${secret}x`,
      `nvt_client_${CLIENT_ID}.${secret}.${secret}`,
      `nvt_client_a_b.${secret}`,
      `nvt_client_${'a'.repeat(65)}.${secret}`,
      `NVT_CLIENT_${CLIENT_ID}.${secret}`,
    ];
    for (const bearer of cases) expect(parseApiClientCredential(bearer)).toBeNull();
    // The secret contains base64url characters only, so "-" and "_" are fine there.
    expect(parseApiClientCredential(`nvt_client_c1.${'-_'.repeat(21)}a`)).toEqual({
      clientId: 'c1',
      secret: `${'-_'.repeat(21)}a`,
    });
  });
});
