import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  dateInput,
  isCalendarDate,
  optionalDateInput,
  optionalTextInput,
  refusalError,
  textInput,
} from './use-case-inputs.js';
import { defineErrorCatalogue, parseInput } from './use-cases.js';

const refusedWith = (run: () => unknown): GraphQLError => {
  try {
    run();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('not refused');
};

describe('shared input schemas', () => {
  const schema = z.object({
    heldOn: dateInput(),
    sentOn: optionalDateInput(),
    agenda: textInput(20),
    minutes: optionalTextInput(10_000),
  });
  const labels = {
    heldOn: 'Date de la réunion',
    sentOn: 'Date d’envoi',
    agenda: 'Ordre du jour',
    minutes: 'Compte rendu',
  };
  const valid = { heldOn: '2026-03-12', agenda: '  Bilan ' };

  it('trims texts and turns missing or blank optional values into null', () => {
    expect(parseInput(schema, { ...valid, sentOn: '', minutes: '   ' }, labels)).toEqual({
      heldOn: '2026-03-12',
      sentOn: null,
      agenda: 'Bilan',
      minutes: null,
    });
  });

  it('refuses in the words of the form, with the reason INVALID_INPUT', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ heldOn: '2026-02-30' }, 'Date de la réunion : date invalide (format attendu AAAA-MM-JJ).'],
      [{ heldOn: '' }, 'Date de la réunion : champ obligatoire.'],
      [{ sentOn: '12/03/2026' }, 'Date d’envoi : date invalide (format attendu AAAA-MM-JJ).'],
      [{ agenda: '   ' }, 'Ordre du jour : champ obligatoire.'],
      [{ agenda: 'x'.repeat(21) }, 'Ordre du jour : 20 caractères au plus.'],
      [{ minutes: 'x'.repeat(10_001) }, 'Compte rendu : 10 000 caractères au plus.'],
    ];
    for (const [change, message] of cases) {
      const error = refusedWith(() => parseInput(schema, { ...valid, ...change }, labels));
      expect(error.message, JSON.stringify(change).slice(0, 40)).toBe(message);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    }
  });

  it('knows the calendar', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-1-01')).toBe(false);
  });
});

describe('refusalError', () => {
  const errors = defineErrorCatalogue({
    outside: { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_OUTSIDE_PARCOURS', message: (text: string) => text },
    overlap: { code: 'CONFLICT', reason: 'AGREEMENT_OVERLAPS_ANOTHER', message: (text: string) => text },
  });

  it('raises the entry whose reason is the refusal code, with the domain message', () => {
    const error = refusalError(errors, {
      code: 'AGREEMENT_OVERLAPS_ANOTHER',
      message: 'Une convention signée couvre déjà la période.',
    });
    expect(error.message).toBe('Une convention signée couvre déjà la période.');
    expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'AGREEMENT_OVERLAPS_ANOTHER' });
  });
});
