import { describe, expect, it } from 'vitest';
import {
  documentsStatus,
  draftFromMeeting,
  emptySteeringMeeting,
  steeringMeetingInput,
  validateSteeringMeeting,
} from './steering-form.ts';

describe('validateSteeringMeeting', () => {
  it('asks for the date and the agenda, the rest being optional', () => {
    expect(validateSteeringMeeting(emptySteeringMeeting)).toEqual({
      heldOn: 'Saisissez la date de la réunion.',
      agenda: 'Saisissez l’ordre du jour.',
    });
    expect(validateSteeringMeeting({ ...emptySteeringMeeting, heldOn: '2026-03-12', agenda: 'Bilan annuel' })).toEqual(
      {},
    );
  });

  it('refuses a date the browser could not read', () => {
    const errors = validateSteeringMeeting(
      { heldOn: '2026-03-12', agenda: 'Bilan', documentsSentOn: '', minutes: '' },
      { documentsSentOn: true },
    );
    expect(errors).toEqual({
      documentsSentOn: 'La date d’envoi des documents n’est pas une date valide : saisissez-la au format JJ/MM/AAAA.',
    });
  });

  it('leaves the rules of article 3 to the API (documents sent after the meeting are not refused here)', () => {
    expect(
      validateSteeringMeeting({ heldOn: '2026-03-12', agenda: 'Bilan', documentsSentOn: '2026-03-20', minutes: '' }),
    ).toEqual({});
  });
});

describe('steeringMeetingInput', () => {
  it('trims and sends empty optional fields as null', () => {
    expect(
      steeringMeetingInput({ heldOn: '2026-03-12', agenda: '  Bilan annuel\n', documentsSentOn: '', minutes: '  ' }),
    ).toEqual({ heldOn: '2026-03-12', agenda: 'Bilan annuel', documentsSentOn: null, minutes: null });
  });
});

describe('documentsStatus', () => {
  it('reads the API’s judgement', () => {
    expect(documentsStatus({ documentsSentOn: '2026-03-01', documentsOnTime: true })).toBe('onTime');
    expect(documentsStatus({ documentsSentOn: '2026-03-10', documentsOnTime: false })).toBe('late');
    expect(documentsStatus({ documentsSentOn: null, documentsOnTime: false })).toBe('missing');
    expect(documentsStatus({ documentsSentOn: null, documentsOnTime: null })).toBe('pending');
  });
});

describe('completing a recorded meeting', () => {
  it('starts from the meeting as recorded and sends its id with the changes', () => {
    const draft = draftFromMeeting({ heldOn: '2026-10-08', agenda: 'Bilan', documentsSentOn: null, minutes: null });
    expect(draft).toEqual({ heldOn: '2026-10-08', agenda: 'Bilan', documentsSentOn: '', minutes: '' });
    expect(
      steeringMeetingInput({ ...draft, minutes: ' Compte rendu validé. ' }, 'c0ffee00-0000-4000-8000-000000000001'),
    ).toEqual({
      id: 'c0ffee00-0000-4000-8000-000000000001',
      heldOn: '2026-10-08',
      agenda: 'Bilan',
      documentsSentOn: null,
      minutes: 'Compte rendu validé.',
    });
    expect(steeringMeetingInput(draft)).not.toHaveProperty('id');
  });
});
