import { describe, expect, it } from 'vitest';
import { checkCtaMeeting, checkMinutes, emptyCtaMeetingDraft } from './cta-meeting-drafts.ts';

const today = '2026-11-23';

describe('a CTA meeting typed by the agent', () => {
  it('needs the day of the meeting and its agenda', () => {
    expect(checkCtaMeeting('cta-1', emptyCtaMeetingDraft, today)).toEqual({
      ok: false,
      errors: { heldOn: 'Indiquez la date de la réunion.', agenda: 'Indiquez l’ordre du jour.' },
    });
  });

  it('refuses a meeting in the future', () => {
    const result = checkCtaMeeting('cta-1', { ...emptyCtaMeetingDraft, heldOn: '2026-11-24', agenda: 'Bilan' }, today);
    expect(result).toEqual({
      ok: false,
      errors: { heldOn: 'La date de la réunion ne peut pas être dans le futur.' },
    });
  });

  it('declares the minutes sent to the CDIAE only once written, after the meeting, not in the future', () => {
    const draft = { ...emptyCtaMeetingDraft, heldOn: '2026-11-10', agenda: 'Bilan' };
    expect(checkCtaMeeting('cta-1', { ...draft, minutesSentToCdiaeOn: '2026-11-09' }, today)).toEqual({
      ok: false,
      errors: {
        minutesSentToCdiaeOn: 'La transmission au CDIAE ne peut pas précéder la réunion.',
        minutes: 'Saisissez le compte rendu avant de le déclarer transmis au CDIAE.',
      },
    });
    expect(
      checkCtaMeeting('cta-1', { ...draft, minutes: 'Relevé', minutesSentToCdiaeOn: '2026-11-30' }, today),
    ).toMatchObject({ ok: false, errors: { minutesSentToCdiaeOn: expect.stringContaining('futur') } });
  });

  it('sends what was typed, trimmed, with null for what was left empty', () => {
    const draft = {
      heldOn: '2026-11-10',
      agenda: '  Bilan 2026 et orientations 2027 ',
      participants: '',
      siaeHeadsInvited: true,
      minutes: '',
      minutesSentToCdiaeOn: '',
    };
    expect(checkCtaMeeting('cta-1', draft, today)).toEqual({
      ok: true,
      input: {
        ctaId: 'cta-1',
        heldOn: '2026-11-10',
        agenda: 'Bilan 2026 et orientations 2027',
        participants: null,
        siaeHeadsInvited: true,
        minutes: null,
        minutesSentToCdiaeOn: null,
      },
    });
  });
});

describe('the minutes sent to the CDIAE', () => {
  const meeting = { heldOn: '2026-11-10', minutes: null };

  it('asks for the minutes only when the meeting has none', () => {
    expect(checkMinutes({ on: today, minutes: ' ' }, meeting, today)).toEqual({
      ok: false,
      errors: { minutes: 'Saisissez le compte rendu avant de le déclarer transmis au CDIAE.' },
    });
    expect(checkMinutes({ on: today, minutes: 'Relevé' }, meeting, today)).toEqual({
      ok: true,
      variables: { on: today, minutes: 'Relevé' },
    });
    expect(checkMinutes({ on: today, minutes: '' }, { ...meeting, minutes: 'Déjà saisi' }, today)).toEqual({
      ok: true,
      variables: { on: today, minutes: null },
    });
  });

  it('refuses a day before the meeting or in the future', () => {
    expect(checkMinutes({ on: '2026-11-09', minutes: 'R' }, meeting, today)).toMatchObject({
      ok: false,
      errors: { on: 'La transmission au CDIAE ne peut pas précéder la réunion.' },
    });
    expect(checkMinutes({ on: '2026-11-24', minutes: 'R' }, meeting, today)).toMatchObject({
      ok: false,
      errors: { on: 'La date de transmission au CDIAE ne peut pas être dans le futur.' },
    });
  });
});
