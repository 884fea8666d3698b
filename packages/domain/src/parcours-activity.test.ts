import { describe, expect, it } from 'vitest';
import { validateParcoursActivity } from './parcours-activity.js';

const approval = { startOn: '2026-01-05', endOn: '2028-01-04' };

describe('activities during the parcours (accord, fiches 5, 6, 7)', () => {
  it('accepts a training within the agrément, both ends included', () => {
    expect(
      validateParcoursActivity({ startOn: '2026-01-05', endOn: '2028-01-04', hours: 35 }, approval, 'La formation').ok,
    ).toBe(true);
  });

  it('refuses dates in the wrong order, outside the parcours, or hours out of bounds, with a French message', () => {
    expect(validateParcoursActivity({ startOn: '2026-03-10', endOn: '2026-03-01' }, approval, 'La PMSMP')).toEqual({
      ok: false,
      code: 'ACTIVITY_DATES_OUT_OF_ORDER',
      message: 'La PMSMP : la date de fin (01/03/2026) précède la date de début (10/03/2026).',
    });
    expect(
      validateParcoursActivity({ startOn: '2026-01-04', endOn: '2026-01-10' }, approval, 'La formation'),
    ).toMatchObject({
      code: 'ACTIVITY_OUTSIDE_PARCOURS',
      message: 'La formation doit se dérouler pendant le parcours, du 05/01/2026 au 04/01/2028.',
    });
    expect(
      validateParcoursActivity({ startOn: '2026-02-01', endOn: '2026-02-02', hours: 0 }, approval, 'La formation'),
    ).toMatchObject({
      code: 'ACTIVITY_HOURS_INVALID',
    });
    expect(
      validateParcoursActivity({ startOn: '2026-02-01', endOn: '2026-02-02', hours: 2001 }, approval, 'La formation')
        .ok,
    ).toBe(false);
  });
});
