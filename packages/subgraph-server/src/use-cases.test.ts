import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineErrorCatalogue, parseInput } from './use-cases.js';

describe('error catalogue', () => {
  const errors = defineErrorCatalogue({
    approvalNotFound: {
      code: 'NOT_FOUND',
      reason: 'APPROVAL_NOT_FOUND',
      message: 'Agrément introuvable, ou vous n’y avez pas accès.',
    },
    deadlinePassed: {
      code: 'CONFLICT',
      reason: 'DECISION_DEADLINE_PASSED',
      message: (deadline: string) => `Le délai de décision a expiré le ${deadline}.`,
    },
  });

  it('gives the same code, reason and message wherever an error is raised', () => {
    const error = errors.deadlinePassed('12/01/2027');
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('Le délai de décision a expiré le 12/01/2027.');
    expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'DECISION_DEADLINE_PASSED' });
    expect(errors.approvalNotFound().extensions).toEqual({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
    expect(Object.keys(errors.entries)).toEqual(['approvalNotFound', 'deadlinePassed']);
  });

  it('refuses a catalogue where two errors share a reason', () => {
    expect(() =>
      defineErrorCatalogue({
        a: { code: 'NOT_FOUND', reason: 'SAME', message: 'a' },
        b: { code: 'CONFLICT', reason: 'SAME', message: 'b' },
      }),
    ).toThrow(/SAME used by both a and b/);
  });
});

describe('parseInput', () => {
  const schema = z.object({ name: z.string().trim().min(1).max(10), hours: z.number().int().min(0).max(35) });

  it('returns the parsed input', () => {
    expect(parseInput(schema, { name: '  Jeanne ', hours: 20 })).toEqual({ name: 'Jeanne', hours: 20 });
  });

  it('refuses with BAD_USER_INPUT, reason INVALID_INPUT, the field label and a French message without the value', () => {
    let caught: unknown;
    try {
      parseInput(schema, { name: 'Marguerite-Antoinette', hours: 20 }, { name: 'Nom' });
    } catch (error) {
      caught = error;
    }
    const error = caught as GraphQLError;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Nom' });
    expect(error.message).toMatch(/^Nom : trop grand/);
    expect(error.message).not.toContain('Marguerite');
  });

  it('names the field by its key when no label is given', () => {
    expect(() => parseInput(schema, { name: 'A', hours: 99 })).toThrow(/^hours : /);
  });
});
