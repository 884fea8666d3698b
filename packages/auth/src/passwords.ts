/**
 * Password hashing (argon2id) and the password policy.
 *
 * Never log a password, a hash, or an object that contains one: these functions never do.
 */
import argon2 from 'argon2';
import { ok, refuse, type Result } from './result.js';

/**
 * argon2id parameters recommended by OWASP (Password Storage Cheat Sheet): m = 19 MiB,
 * t = 2, p = 1. About 40–50 ms per hash on a current server core.
 */
export const PASSWORD_HASH_PARAMETERS = Object.freeze({
  memoryCost: 19_456, // KiB
  timeCost: 2,
  parallelism: 1,
});

/** Upper bounds accepted when verifying a stored hash (a tampered row must not exhaust memory). */
const MAX_MEMORY_COST_KIB = 262_144;
const MAX_TIME_COST = 10;
const MAX_PARALLELISM = 16;

/**
 * An argon2id hash (same parameters as {@link hashPassword}) of a random secret that was
 * thrown away: no password matches it.
 *
 * When the email of a sign-in attempt is unknown, verify the submitted password against this
 * hash anyway (or use {@link verifyPasswordForSignIn}), then answer with the same generic
 * error as for a wrong password: both paths then cost one argon2 verification, so the
 * response time does not reveal which emails have an account.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,p=1,t=2$W5CnmUpyLd20uLYvf+xdbQ$iVDFpHDwNJ7pRhGNJz42FQ7K22aIFc4r9vNyVR+lX68';

/** Unicode NFC, so that the same password typed on different systems gives the same bytes. */
function normalise(plain: string): string {
  return plain.normalize('NFC');
}

/** Hashes a password with argon2id (PHC string `$argon2id$v=19$m=19456,p=1,t=2$…`). */
export async function hashPassword(plain: string): Promise<string> {
  return argon2.hash(normalise(plain), { type: argon2.argon2id, ...PASSWORD_HASH_PARAMETERS });
}

type Argon2Parameters = { memoryCost: number; timeCost: number; parallelism: number; version: number };

/** Reads the algorithm and parameters of an argon2id PHC string; null when it is not one. */
function readArgon2idParameters(hash: string): Argon2Parameters | null {
  const parts = hash.split('$');
  // ['', 'argon2id', 'v=19', 'm=…,p=…,t=…', salt, hash]
  if (parts.length !== 6 || parts[0] !== '' || parts[1] !== 'argon2id') return null;
  const version = /^v=(\d{1,3})$/.exec(parts[2] ?? '');
  if (!version) return null;
  const params = new Map<string, number>();
  for (const pair of (parts[3] ?? '').split(',')) {
    const match = /^([mtp])=(\d{1,10})$/.exec(pair);
    if (!match) return null;
    params.set(match[1] as string, Number(match[2]));
  }
  const memoryCost = params.get('m');
  const timeCost = params.get('t');
  const parallelism = params.get('p');
  if (memoryCost === undefined || timeCost === undefined || parallelism === undefined) return null;
  if (!/^[A-Za-z0-9+/]{8,}$/.test(parts[4] ?? '') || !/^[A-Za-z0-9+/]{16,}$/.test(parts[5] ?? '')) return null;
  return { memoryCost, timeCost, parallelism, version: Number(version[1]) };
}

/**
 * Whether the password matches the stored hash. Never throws: a malformed, non-argon2id or
 * unreasonably expensive hash gives `false`.
 */
export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  const params = readArgon2idParameters(hash);
  if (
    params === null ||
    params.memoryCost > MAX_MEMORY_COST_KIB ||
    params.timeCost > MAX_TIME_COST ||
    params.parallelism > MAX_PARALLELISM
  ) {
    return false;
  }
  try {
    return await argon2.verify(hash, normalise(plain));
  } catch {
    return false;
  }
}

/**
 * Sign-in check with the same cost whether the account exists or not: pass the stored hash,
 * or `null`/`undefined` when the email is unknown (the password is then verified against
 * {@link DUMMY_PASSWORD_HASH} and the answer is always `false`).
 */
export async function verifyPasswordForSignIn(storedHash: string | null | undefined, plain: string): Promise<boolean> {
  const matches = await verifyPassword(storedHash ?? DUMMY_PASSWORD_HASH, plain);
  return matches && storedHash !== null && storedHash !== undefined;
}

/**
 * Whether a stored hash should be replaced by a new {@link hashPassword} (another algorithm,
 * older parameters, or unreadable). Call after a successful sign-in, while the plain password
 * is at hand, and store the new hash.
 */
export function passwordNeedsRehash(hash: string): boolean {
  const params = readArgon2idParameters(hash);
  if (params === null) return true;
  return (
    params.version !== 0x13 ||
    params.memoryCost !== PASSWORD_HASH_PARAMETERS.memoryCost ||
    params.timeCost !== PASSWORD_HASH_PARAMETERS.timeCost ||
    params.parallelism !== PASSWORD_HASH_PARAMETERS.parallelism
  );
}

export const PASSWORD_MIN_LENGTH = 12;
/** Passwords of this length need upper case, lower case and digits, but no special character. */
export const PASSWORD_LONG_LENGTH = 14;
/** Generous upper bound (a passphrase fits), so that hashing cost stays bounded. */
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRefusal = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_WEAK';

const POLICY_MESSAGE =
  'Le mot de passe doit comporter au moins 12 caractères avec des majuscules, des minuscules, des chiffres et ' +
  'des caractères spéciaux, ou au moins 14 caractères avec des majuscules, des minuscules et des chiffres.';

/**
 * Password policy for a new password, after the CNIL recommendation (délibération
 * n° 2022-100): at least 12 characters mixing upper case, lower case, digits and special
 * characters, or at least 14 characters mixing upper case, lower case and digits.
 * A passphrase (letters and spaces) of 14+ characters with one capital and one digit passes.
 * Also refuses passwords made of fewer than 5 distinct characters ("Aa1!Aa1!Aa1!").
 * Length counts Unicode code points; the value returned is the NFC-normalised password.
 */
export function validateNewPassword(plain: string): Result<string, PasswordRefusal> {
  const password = normalise(plain);
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) {
    return refuse('PASSWORD_TOO_SHORT', `Le mot de passe est trop court. ${POLICY_MESSAGE}`);
  }
  if (chars.length > PASSWORD_MAX_LENGTH) {
    return refuse('PASSWORD_TOO_LONG', `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`);
  }
  const upper = /\p{Lu}/u.test(password);
  const lower = /\p{Ll}/u.test(password);
  const digit = /\p{Nd}/u.test(password);
  const special = /[^\p{L}\p{Nd}]/u.test(password);
  const strongEnough =
    chars.length >= PASSWORD_LONG_LENGTH ? upper && lower && digit : upper && lower && digit && special;
  if (!strongEnough || new Set(chars).size < 5) {
    return refuse('PASSWORD_TOO_WEAK', `Le mot de passe est trop simple. ${POLICY_MESSAGE}`);
  }
  return ok(password);
}
