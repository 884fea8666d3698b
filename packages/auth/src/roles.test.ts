import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  API_CLIENT_SCOPES,
  formatScopes,
  hasScope,
  isAuthenticated,
  isRoleAllowedForOrganisationKind,
  ORGANISATION_KINDS,
  ORGANISATION_KINDS_FOR_ROLE,
  parseScopes,
  PERSONAL_DATA_SCOPES,
  ROLE_FOR_ORGANISATION_KIND,
  ROLE_LABELS,
  ROLE_SCOPES,
  ROLES,
  SCOPES,
  validateApiClientScopes,
  type Principal,
} from './roles.js';

describe('roles and organisation kinds', () => {
  it('gives each organisation kind its role, consistent with the allowed kinds per role', () => {
    for (const kind of ORGANISATION_KINDS) {
      expect(isRoleAllowedForOrganisationKind(ROLE_FOR_ORGANISATION_KIND[kind], kind)).toBe(true);
    }
    expect(ROLE_FOR_ORGANISATION_KIND.PRESCRIBER_ORGANISATION).toBe('PRESCRIBER');
    expect(ROLE_FOR_ORGANISATION_KIND.STEERING_COMMITTEE).toBe('STEERING');
    expect(ORGANISATION_KINDS_FOR_ROLE.ADMIN).toEqual(['STATE_SERVICE']);
    expect(isRoleAllowedForOrganisationKind('SIAE', 'AGENCY')).toBe(false);
    expect(isRoleAllowedForOrganisationKind('ADMIN', 'SIAE')).toBe(false);
  });

  it('has a French label for every role', () => {
    for (const role of ROLES) expect(ROLE_LABELS[role].length).toBeGreaterThan(0);
    expect(ROLE_LABELS.AGENCY).toBe('Agence Pôle emploi');
  });
});

describe('scopes (DESIGN §4)', () => {
  it('grants only known scopes, each role its own role marker', () => {
    for (const role of ROLES) {
      for (const scope of ROLE_SCOPES[role]) expect(SCOPES).toContain(scope);
      expect(ROLE_SCOPES[role]).toContain(`role:${role.toLowerCase()}`);
      expect(new Set(ROLE_SCOPES[role]).size).toBe(ROLE_SCOPES[role].length);
    }
  });

  it('never gives personal data to the comité de pilotage or the État (aggregates only)', () => {
    for (const role of ['STEERING', 'STATE'] as const) {
      expect(ROLE_SCOPES[role].filter((s) => PERSONAL_DATA_SCOPES.includes(s))).toEqual([]);
      expect(ROLE_SCOPES[role]).toContain('aggregates:read');
    }
    expect(ROLE_SCOPES.PRESCRIBER).not.toContain('aggregates:read');
  });

  it('gives the CDIAE of a département no personal data, no indicators and no governance writes (issue 18 §5)', () => {
    expect(ROLE_FOR_ORGANISATION_KIND.CDIAE).toBe('CDIAE');
    expect(ROLE_SCOPES.CDIAE).toEqual(['role:cdiae', 'directory:read']);
    expect(ROLE_SCOPES.CDIAE.filter((s) => PERSONAL_DATA_SCOPES.includes(s))).toEqual([]);
  });

  it('lets only agences decide on agréments (annexe 4 §2.1) and only the administrator read the audit log', () => {
    const holders = (scope: (typeof SCOPES)[number]) => ROLES.filter((r) => ROLE_SCOPES[r].includes(scope));
    expect(holders('approvals:decide')).toEqual(['AGENCY']);
    expect(holders('audit:read')).toEqual(['ADMIN']);
    expect(holders('persons:read')).toEqual(['PRESCRIBER', 'SIAE', 'AGENCY']);
    expect(holders('accounts:manage')).toEqual(['ADMIN']);
  });

  it('can never give an API client a personal-data scope', () => {
    expect(API_CLIENT_SCOPES).toEqual(['directory:read', 'offers:read', 'aggregates:read']);
    expect(API_CLIENT_SCOPES.filter((s) => PERSONAL_DATA_SCOPES.includes(s))).toEqual([]);
    for (const scope of PERSONAL_DATA_SCOPES) {
      expect(validateApiClientScopes(['offers:read', scope])).toMatchObject({
        ok: false,
        code: 'SCOPE_NOT_ALLOWED_FOR_API_CLIENT',
      });
    }
    expect(validateApiClientScopes(['role:admin'])).toMatchObject({ ok: false });
    expect(validateApiClientScopes(['accounts:manage'])).toMatchObject({ ok: false });
    expect(validateApiClientScopes(['offers:write'])).toMatchObject({ ok: false });
    expect(validateApiClientScopes(['everything'])).toMatchObject({ ok: false, code: 'SCOPE_UNKNOWN' });
    expect(validateApiClientScopes([])).toMatchObject({ ok: false, code: 'SCOPES_EMPTY' });
    expect(validateApiClientScopes(['aggregates:read', 'offers:read', 'offers:read'])).toEqual({
      ok: true,
      value: ['offers:read', 'aggregates:read'],
    });
  });

  it('parses a scope string keeping only allowed scopes, and formats without duplicates', () => {
    expect(parseScopes('  offers:read persons:read  bogus aggregates:read', API_CLIENT_SCOPES)).toEqual([
      'offers:read',
      'aggregates:read',
    ]);
    expect(parseScopes('', API_CLIENT_SCOPES)).toEqual([]);
    expect(formatScopes(['offers:read', 'offers:read', 'aggregates:read'])).toBe('offers:read aggregates:read');
  });
});

describe('principals', () => {
  const user: Principal = {
    kind: 'user',
    userId: 'u1',
    sessionId: 's1',
    role: 'SIAE',
    organisationId: 'o1',
    organisationKind: 'SIAE',
    departement: '21',
    scopes: ROLE_SCOPES.SIAE,
  };
  const client: Principal = { kind: 'api_client', clientId: 'c1', scopes: ['offers:read'] };

  it('checks scopes and authentication', () => {
    expect(hasScope(user, 'role:siae')).toBe(true);
    expect(hasScope(user, 'approvals:decide')).toBe(false);
    expect(hasScope(client, 'offers:read')).toBe(true);
    expect(hasScope(client, 'persons:read')).toBe(false);
    expect(hasScope(ANONYMOUS, 'offers:read')).toBe(false);
    expect(isAuthenticated(user)).toBe(true);
    expect(isAuthenticated(client)).toBe(true);
    expect(isAuthenticated(ANONYMOUS)).toBe(false);
  });
});
