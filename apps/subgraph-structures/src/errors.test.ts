import { invalidCredentials, signInLocked } from '@navette/auth';
import { describe, expect, it } from 'vitest';
import { errors } from './errors.js';

describe('the structures error catalogue', () => {
  const entries = Object.entries(errors.entries);

  it('gives every error a stable reason of its own, in SCREAMING_SNAKE_CASE', () => {
    const reasons = entries.map(([, entry]) => entry.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) expect(reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('keeps the sign-in and session reasons the gateway and the portals read', () => {
    expect(errors.invalidCredentials().extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(errors.invalidCredentials().message).toBe(invalidCredentials().message);
    expect(errors.signInLocked().extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_LOCKED' });
    expect(errors.signInLocked().message).toBe(signInLocked().message);
    expect(errors.sessionRevoked().extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
  });

  it('speaks French to the user: a sentence, dates written the French way, typographic apostrophes', () => {
    for (const [name, entry] of entries) {
      // A date for the one entry that takes one; the domain's own message for the others, passed through.
      const parameter = name === 'agreementAlreadySignedByYou' ? '2026-11-23' : 'Le texte du domaine.';
      const message = typeof entry.message === 'string' ? entry.message : entry.message(parameter);
      expect(message, name).toMatch(/^[A-ZÀ-Ý].*\.$/u);
      expect(message, name).not.toContain("'");
    }
    expect(errors.agreementAlreadySignedByYou('2026-11-23').message).toBe(
      'Vous avez déjà signé cette convention le 23/11/2026.',
    );
  });
});
