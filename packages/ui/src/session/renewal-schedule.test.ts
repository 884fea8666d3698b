import { describe, expect, it } from 'vitest';
import { isRefreshExpired, needsRenewal, RENEWAL_MARGIN_MS, renewalDelay } from './renewal-schedule.ts';

const now = Date.parse('2026-03-02T10:00:00+01:00');
const inMinutes = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

describe('renewal of the access token', () => {
  it('renews one minute before a fresh 15-minute token expires', () => {
    expect(RENEWAL_MARGIN_MS).toBe(60_000);
    expect(renewalDelay(inMinutes(15), now)).toBe(14 * 60_000);
    expect(needsRenewal(inMinutes(15), now)).toBe(false);
  });

  it('renews at once within the margin, or when the token already expired', () => {
    expect(renewalDelay(inMinutes(0.5), now)).toBe(0);
    expect(renewalDelay(inMinutes(-5), now)).toBe(0);
    expect(needsRenewal(inMinutes(1), now)).toBe(true);
  });

  it('reads dates with an offset and takes a custom margin', () => {
    expect(renewalDelay('2026-03-02T10:15:00+01:00', now, 5 * 60_000)).toBe(10 * 60_000);
  });

  it('treats an unreadable date as expired', () => {
    expect(renewalDelay('pas une date', now)).toBe(0);
    expect(isRefreshExpired('', now)).toBe(true);
  });

  it('never asks setTimeout for more than it can wait', () => {
    expect(renewalDelay(new Date(now + 60 * 86_400_000).toISOString(), now)).toBe(2 ** 31 - 1);
  });

  it('knows when the refresh token (12 hours) can no longer renew', () => {
    expect(isRefreshExpired(inMinutes(12 * 60), now)).toBe(false);
    expect(isRefreshExpired(inMinutes(0), now)).toBe(true);
  });
});
