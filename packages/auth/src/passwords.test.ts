import { describe, expect, it } from 'vitest';
import {
  DUMMY_PASSWORD_HASH,
  hashPassword,
  passwordNeedsRehash,
  validateNewPassword,
  verifyPassword,
  verifyPasswordForSignIn,
} from './passwords.js';

const PASSWORD = 'Fiche-navette 2024 !';

describe('hashPassword / verifyPassword (argon2id, OWASP parameters)', () => {
  it('hashes with argon2id m=19456 t=2 p=1 and a random salt, and verifies the round trip', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(hash).not.toContain(PASSWORD);
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, 'Fiche-navette 2024 ?')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
    expect(passwordNeedsRehash(hash)).toBe(false);
  });

  it('normalises Unicode (NFC): a decomposed "é" matches a composed one', async () => {
    const hash = await hashPassword('Cl\u00e9-Secr\u00e8te-42');
    expect(await verifyPassword(hash, 'Cle\u0301-Secre\u0300te-42')).toBe(true);
  });

  it('returns false, never throws, on malformed or foreign hashes', async () => {
    const malformed = [
      '',
      'abc',
      '$argon2id$',
      '$argon2id$v=19$m=19456,p=1,t=2$zz$zz',
      '$argon2id$v=19$m=1,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA',
      '$argon2id$v=19$m=4194304,p=1,t=2$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA',
      '$2b$10$abcdefghijklmnopqrstuuSBVQxJIBU2iVrQbmMi6AJIu0Yk9y3bW',
      DUMMY_PASSWORD_HASH.replace('argon2id', 'argon2i'),
    ];
    for (const hash of malformed) {
      await expect(verifyPassword(hash, PASSWORD)).resolves.toBe(false);
    }
  });

  it('detects hashes that need a rehash (older parameters, other algorithm, unreadable)', () => {
    expect(passwordNeedsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
    expect(passwordNeedsRehash('$argon2id$v=19$m=65536,p=4,t=3$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    expect(passwordNeedsRehash('$argon2id$v=19$m=19456,p=1,t=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    expect(passwordNeedsRehash('$argon2id$v=16$m=19456,p=1,t=2$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    expect(passwordNeedsRehash('$argon2i$v=19$m=19456,p=1,t=2$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    expect(passwordNeedsRehash('$2b$10$abcdefghijklmnopqrstuuSBVQxJIBU2iVrQbmMi6AJIu0Yk9y3bW')).toBe(true);
    expect(passwordNeedsRehash('not a hash')).toBe(true);
  });

  it('verifyPasswordForSignIn runs a verification even for an unknown email, and is then false', async () => {
    expect(await verifyPasswordForSignIn(null, PASSWORD)).toBe(false);
    expect(await verifyPasswordForSignIn(undefined, '')).toBe(false);
    expect(await verifyPasswordForSignIn(DUMMY_PASSWORD_HASH, PASSWORD)).toBe(false);
  });
});

describe('validateNewPassword (CNIL délibération 2022-100)', () => {
  it('accepts 12+ characters with the four classes, or 14+ with upper, lower and digits', () => {
    expect(validateNewPassword('Navette#2024')).toEqual({ ok: true, value: 'Navette#2024' });
    expect(validateNewPassword('Navette2024Dijon').ok).toBe(true);
    expect(validateNewPassword('la navette part à 8 heures De Dijon').ok).toBe(true);
    expect(validateNewPassword('Éléphant-rosé9').ok).toBe(true);
  });

  it('refuses short, one- or few-class, repetitive and overlong passwords with a French message', () => {
    const short = validateNewPassword('Nav#2024');
    expect(short).toMatchObject({ ok: false, code: 'PASSWORD_TOO_SHORT' });
    expect(!short.ok && short.message).toMatch(/au moins 12 caractères/);
    expect(validateNewPassword('Navette20245')).toMatchObject({ ok: false, code: 'PASSWORD_TOO_WEAK' });
    expect(validateNewPassword('navette#2024')).toMatchObject({ ok: false, code: 'PASSWORD_TOO_WEAK' });
    expect(validateNewPassword('aaaaaaaaaaaaaaaaaaaa')).toMatchObject({ ok: false, code: 'PASSWORD_TOO_WEAK' });
    expect(validateNewPassword('navettedijonbesancon')).toMatchObject({ ok: false, code: 'PASSWORD_TOO_WEAK' });
    expect(validateNewPassword('Aa1!Aa1!Aa1!Aa1!')).toMatchObject({ ok: false, code: 'PASSWORD_TOO_WEAK' });
    expect(validateNewPassword(`Aa1!${'x'.repeat(130)}`)).toMatchObject({ ok: false, code: 'PASSWORD_TOO_LONG' });
  });
});
