/**
 * Opaque high-entropy secrets: refresh tokens and API client secrets.
 *
 * Only their SHA-256 is stored. A single fast hash is enough here because each secret holds
 * 256 random bits: nobody can enumerate them, so a slow, salted hash would add nothing.
 * argon2 (see passwords.ts) is for low-entropy secrets chosen by people — passwords.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Random bytes per secret (256 bits). */
export const OPAQUE_SECRET_BYTES = 32;
/** Length of the base64url text of {@link OPAQUE_SECRET_BYTES} bytes. */
const OPAQUE_SECRET_CHARS = 43;

/** Prefix of refresh tokens (recognisable by secret scanners and in support requests). */
export const REFRESH_TOKEN_PREFIX = 'nvt_rt_';
/** Prefix of API client credentials: `nvt_client_<clientId>.<secret>`. */
export const API_CLIENT_CREDENTIAL_PREFIX = 'nvt_client_';

const PREFIX_PATTERN = /^[a-z0-9_]{0,32}$/;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const CLIENT_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/**
 * A new secret: `prefix` followed by 32 random bytes in base64url (43 characters), e.g.
 * `generateOpaqueSecret(REFRESH_TOKEN_PREFIX)` → `nvt_rt_Vh3…`.
 */
export function generateOpaqueSecret(prefix = ''): string {
  if (!PREFIX_PATTERN.test(prefix)) throw new TypeError('Opaque secret prefix: lower case letters, digits and _ only');
  return prefix + randomBytes(OPAQUE_SECRET_BYTES).toString('base64url');
}

/** SHA-256 of the secret (whole string, prefix included), as 64 lower-case hex characters: store this. */
export function hashOpaqueSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether the secret matches a stored {@link hashOpaqueSecret}, in constant time. Never throws. */
export function opaqueSecretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashOpaqueSecret(secret), 'utf8');
  const expected = Buffer.from(storedHash.toLowerCase(), 'utf8');
  if (actual.length !== expected.length) return false;
  return timingSafeEqual(actual, expected);
}

export type ApiClientCredential = { readonly clientId: string; readonly secret: string };

/**
 * A new API client credential, shown once to its owner: `nvt_client_<clientId>.<secret>`.
 * Store `secretHash` only. `clientId` is the public id of the client (e.g. a UUID).
 */
export function createApiClientCredential(clientId: string): { credential: string; secretHash: string } {
  if (!CLIENT_ID_PATTERN.test(clientId)) throw new TypeError('API client id: letters, digits and - only (1–64)');
  const secret = generateOpaqueSecret();
  return { credential: `${API_CLIENT_CREDENTIAL_PREFIX}${clientId}.${secret}`, secretHash: hashOpaqueSecret(secret) };
}

/**
 * Splits an API client bearer `nvt_client_<clientId>.<secret>` (with or without a leading
 * `Bearer `). Returns null for anything else (then it is not an API client credential: try it
 * as an access token, or refuse). Check the secret with
 * `opaqueSecretMatches(secret, client.secretHash)`.
 */
export function parseApiClientCredential(bearer: string): ApiClientCredential | null {
  const value = bearer.startsWith('Bearer ') ? bearer.slice('Bearer '.length).trim() : bearer;
  if (!value.startsWith(API_CLIENT_CREDENTIAL_PREFIX)) return null;
  const rest = value.slice(API_CLIENT_CREDENTIAL_PREFIX.length);
  const dot = rest.indexOf('.');
  if (dot < 0) return null;
  const clientId = rest.slice(0, dot);
  const secret = rest.slice(dot + 1);
  if (!CLIENT_ID_PATTERN.test(clientId) || !SECRET_PATTERN.test(secret)) return null;
  return { clientId, secret };
}

/** Whether a string is an opaque secret with this prefix (shape only, e.g. before a lookup). */
export function isOpaqueSecret(value: string, prefix = ''): boolean {
  return (
    value.startsWith(prefix) &&
    value.length === prefix.length + OPAQUE_SECRET_CHARS &&
    SECRET_PATTERN.test(value.slice(prefix.length))
  );
}
