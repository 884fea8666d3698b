import { describe, expect, it } from 'vitest';
import { isFicheAction, steeringMeetingForProposal } from './working-groups.js';

// accord, article 3: the working groups "rendent compte de leurs travaux" to the comité, whose documents are
// "transmis au plus tard 10 jours avant les dates fixées".
describe('steeringMeetingForProposal (article 3)', () => {
  const meetings = [{ heldOn: '2027-06-20' }, { heldOn: '2027-01-14' }, { heldOn: '2027-01-04' }];
  it('the first comité meeting held at least 10 days after the submission', () => {
    expect(steeringMeetingForProposal('2026-12-25', meetings)).toEqual({ heldOn: '2027-01-04' });
    expect(steeringMeetingForProposal('2026-12-26', meetings)).toEqual({ heldOn: '2027-01-14' });
    expect(steeringMeetingForProposal('2027-01-04', meetings)).toEqual({ heldOn: '2027-01-14' });
  });
  it('none while no meeting is planned late enough', () => {
    expect(steeringMeetingForProposal('2027-06-11', meetings)).toBeNull();
    expect(steeringMeetingForProposal('2026-12-01', [])).toBeNull();
  });
});

describe('isFicheAction (article 1: eight fiches actions)', () => {
  it('1 to 8 only', () => {
    expect([0, 1, 6, 8, 9, 2.5].map(isFicheAction)).toEqual([false, true, true, true, false, false]);
  });
});
