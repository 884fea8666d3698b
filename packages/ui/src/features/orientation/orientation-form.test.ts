import { describe, expect, it } from 'vitest';
import { emptyOrientation, toOrientationInput, validateOrientation } from './orientation-form.ts';

describe('the orientation form (accord, annexe 4 §3)', () => {
  it('asks for the identity of a person not followed yet, the prescripteur and a reason', () => {
    expect(Object.keys(validateOrientation(emptyOrientation, true)).sort()).toEqual(
      ['birthDate', 'departement', 'firstName', 'lastName', 'prescriberId', 'reason'].sort(),
    );
    expect(Object.keys(validateOrientation(emptyOrientation, false)).sort()).toEqual(
      ['departement', 'prescriberId', 'reason'].sort(),
    );
    expect(validateOrientation({ ...emptyOrientation, reason: 'x'.repeat(1001) }, false).reason).toMatch(/1000/);
  });

  it('sends the person by id, or the identity typed', () => {
    const values = {
      ...emptyOrientation,
      firstName: ' Sam ',
      lastName: 'Durand',
      birthDate: '1990-04-12',
      prescriberId: 'p',
      reason: ' Repérage ',
    };
    expect(toOrientationInput(values, 'id-1')).toEqual({
      prescriberOrganisationId: 'p',
      reason: 'Repérage',
      personId: 'id-1',
    });
    expect(toOrientationInput(values, null)).toEqual({
      prescriberOrganisationId: 'p',
      reason: 'Repérage',
      person: { firstName: 'Sam', lastName: 'Durand', birthDate: '1990-04-12', phone: null, email: null },
    });
  });
});
