import { describe, expect, it } from 'vitest';
import { invalidCredentials, isSignInLocked, signInDelayMs, signInLocked } from './throttle.js';

describe('sign-in throttling', () => {
  it('waits nothing for the first 3 failures, then 1 s, 2 s, 4 s… capped at 30 s', () => {
    const schedule = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 1000].map(signInDelayMs);
    expect(schedule).toEqual([0, 0, 0, 0, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000]);
    expect(signInDelayMs(-1)).toBe(0);
    expect(signInDelayMs(Number.NaN)).toBe(0);
    expect(signInDelayMs(Number.POSITIVE_INFINITY)).toBe(30_000);
  });

  it('locks from the threshold on (20 by default)', () => {
    expect(isSignInLocked(19)).toBe(false);
    expect(isSignInLocked(20)).toBe(true);
    expect(isSignInLocked(4, 5)).toBe(false);
    expect(isSignInLocked(5, 5)).toBe(true);
  });

  it('answers wrong email and wrong password with one generic French error', () => {
    expect(invalidCredentials()).toEqual({
      ok: false,
      code: 'INVALID_CREDENTIALS',
      message: 'Adresse électronique ou mot de passe incorrect.',
    });
    expect(signInLocked()).toMatchObject({ ok: false, code: 'SIGN_IN_LOCKED' });
  });
});
