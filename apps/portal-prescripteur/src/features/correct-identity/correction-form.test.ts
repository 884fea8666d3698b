import { describe, expect, it } from 'vitest';
import { changedFieldCount, identityFormValues, toCorrectionInput } from './correction-form.ts';

const recorded = identityFormValues({
  firstName: 'Léa',
  lastName: 'Martn',
  birthDate: '1990-04-12',
  email: 'lea@exemple.fr',
  phone: null,
  poleEmploiId: null,
  rqth: false,
});

describe('« Corriger l’identité » form', () => {
  it('starts from the identity as recorded, empty text for what is not given', () => {
    expect(recorded).toEqual({
      firstName: 'Léa',
      lastName: 'Martn',
      birthDate: '1990-04-12',
      email: 'lea@exemple.fr',
      phone: '',
      poleEmploiId: '',
      rqth: false,
    });
  });

  it('sends only the fields changed, trimmed, and null for a field emptied', () => {
    const input = toCorrectionInput(recorded, {
      ...recorded,
      lastName: ' Martin ',
      email: '  ',
      phone: '06  12 34 56 78',
      rqth: true,
    });
    expect(input).toEqual({ lastName: 'Martin', email: null, phone: '06 12 34 56 78', rqth: true });
    expect(changedFieldCount(input)).toBe(4);
  });

  it('sends nothing when nothing changed, spaces around a value included', () => {
    const input = toCorrectionInput(recorded, { ...recorded, firstName: ' Léa ', email: 'lea@exemple.fr ' });
    expect(input).toEqual({});
    expect(changedFieldCount(input)).toBe(0);
  });
});
