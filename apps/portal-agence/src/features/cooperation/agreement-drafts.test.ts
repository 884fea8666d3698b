import { describe, expect, it } from 'vitest';
import { agreementDraftOf, checkAgreement, checkReferent, emptyAgreementDraft } from './agreement-drafts.ts';

describe('checkAgreement', () => {
  it('needs a start; the end is optional but not before the start', () => {
    expect(checkAgreement('s1', emptyAgreementDraft)).toEqual({
      ok: false,
      errors: { startOn: 'Indiquez la date de début de la convention.' },
    });
    const reversed = checkAgreement('s1', { ...emptyAgreementDraft, startOn: '2026-12-01', endOn: '2026-11-30' });
    expect(reversed.ok ? null : reversed.errors.endOn).toMatch(/précéder/);
    const invalid = checkAgreement('s1', { ...emptyAgreementDraft, startOn: '2026-02-30' });
    expect(invalid.ok ? null : invalid.errors.startOn).toMatch(/date valide/);
  });

  it('sends the trimmed headings and no end date when none is given', () => {
    expect(
      checkAgreement('s1', { ...emptyAgreementDraft, startOn: '2026-12-01', exitsHeading: ' Bilan partagé \n' }),
    ).toEqual({
      ok: true,
      input: {
        siaeId: 's1',
        startOn: '2026-12-01',
        endOn: null,
        prescriptionHeading: '',
        referentsHeading: '',
        offersHeading: '',
        exitsHeading: 'Bilan partagé',
      },
    });
  });

  it('fills the form with a draft being changed', () => {
    expect(agreementDraftOf({ startOn: '2026-12-01', endOn: '2027-11-30', referentsHeading: 'Un référent' })).toEqual({
      ...emptyAgreementDraft,
      startOn: '2026-12-01',
      endOn: '2027-11-30',
      referentsHeading: 'Un référent',
    });
  });
});

describe('checkReferent', () => {
  it('needs the référent’s name; the email is optional but well formed', () => {
    expect(checkReferent({ referentName: ' ', referentEmail: 'agnes@' })).toEqual({
      ok: false,
      errors: {
        referentName: 'Indiquez le nom du référent Pôle emploi.',
        referentEmail: 'L’adresse électronique doit être au format nom@domaine.fr.',
      },
    });
  });

  it('sends the référent only, tidied', () => {
    expect(checkReferent({ referentName: ' Agnès   Martin ', referentEmail: '' })).toEqual({
      ok: true,
      input: { referentName: 'Agnès Martin', referentEmail: null },
    });
  });
});
