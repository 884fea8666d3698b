import { describe, expect, it } from 'vitest';
import { dateFieldError, errorSummaryItems, errorSummaryTitle, hasErrors, keepReportedErrors } from './field-errors.ts';

describe('dateFieldError', () => {
  it('asks for a required date and refuses an unreadable one', () => {
    expect(dateFieldError('', { label: 'La date de la réunion', required: true })).toBe(
      'Saisissez la date de la réunion.',
    );
    expect(dateFieldError('', { label: 'La date d’envoi', required: false })).toBeUndefined();
    expect(dateFieldError('2026-02-30', { label: 'La date d’envoi', required: false })).toBe(
      'La date d’envoi n’est pas une date valide : saisissez-la au format JJ/MM/AAAA.',
    );
    expect(dateFieldError('', { label: 'La date d’envoi', required: false, badInput: true })).toMatch(
      /pas une date valide/,
    );
    expect(dateFieldError('2026-03-12', { label: 'La date', required: true })).toBeUndefined();
  });
});

describe('keepReportedErrors', () => {
  it('keeps only the reported fields that still fail', () => {
    expect(keepReportedErrors({ a: 'x', b: 'y' }, { a: 'x2', c: 'z' })).toEqual({ a: 'x2' });
    expect(hasErrors({ a: undefined })).toBe(false);
    expect(hasErrors({ a: 'x' })).toBe(true);
  });
});

describe('errorSummaryTitle', () => {
  it('agrees in number', () => {
    expect(errorSummaryTitle(1)).toBe('Le formulaire contient 1 erreur');
    expect(errorSummaryTitle(2)).toBe('Le formulaire contient 2 erreurs');
  });
});

describe('error summary', () => {
  it('lists the errors in the order of the fields, with their ids', () => {
    const ids = { first: 'prenom', last: 'nom', birth: 'naissance' } as const;
    expect(errorSummaryItems({ birth: 'B', first: 'A' }, ids)).toEqual([
      { id: 'prenom', message: 'A' },
      { id: 'naissance', message: 'B' },
    ]);
  });
});
