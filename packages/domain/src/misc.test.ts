import { describe, expect, it } from 'vitest';
import { ageOn } from './age.js';
import { isDepartement } from './departement.js';
import { APPROVAL_REFUSAL_REASONS, SIAE_REFUSAL_REASONS } from './refusal-reasons.js';
import { ok, refuse } from './result.js';
import { isSiaeKind, SIAE_KINDS } from './siae.js';

describe('Result helpers (package convention)', () => {
  it('builds ok and refusal values', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(refuse('X', 'Motif')).toEqual({ ok: false, code: 'X', message: 'Motif' });
  });
});

describe('ageOn (accord, annexe 4 §2.2.6: "personnes de 50 ans et plus")', () => {
  it('counts whole years, a 29 February birthday falling on 1 March in common years', () => {
    expect(ageOn('1974-06-15', '2024-06-15')).toBe(50);
    expect(ageOn('1974-06-15', '2024-06-14')).toBe(49);
    expect(ageOn('1976-02-29', '2026-02-28')).toBe(49);
    expect(ageOn('1976-02-29', '2026-03-01')).toBe(50);
    expect(() => ageOn('2000-01-01', '1999-12-31')).toThrow(RangeError);
  });
});

describe('départements (INSEE codes) and SIAE kinds (accord, annexe 4 §2.2.2, §2.2.8)', () => {
  it('accepts INSEE codes of départements only', () => {
    for (const code of ['01', '21', '2A', '2B', '57', '95', '971', '976']) expect(isDepartement(code), code).toBe(true);
    for (const code of ['00', '20', '96', '975', '977', '1', 'AB', 21])
      expect(isDepartement(code), String(code)).toBe(false);
  });

  it('lists the five SIAE kinds', () => {
    expect(SIAE_KINDS).toEqual(['ACI', 'AI', 'EI', 'ETTI', 'EITI']);
    expect(isSiaeKind('ETTI')).toBe(true);
    expect(isSiaeKind('SIAE')).toBe(false);
  });
});

describe('refusal reasons (accord, fiche 4 and annexe 4 §2.2.3)', () => {
  it('have unique codes, French labels and an OTHER reason', () => {
    for (const list of [SIAE_REFUSAL_REASONS, APPROVAL_REFUSAL_REASONS]) {
      const codes = list.map((r) => r.code as string);
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes).toContain('OTHER');
      for (const r of list) expect(r.label.length).toBeGreaterThan(5);
    }
  });
});
