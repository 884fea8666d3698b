import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_UNDER_ATTACK_THRESHOLD,
  invalidCredentials,
  isAccountUnderAttack,
  isSignInLocked,
  SIGN_IN_LOCK_THRESHOLD,
  signInDelayMs,
  signInLocked,
  signInSource,
} from './throttle.js';

describe('sign-in throttling', () => {
  it('waits nothing for the first 3 failures, then 1 s, 2 s, 4 s, capped at 8 s (under the gateway’s 10 s upstream timeout)', () => {
    const schedule = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 1000].map(signInDelayMs);
    expect(schedule).toEqual([0, 0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000]);
    expect(signInDelayMs(-1)).toBe(0);
    expect(signInDelayMs(Number.NaN)).toBe(0);
    expect(signInDelayMs(Number.POSITIVE_INFINITY)).toBe(8000);
    expect(Math.max(...schedule)).toBeLessThan(10_000);
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

describe('sign-in sources and attack signal (issue 11)', () => {
  it('counts an API client by its id, an IPv4 address as is, an IPv6 address by its /64', () => {
    expect(signInSource({ apiClientId: 'abc', ip: '203.0.113.7' })).toBe('client:abc');
    expect(signInSource({ ip: '203.0.113.7' })).toBe('ip:203.0.113.7');
    expect(signInSource({ ip: '2001:db8:0:1:aaaa::1' })).toBe('ip:2001:db8:0:1::/64');
    expect(signInSource({ ip: '2001:db8:0:1:ffff:ffff:ffff:ffff' })).toBe('ip:2001:db8:0:1::/64');
    expect(signInSource({ ip: '2001:DB8::1' })).toBe('ip:2001:db8:0:0::/64');
    expect(signInSource({ ip: '::1' })).toBe('ip:0:0:0:0::/64');
    expect(signInSource({ ip: null })).toBe('ip:unknown');
    expect(signInSource({ ip: '  ' })).toBe('ip:unknown');
  });

  it('signals an attack from 50 failures across sources, well above the lock of one source', () => {
    expect(isAccountUnderAttack(49)).toBe(false);
    expect(isAccountUnderAttack(50)).toBe(true);
    expect(isAccountUnderAttack(3, 3)).toBe(true);
    expect(ACCOUNT_UNDER_ATTACK_THRESHOLD).toBeGreaterThan(SIGN_IN_LOCK_THRESHOLD);
  });
});
