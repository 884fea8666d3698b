// When to renew the access token (15 minutes) with the refresh token (12 hours).

/** Renew this long before the access token expires, so that no request leaves with a token about to lapse. */
export const RENEWAL_MARGIN_MS = 60_000;

/** setTimeout's largest delay (about 24.8 days); a longer one would fire at once. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

function instant(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Milliseconds to wait before renewing (0: renew now; an unreadable date counts as expired). */
export function renewalDelay(accessTokenExpiresAt: string, now: number, margin = RENEWAL_MARGIN_MS): number {
  const delay = instant(accessTokenExpiresAt) - margin - now;
  if (!(delay > 0)) return 0;
  return Math.min(delay, MAX_TIMER_DELAY_MS);
}

/** Whether the access token expires within the margin (or already has). */
export function needsRenewal(accessTokenExpiresAt: string, now: number, margin = RENEWAL_MARGIN_MS): boolean {
  return renewalDelay(accessTokenExpiresAt, now, margin) === 0;
}

/** Whether the refresh token can no longer renew the session: the user must sign in again. */
export function isRefreshExpired(refreshTokenExpiresAt: string, now: number): boolean {
  return instant(refreshTokenExpiresAt) <= now;
}
