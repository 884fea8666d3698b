import { describe, expect, it } from 'vitest';
import { errorSummaryItems, errorSummaryTitle, hasErrors, keepReportedErrors } from './field-errors.ts';

describe('form errors', () => {
  it('tells whether a form has an error', () => {
    expect(hasErrors({})).toBe(false);
    expect(hasErrors({ name: undefined })).toBe(false);
    expect(hasErrors({ name: 'Indiquez le nom.' })).toBe(true);
  });

  it('keeps only the reported fields that still fail', () => {
    const reported = { first: 'Prénom manquant', last: 'Nom manquant' };
    const current = { last: 'Nom manquant', birth: 'Date manquante' };
    expect(keepReportedErrors<'first' | 'last' | 'birth'>(reported, current)).toEqual({ last: 'Nom manquant' });
  });

  it('lists the errors in the order of the fields, with their ids', () => {
    const ids = { first: 'prenom', last: 'nom', birth: 'naissance' } as const;
    expect(errorSummaryItems({ birth: 'B', first: 'A' }, ids)).toEqual([
      { id: 'prenom', message: 'A' },
      { id: 'naissance', message: 'B' },
    ]);
  });

  it('counts the errors in French', () => {
    expect(errorSummaryTitle(1)).toBe('Le formulaire contient 1 erreur');
    expect(errorSummaryTitle(2)).toBe('Le formulaire contient 2 erreurs');
  });
});
