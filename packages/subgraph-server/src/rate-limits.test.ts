// The rate limiter (issue 11): rules, answers and the memory store of the embedded mode. The database store is tested
// on PostgreSQL in apps/navette/src/rate-limits.integration.test.ts.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskError } from './errors.js';
import {
  createRateLimiter,
  parseRateLimitRule,
  rateLimitedError,
  rateLimitSettingsFromEnvironment,
  throttleExtensionLookup,
} from './rate-limits.js';

async function refusal(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe('rules and answers', () => {
  it('reads <points>/<seconds> from the environment and refuses anything else', () => {
    expect(parseRateLimitRule('60/600')).toEqual({ points: 60, durationSeconds: 600 });
    expect(parseRateLimitRule(' 5 / 1 ')).toEqual({ points: 5, durationSeconds: 1 });
    for (const bad of ['', '60', '0/10', '10/0', '-1/10', '1e3/10', 'abc'])
      expect(() => parseRateLimitRule(bad)).toThrow();
    const settings = rateLimitSettingsFromEnvironment({
      NAVETTE_RATE_LIMIT_SIGN_IN: '1000/60',
      NAVETTE_RATE_LIMIT_EXTENSION_PER_IP: '',
    });
    expect(settings.signIn).toEqual({ points: 1000, durationSeconds: 60 });
    expect(settings.extensionPerIp).toEqual({ points: 60, durationSeconds: 3600 });
    expect(() => rateLimitSettingsFromEnvironment({ NAVETTE_RATE_LIMIT_IP: 'lots' })).toThrow();
  });

  it('refuses with RATE_LIMITED, HTTP 429, Retry-After in whole seconds and a French message, kept by the masking', () => {
    const error = rateLimitedError(0.2);
    expect(error.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 1,
      http: { status: 429, headers: { 'Retry-After': '1' } },
    });
    expect(error.message).toBe('Trop de requêtes en peu de temps. Réessayez dans 1 seconde.');
    expect(rateLimitedError(30).message).toBe('Trop de requêtes en peu de temps. Réessayez dans 30 secondes.');
    expect(rateLimitedError(3600).message).toBe('Trop de requêtes en peu de temps. Réessayez dans 60 minutes.');
    const masked = maskError('test', { message: error.message, extensions: { ...error.extensions } }, error);
    expect(masked.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    expect(masked.message).toBe(error.message);
  });
});

describe('memory store (embedded mode)', () => {
  it('lets `points` requests of a key through per window, refuses the next, and keeps keys apart', async () => {
    const limiter = createRateLimiter({ kind: 'memory' }, { signIn: { points: 3, durationSeconds: 60 } });
    await Promise.all([1, 2, 3].map(() => limiter.consume('signIn', 'ip:a')));
    const refused = await refusal(limiter.consume('signIn', 'ip:a'));
    expect(refused.extensions['code']).toBe('RATE_LIMITED');
    expect(Number(refused.extensions['retryAfterSeconds'])).toBeGreaterThan(0);
    expect(Number(refused.extensions['retryAfterSeconds'])).toBeLessThanOrEqual(60);
    await limiter.consume('signIn', 'ip:b');
    // Another rule on the same key has its own count.
    await limiter.consume('session', 'ip:a');
    // Several points at once (aliases) count as many.
    await limiter.consume('signIn', 'ip:c', 3);
    await refusal(limiter.consume('signIn', 'ip:c'));
  });

  it('throttles the extension look-up per SIAE and per IP; without a limiter it lets everything through', async () => {
    const limiter = createRateLimiter(
      { kind: 'memory' },
      {
        extensionPerOrganisation: { points: 2, durationSeconds: 60 },
        extensionPerIp: { points: 3, durationSeconds: 60 },
      },
    );
    await throttleExtensionLookup(limiter, { organisationId: 'siae-1', ip: '198.51.100.1' });
    await throttleExtensionLookup(limiter, { organisationId: 'siae-1', ip: '198.51.100.2' });
    await refusal(throttleExtensionLookup(limiter, { organisationId: 'siae-1', ip: '198.51.100.3' }));
    await throttleExtensionLookup(limiter, { organisationId: 'siae-2', ip: '198.51.100.1' });
    await throttleExtensionLookup(limiter, { organisationId: 'siae-3', ip: '198.51.100.1' });
    await refusal(throttleExtensionLookup(limiter, { organisationId: 'siae-4', ip: '198.51.100.1' }));
    await throttleExtensionLookup(null, { organisationId: 'siae-1', ip: null });
  });
});
