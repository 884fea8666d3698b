import { describe, expect, it } from 'vitest';
import { agreementValuesOf, emptyAgreement, toAgreementInput, validateAgreement } from './agreement-form.ts';

describe('convention form', () => {
  it('needs a start; the end is optional but not before the start', () => {
    expect(Object.keys(validateAgreement(emptyAgreement))).toEqual(['startOn']);
    expect(validateAgreement({ ...emptyAgreement, startOn: '2026-12-01' })).toEqual({});
    expect(validateAgreement({ ...emptyAgreement, startOn: '2026-12-01', endOn: '2026-12-01' })).toEqual({});
    expect(validateAgreement({ ...emptyAgreement, startOn: '2026-12-01', endOn: '2026-11-30' }).endOn).toMatch(
      /précéder/,
    );
    expect(validateAgreement({ ...emptyAgreement, startOn: '2026-02-30' }).startOn).toMatch(/date valide/);
  });

  it('sends the trimmed headings and no end date when none is given', () => {
    expect(
      toAgreementInput('s1', {
        ...emptyAgreement,
        startOn: '2026-12-01',
        prescriptionHeading: '  Validation en CTA \n',
      }),
    ).toEqual({
      siaeId: 's1',
      startOn: '2026-12-01',
      endOn: null,
      prescriptionHeading: 'Validation en CTA',
      referentsHeading: '',
      offersHeading: '',
      exitsHeading: '',
    });
  });

  it('fills the form with a draft being changed', () => {
    expect(
      agreementValuesOf({ startOn: '2026-12-01', endOn: null, offersHeading: 'Dépôt mensuel', exitsHeading: 'Bilan' }),
    ).toEqual({ ...emptyAgreement, startOn: '2026-12-01', offersHeading: 'Dépôt mensuel', exitsHeading: 'Bilan' });
  });
});
