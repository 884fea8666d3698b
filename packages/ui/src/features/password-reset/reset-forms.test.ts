import { describe, expect, it } from 'vitest';
import { checkRequestDraft, checkResetDraft, resetMessages, tokenFromHash } from './reset-forms.ts';

describe('password reset forms', () => {
  it('asks for an address that looks like one', () => {
    expect(checkRequestDraft({ email: '  ' }).email).toMatch(/Saisissez l’adresse/);
    expect(checkRequestDraft({ email: 'prescripteur' }).email).toMatch(/format nom@domaine.fr/);
    expect(checkRequestDraft({ email: ' Prescripteur@Demo.Navette.fr ' })).toEqual({});
  });

  it('asks for the new password and the same confirmation', () => {
    expect(checkResetDraft({ next: '', confirmation: '' })).toEqual({ next: resetMessages.nextMissing });
    expect(checkResetDraft({ next: 'Un-mot-2027!', confirmation: 'Un-mot-2027' })).toEqual({
      confirmation: resetMessages.confirmationMismatch,
    });
    expect(checkResetDraft({ next: 'court', confirmation: 'court' })).toEqual({}); // the policy is the API's
  });

  it('reads the token from the fragment of the e-mailed link', () => {
    const token = `nvt_pr_${'a'.repeat(43)}`;
    expect(tokenFromHash(`#jeton=${token}`)).toBe(token);
    expect(tokenFromHash(`jeton=${token}`)).toBe(token);
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#jeton=')).toBeNull();
    expect(tokenFromHash('#autre=1')).toBeNull();
  });
});
