import { describe, expect, it } from 'vitest';
import { PRESCRIPTION_ACTIONS, PRESCRIPTION_STATUSES, prescriptionTransition } from './prescription-status.js';

describe('prescription status (accord, fiche 4)', () => {
  it('a SIAE answers a sent or seen fiche: accept, or refuse with a reason', () => {
    expect(prescriptionTransition('SENT', 'ACCEPT')).toEqual({ ok: true, value: 'ACCEPTED' });
    expect(prescriptionTransition('SEEN', 'REFUSE')).toEqual({ ok: true, value: 'REFUSED' });
    expect(prescriptionTransition('SENT', 'SEE')).toEqual({ ok: true, value: 'SEEN' });
  });

  it('the prescripteur withdraws only a fiche not answered yet', () => {
    expect(prescriptionTransition('SEEN', 'WITHDRAW').ok).toBe(true);
    const refused = prescriptionTransition('ACCEPTED', 'WITHDRAW');
    expect(refused).toMatchObject({ ok: false, code: 'PRESCRIPTION_TRANSITION_NOT_ALLOWED' });
    expect(refused.ok ? '' : refused.message).toBe(
      'Cette prescription est « acceptée » : elle ne peut plus être retirée.',
    );
  });

  it('hiring follows acceptance only; nothing moves a refused, withdrawn or hired fiche', () => {
    expect(prescriptionTransition('ACCEPTED', 'HIRE')).toEqual({ ok: true, value: 'HIRED' });
    for (const final of ['REFUSED', 'WITHDRAWN', 'HIRED'] as const) {
      for (const action of PRESCRIPTION_ACTIONS) expect(prescriptionTransition(final, action).ok).toBe(false);
    }
  });

  it('every status and action has a rule and a French refusal', () => {
    for (const status of PRESCRIPTION_STATUSES) {
      for (const action of PRESCRIPTION_ACTIONS) {
        const result = prescriptionTransition(status, action);
        if (!result.ok) expect(result.message).toMatch(/^Cette prescription est « .+ » : elle ne peut plus être .+\.$/);
      }
    }
  });
});
