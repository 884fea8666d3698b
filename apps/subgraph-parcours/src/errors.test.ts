import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errors, refusedByDomain, withDetails } from './errors.js';

type Name = keyof typeof errors.entries;

/** Parameters to build each entry whose message takes some (a new entry with parameters must get a line here). */
const SAMPLES: Partial<Record<Name, unknown[]>> = {
  invalidInput: ['Date de naissance', 'champ obligatoire'],
  unknownCriterion: [['NOPE', 'NADA']],
  documentUnreadable: ['bulletin.pdf'],
  documentContentMismatch: ['bulletin.pdf', 'PDF'],
  approvalRequestAlreadyDecided: ['23/11/2026', 'agrément accordé'],
  decisionDeadlinePassed: ['09/11/2026'],
  prevalidationOverlaps: ['01/12/2026'],
  contractOutsideApproval: ['01/12/2026', '30/11/2028'],
  exitAlreadyRecorded: ['interviewPlan'],
  receiptBeforeRule: ['08/12/2016'],
  approvalStartBeforeRule: ['08/12/2016'],
};

const names = Object.keys(errors.entries) as Name[];
const build = (name: Name): GraphQLError =>
  (errors[name] as (...params: unknown[]) => GraphQLError)(...(SAMPLES[name] ?? []));

// A French sentence for a user: graphql-js's or a programmer's English never reaches the portals.
const ENGLISH = /\b(the|not found|invalid|must|cannot|already|only|error|is|of)\b/i;
const FRENCH = /\b(le|la|les|de|du|des|un|une|est|pas|ou|au|aux|sur|ce|cette|vous|votre|seule?|à)\b|[’àâçéèêëîïôûù]/i;

describe('the parcours error catalogue', () => {
  it('has unique reasons in SCREAMING_SNAKE_CASE', () => {
    const reasons = names.map((name) => errors.entries[name].reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) expect(reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('gives every entry a French sentence, with its code and reason in the extensions', () => {
    for (const name of names) {
      const entry = errors.entries[name];
      if (typeof entry.message === 'function')
        expect(SAMPLES[name], `${name}: add its sample parameters`).toBeDefined();
      const error = build(name);
      expect(error.extensions, name).toEqual({ code: entry.code, reason: entry.reason });
      expect(error.message, name).toMatch(FRENCH);
      expect(error.message, name).not.toMatch(ENGLISH);
      expect(error.message, name).toMatch(/^[«A-ZÀ-Ý]/);
      expect(error.message, name).toMatch(/[.?]$/);
    }
  });

  it('keeps the reasons portals and tests rely on', () => {
    expect(errors.extensionLookupRefused().extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'EXTENSION_LOOKUP_REFUSED',
    });
    expect(errors.documentContentMismatch('a.pdf', 'PDF').extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'DOCUMENT_CONTENT_MISMATCH',
    });
    expect(errors.invalidInput('Prénom', 'champ obligatoire').message).toBe('Prénom : champ obligatoire.');
  });

  it('answers a refusal of @navette/domain with the domain’s own code as the reason', () => {
    const error = refusedByDomain(
      { code: 'BIRTH_DATE_IMPLAUSIBLE', message: 'La date de naissance n’est pas plausible.' },
      'BAD_USER_INPUT',
      { field: 'Date de naissance' },
    );
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'BIRTH_DATE_IMPLAUSIBLE',
      field: 'Date de naissance',
    });
    expect(refusedByDomain({ code: 'NOT_HABILITATED', message: 'Non habilité.' }, 'FORBIDDEN').extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_HABILITATED',
    });
  });

  it('adds facts to an error without changing its reason', () => {
    const error = withDetails(errors.decisionDeadlinePassed('09/11/2026'), { status: 'TACITLY_GRANTED' });
    expect(error.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'DECISION_DEADLINE_PASSED',
      status: 'TACITLY_GRANTED',
    });
  });
});
