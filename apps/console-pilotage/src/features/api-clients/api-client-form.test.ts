import { endOfDayInFrance } from '@navette/domain';
import { describe, expect, it } from 'vitest';
import { apiClientInput, emptyApiClient, inAYear, totalCalls, validateApiClient } from './api-client-form.ts';

describe('the API client form', () => {
  it('suggests an expiry a year ahead and wants a name, an organisation and a scope', () => {
    const draft = emptyApiClient('2026-12-03');
    expect(draft.expiresOn).toBe('2027-12-03');
    expect(Object.keys(validateApiClient(draft)).sort()).toEqual(['name', 'organisationId', 'scopes']);
    expect(inAYear('2028-02-29')).toBe('2029-02-28');
  });

  it('accepts empty budgets (the defaults) and refuses anything but whole numbers', () => {
    const draft = { ...emptyApiClient('2026-12-03'), name: 'Obs', organisationId: 'x', scopes: ['directory:read'] };
    expect(validateApiClient(draft)).toEqual({});
    expect(validateApiClient({ ...draft, maxCostPerOperation: '1,5', requestsPerMinute: '-3' })).toMatchObject({
      maxCostPerOperation: expect.any(String),
      requestsPerMinute: expect.any(String),
    });
    expect(validateApiClient({ ...draft, expiresOn: '2027-02-30' })).toMatchObject({ expiresOn: expect.any(String) });
  });

  it('sends the end of the chosen day in France and the budgets as numbers or null', () => {
    expect(endOfDayInFrance('2027-01-15')).toBe('2027-01-15T23:59:59+01:00');
    expect(endOfDayInFrance('2027-07-15')).toBe('2027-07-15T23:59:59+02:00');
    const draft = {
      ...emptyApiClient('2026-12-03'),
      name: ' Obs ',
      organisationId: 'id',
      scopes: ['directory:read'],
      requestsPerMinute: '60',
    };
    expect(apiClientInput(draft)).toEqual({
      name: 'Obs',
      organisationKind: 'SIAE',
      organisationId: 'id',
      scopes: ['directory:read'],
      expiresAt: '2027-12-03T23:59:59+01:00',
      maxCostPerOperation: null,
      requestsPerMinute: 60,
    });
    expect(totalCalls([{ calls: 3 }, { calls: 4 }])).toBe(7);
  });
});
