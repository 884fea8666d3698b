import { describe, expect, it } from 'vitest';
import {
  API_CLIENT_MAX_LIFETIME_MS,
  API_CLIENT_ROTATION_OVERLAP_MS,
  apiClientScopesFor,
  rotationOverlapEnd,
  validateApiClientRequest,
} from './api-clients.js';

const now = new Date('2026-03-02T10:00:00Z');
const limits = { maxCost: 10_000, maxRequestsPerMinute: 3000 };
const inAYear = new Date('2027-03-02T10:00:00Z');
const base = {
  name: 'Observatoire',
  organisationKind: 'STATE_SERVICE' as const,
  scopes: ['directory:read'],
  expiresAt: inAYear,
};

describe('API client rules (issue 15 §1)', () => {
  it('gives a client only the API scopes its organisation’s members hold', () => {
    expect(apiClientScopesFor('STATE_SERVICE')).toEqual(['directory:read', 'offers:read', 'aggregates:read']);
    // A prescriber reads no aggregates (DESIGN §4): nor does its client.
    expect(apiClientScopesFor('PRESCRIBER_ORGANISATION')).toEqual(['directory:read', 'offers:read']);
    expect(apiClientScopesFor('SIAE')).toEqual(['directory:read', 'offers:read', 'aggregates:read']);
  });

  it('refuses unknown scopes, personal-data scopes and scopes the organisation may not hold', () => {
    expect(validateApiClientRequest({ ...base, scopes: ['nope'] }, now, limits)).toMatchObject({
      code: 'SCOPE_UNKNOWN',
    });
    expect(validateApiClientRequest({ ...base, scopes: ['persons:read'] }, now, limits)).toMatchObject({
      code: 'SCOPE_NOT_ALLOWED_FOR_API_CLIENT',
    });
    expect(validateApiClientRequest({ ...base, scopes: [] }, now, limits)).toMatchObject({ code: 'SCOPES_EMPTY' });
    expect(
      validateApiClientRequest(
        { ...base, organisationKind: 'PRESCRIBER_ORGANISATION', scopes: ['aggregates:read'] },
        now,
        limits,
      ),
    ).toMatchObject({ code: 'SCOPE_NOT_ALLOWED_FOR_ORGANISATION' });
  });

  it('wants an expiry in the future, two years at most, judged by the server’s clock', () => {
    for (const expiresAt of [
      now,
      new Date(now.getTime() - 1),
      new Date(now.getTime() + API_CLIENT_MAX_LIFETIME_MS + 1),
    ]) {
      expect(validateApiClientRequest({ ...base, expiresAt }, now, limits)).toMatchObject({
        code: 'API_CLIENT_EXPIRY_INVALID',
      });
    }
    expect(validateApiClientRequest({ ...base, expiresAt: new Date(Number.NaN) }, now, limits)).toMatchObject({
      ok: false,
    });
  });

  it('bounds the budget by the limits every process enforces', () => {
    for (const budget of [
      { maxCostPerOperation: 0 },
      { maxCostPerOperation: 10_001 },
      { maxCostPerOperation: 1.5 },
      { requestsPerMinute: 3001 },
      { requestsPerMinute: -1 },
    ]) {
      expect(validateApiClientRequest({ ...base, ...budget }, now, limits)).toMatchObject({
        code: 'API_CLIENT_BUDGET_INVALID',
      });
    }
    expect(
      validateApiClientRequest(
        { ...base, name: '  Obs  ', maxCostPerOperation: 500, requestsPerMinute: 60 },
        now,
        limits,
      ),
    ).toEqual({
      ok: true,
      value: {
        name: 'Obs',
        scopes: ['directory:read'],
        expiresAt: inAYear,
        maxCostPerOperation: 500,
        requestsPerMinute: 60,
      },
    });
  });

  it('refuses an empty or overlong name', () => {
    expect(validateApiClientRequest({ ...base, name: ' ' }, now, limits)).toMatchObject({
      code: 'API_CLIENT_NAME_INVALID',
    });
    expect(validateApiClientRequest({ ...base, name: 'x'.repeat(121) }, now, limits)).toMatchObject({
      code: 'API_CLIENT_NAME_INVALID',
    });
  });

  it('ends the overlap of a rotation a week after it (ids are checked by @navette/subgraph-server isUuid)', () => {
    expect(rotationOverlapEnd(now).getTime() - now.getTime()).toBe(API_CLIENT_ROTATION_OVERLAP_MS);
  });
});
