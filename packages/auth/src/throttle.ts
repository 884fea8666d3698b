/**
 * Slowing down repeated sign-in failures, as pure functions: the caller counts the recent
 * failures per email (in the database, over {@link SIGN_IN_FAILURE_WINDOW_SECONDS}), waits
 * {@link signInDelayMs} before answering the next attempt, and refuses every attempt while
 * {@link isSignInLocked}. A successful sign-in resets the count.
 *
 * Count failures for unknown emails too, and answer them exactly like a wrong password
 * ({@link invalidCredentials}): otherwise the delay would reveal which emails have an account.
 */
import { refuse, type Refusal } from './result.js';

/** Failures older than this do not count (15 minutes). */
export const SIGN_IN_FAILURE_WINDOW_SECONDS = 900;
/** Failures answered without delay. */
export const SIGN_IN_FREE_FAILURES = 3;
export const SIGN_IN_MAX_DELAY_MS = 30_000;
export const SIGN_IN_LOCK_THRESHOLD = 20;

/**
 * Delay before answering a sign-in attempt, given the failures already recorded in the window:
 * 0 for 0 to 3 failures, then 1 s, 2 s, 4 s, 8 s, 16 s, and 30 s from the 9th failure on.
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
