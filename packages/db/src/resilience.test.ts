// The operator's overrides of the request role's timeouts (docs/security.md, "Timeouts and bounds").
import { describe, expect, it } from 'vitest';
import { requestTimeoutsFromEnvironment, SESSION_TIMEOUTS } from './resilience.js';

describe('requestTimeoutsFromEnvironment', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(requestTimeoutsFromEnvironment({})).toEqual({});
    expect(SESSION_TIMEOUTS.request).toMatchObject({ statementMs: 5_000, lockMs: 2_000 });
  });

  it('reads milliseconds, 0 meaning none', () => {
    expect(
      requestTimeoutsFromEnvironment({ NAVETTE_DB_STATEMENT_TIMEOUT_MS: '30000', NAVETTE_DB_LOCK_TIMEOUT_MS: '0' }),
    ).toEqual({ statementMs: 30_000, lockMs: 0 });
  });

  it('stops the start on anything else, naming the variable', () => {
    for (const value of ['-1', '2s', '1e3', '600001', '1.5', 'none']) {
      expect(() => requestTimeoutsFromEnvironment({ NAVETTE_DB_LOCK_TIMEOUT_MS: value })).toThrow(
        /Configuration error: NAVETTE_DB_LOCK_TIMEOUT_MS/,
      );
    }
  });
});
