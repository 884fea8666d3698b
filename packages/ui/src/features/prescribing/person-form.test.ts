import { describe, expect, it } from 'vitest';
import { emptyPerson, toPersonInput, validatePerson } from './person-form.ts';

const today = '2026-05-20';
const valid = { ...emptyPerson, firstName: 'Léa', lastName: 'Martin', birthDate: '1990-04-12' };

describe('person form', () => {
  it('asks for the name and the birth date', () => {
    expect(Object.keys(validatePerson(emptyPerson, today))).toEqual(['firstName', 'lastName', 'birthDate']);
    expect(validatePerson(valid, today)).toEqual({});
  });

  it('refuses a blank name, an impossible or future birth date', () => {
    expect(validatePerson({ ...valid, firstName: '   ' }, today).firstName).toBeDefined();
    expect(validatePerson({ ...valid, birthDate: '1990-02-30' }, today).birthDate).toMatch(/date valide/);
    expect(validatePerson({ ...valid, birthDate: '2026-05-21' }, today).birthDate).toMatch(/futur/);
  });

  it('checks the optional contact details only when given', () => {
    expect(validatePerson({ ...valid, email: 'lea.martin' }, today).email).toBeDefined();
    expect(validatePerson({ ...valid, email: 'lea@exemple.fr' }, today).email).toBeUndefined();
    expect(validatePerson({ ...valid, phone: '06 12 34' }, today).phone).toBeDefined();
    expect(validatePerson({ ...valid, phone: '+33 6 12 34 56 78' }, today).phone).toBeUndefined();
  });

  it('sends trimmed values and leaves out empty optional fields', () => {
    expect(toPersonInput({ ...valid, firstName: ' Léa ', phone: '06  12 34 56 78', rqth: true })).toEqual({
      firstName: 'Léa',
      lastName: 'Martin',
      birthDate: '1990-04-12',
      email: null,
      phone: '06 12 34 56 78',
      poleEmploiId: null,
      rqth: true,
    });
  });
});
