import { describe, expect, it } from 'vitest';
import { errors } from './errors.js';

describe('the pilotage error catalogue', () => {
  const entries = Object.entries(errors.entries);
  // Parameters as the use cases pass them: a label or a CTA's name first, then dates, a year or a code.
  const sample = (name: string, message: (...params: never[]) => string) => {
    const params: Record<string, unknown[]> = {
      invalidDate: ['Début de la période'],
      dateInFuture: ['La date de la réunion', '2026-11-24'],
      yearOutOfRange: ['Année', 2036],
      invalidDepartementCode: ['2C'],
      ctaNotLedByCaller: ['CTA du bassin de Besançon'],
      ctaMeetingAlreadyRecorded: ['CTA du bassin de Besançon', '2026-03-12'],
      amendmentTitleTaken: ['Avenant n° 1', '2026-09-01'],
      amendmentAlreadyRecorded: ['Avenant n° 1', '2026-09-01'],
      providedFigureOtherDepartement: ['le département 21'],
      workingGroupNameTaken: ['Formation des salariés'],
      workingGroupProposalAlreadySubmitted: ['Expérimentation régionale'],
      // The CDIAE's presentations of the accord (issue 18 §5): the domain's message (cdiae.ts).
      accordPresentationInFuture: ['Une présentation ne peut pas être enregistrée avant d’avoir eu lieu.'],
      accordPresentationBeforeAccord: ['L’accord a été signé le 08/12/2016 : il ne peut pas avoir été présenté avant.'],
    };
    // The provided figures' refusals carry the domain's message (provided-figures.ts).
    if (name.startsWith('provided') || name.startsWith('csv')) params[name] ??= ['Valeur : champ obligatoire.'];
    return (message as (...p: unknown[]) => string)(...(params[name] ?? ['2026-06-25', '2026-06-18']));
  };

  it('gives every error a stable reason of its own, in SCREAMING_SNAKE_CASE', () => {
    const reasons = entries.map(([, entry]) => entry.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) expect(reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('speaks French to the user: a sentence, dates written the French way, typographic apostrophes', () => {
    for (const [name, entry] of entries) {
      const message = typeof entry.message === 'string' ? entry.message : sample(name, entry.message);
      expect(message, name).toMatch(/^[A-ZÀ-Ý].*\.$/u);
      expect(message, name).not.toMatch(/'|\d{4}-\d{2}-\d{2}|undefined/);
    }
    expect(errors.minutesSentBeforeMeeting('2026-06-10', '2026-06-18').message).toBe(
      'La transmission du compte rendu au CDIAE (10/06/2026) ne peut pas précéder la réunion (18/06/2026).',
    );
  });

  it('raises the code and reason of its entry', () => {
    expect(errors.ctaNotLedByCaller('CTA du bassin de Montbéliard').extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'CTA_NOT_LED_BY_CALLER',
    });
    expect(errors.minutesAlreadySent('2026-06-18', '2026-06-25').extensions).toEqual({
      code: 'CONFLICT',
      reason: 'MINUTES_ALREADY_SENT',
    });
  });
});
