/**
 * Slowing down repeated sign-in failures, as pure functions: the caller counts the recent
 * failures per (email, source) — the source being the client's IP or the API client, see
 * {@link signInSource} — in the database, over {@link SIGN_IN_FAILURE_WINDOW_SECONDS}, waits
 * {@link signInDelayMs} before answering the next attempt from that source, and refuses every
 * attempt from that source while {@link isSignInLocked}. Another source is not slowed: a flood
 * from one address never locks the real user out (issue 11). Every attempt is counted before the
 * password is checked, atomically, so that parallel guesses are all counted; a successful
 * sign-in resets its source's count. Across sources, {@link isAccountUnderAttack} tells when to
 * warn the administrators.
 *
 * Count failures for unknown emails too, and answer them exactly like a wrong password
 * ({@link invalidCredentials}): otherwise the delay would reveal which emails have an account.
 */
import { refuse, type Refusal } from './result.js';

/** Failures older than this do not count (15 minutes). */
export const SIGN_IN_FAILURE_WINDOW_SECONDS = 900;
/** Failures answered without delay. */
export const SIGN_IN_FREE_FAILURES = 3;
/**
 * The longest wait: below the gateway's upstream timeout (10 s, apps/gateway/src/resilience.ts), so that a slowed
 * attempt gets its answer (INVALID_CREDENTIALS, then SIGN_IN_LOCKED) rather than a timeout; the lock after
 * {@link SIGN_IN_LOCK_THRESHOLD} failures is what stops a flood.
 */
export const SIGN_IN_MAX_DELAY_MS = 8_000;
export const SIGN_IN_LOCK_THRESHOLD = 20;

/**
 * Delay before answering a sign-in attempt, given the failures already recorded in the window:
 * 0 for 0 to 3 failures, then 1 s, 2 s, 4 s, and 8 s from the 7th failure on.
 */
export function signInDelayMs(recentFailures: number): number {
  if (Number.isNaN(recentFailures) || recentFailures <= SIGN_IN_FREE_FAILURES) return 0;
  const exponent = Math.floor(recentFailures) - SIGN_IN_FREE_FAILURES - 1;
  return Math.min(1000 * 2 ** Math.min(exponent, 30), SIGN_IN_MAX_DELAY_MS);
}

/** Whether sign-in is refused outright (until failures leave the window, or an administrator resets them). */
export function isSignInLocked(recentFailures: number, threshold = SIGN_IN_LOCK_THRESHOLD): boolean {
  return recentFailures >= threshold;
}

/** The one generic answer to a wrong email or a wrong password (or a disabled account). */
export function invalidCredentials(): Refusal<'INVALID_CREDENTIALS'> {
  return refuse('INVALID_CREDENTIALS', 'Adresse électronique ou mot de passe incorrect.');
}

/** The answer while {@link isSignInLocked}. */
export function signInLocked(): Refusal<'SIGN_IN_LOCKED'> {
  return refuse('SIGN_IN_LOCKED', 'Trop de tentatives de connexion ont échoué. Réessayez dans quelques minutes.');
}

/**
 * Failures on one account, from every source together, within the window, from which the account
 * counts as under attack: the administrators are told (audit ACCOUNT_UNDER_ATTACK, once per
 * window). Well above what a user mistyping from a few devices reaches (the lock of one source
 * comes at {@link SIGN_IN_LOCK_THRESHOLD}).
 */
export const ACCOUNT_UNDER_ATTACK_THRESHOLD = 50;

export function isAccountUnderAttack(recentFailures: number, threshold = ACCOUNT_UNDER_ATTACK_THRESHOLD): boolean {
  return recentFailures >= threshold;
}

/**
 * The source a sign-in failure is counted against: the API client when one is calling (its
 * requests may come from many addresses), else the client's IP address — an IPv6 address by its
 * /64 network (one subscriber holds a whole /64). `unknown` when neither is known.
 */
export function signInSource(caller: { apiClientId?: string | null; ip?: string | null }): string {
  if (caller.apiClientId) return `client:${caller.apiClientId}`;
  const ip = caller.ip?.trim();
  if (!ip) return 'ip:unknown';
  if (!ip.includes(':')) return `ip:${ip.slice(0, 64)}`;
  const [head = '', tail] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `ip:${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
