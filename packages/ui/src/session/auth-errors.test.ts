import { describe, expect, it } from 'vitest';
import { graphQLErrorsOf, isForbidden, sessionFailureOf, signInErrorMessage } from './auth-errors.ts';

const error = (code: string, reason?: string, message = 'message') => ({
  message,
  extensions: { code, ...(reason ? { reason } : {}) },
});

describe('errors of the API', () => {
  it('reads GraphQL errors from Apollo errors, non-2xx answers and raw results', () => {
    const errors = [error('UNAUTHENTICATED', 'TOKEN_EXPIRED')];
    expect(graphQLErrorsOf({ errors })).toEqual(errors);
    expect(graphQLErrorsOf({ bodyText: JSON.stringify({ errors }) })).toEqual(errors);
    expect(graphQLErrorsOf({ bodyText: '<html>502</html>' })).toEqual([]);
    expect(graphQLErrorsOf(new TypeError('Failed to fetch'))).toEqual([]);
    expect(graphQLErrorsOf(null)).toEqual([]);
  });

  it('renews on TOKEN_EXPIRED and signs out on any other UNAUTHENTICATED', () => {
    expect(sessionFailureOf([error('UNAUTHENTICATED', 'TOKEN_EXPIRED')])).toBe('renew');
    expect(sessionFailureOf([error('UNAUTHENTICATED', 'SESSION_REVOKED')])).toBe('signed-out');
    expect(sessionFailureOf([error('UNAUTHENTICATED', 'TOKEN_INVALID')])).toBe('signed-out');
    expect(sessionFailureOf([error('UNAUTHENTICATED')])).toBe('signed-out');
    expect(
      sessionFailureOf([error('UNAUTHENTICATED', 'TOKEN_EXPIRED'), error('UNAUTHENTICATED', 'SESSION_REVOKED')]),
    ).toBe('signed-out');
  });

  it('leaves the session alone on FORBIDDEN and other errors', () => {
    expect(sessionFailureOf([error('FORBIDDEN')])).toBeNull();
    expect(sessionFailureOf([error('NOT_FOUND')])).toBeNull();
    expect(sessionFailureOf([])).toBeNull();
    expect(isForbidden({ errors: [error('FORBIDDEN')] })).toBe(true);
    expect(isForbidden({ errors: [error('UNAUTHENTICATED')] })).toBe(false);
  });

  it("shows the API's French sign-in message, and a generic one for anything else", () => {
    const wrong = 'Adresse électronique ou mot de passe incorrect.';
    expect(signInErrorMessage({ errors: [error('UNAUTHENTICATED', 'INVALID_CREDENTIALS', wrong)] })).toBe(wrong);
    expect(
      signInErrorMessage({
        bodyText: JSON.stringify({ errors: [error('UNAUTHENTICATED', 'SIGN_IN_LOCKED', 'Trop de tentatives.')] }),
      }),
    ).toBe('Trop de tentatives.');
    expect(signInErrorMessage(new TypeError('Failed to fetch'))).toMatch(/^Le service est injoignable/);
    expect(signInErrorMessage({ errors: [error('INTERNAL_SERVER_ERROR', undefined, 'SQL error at line 3')] })).toMatch(
      /^La connexion a échoué/,
    );
  });
});
