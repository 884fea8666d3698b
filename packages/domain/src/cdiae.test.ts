// The CDIAE as an actor (issue 18 §5). Seed 000: annexe 4 §2.1 "les prescripteurs habilités par le Préfet après avis
// du CDIAE"; fiche 3 "Nombre de présentations de l'accord-cadre en CDIAE et en CTA" (annexe 1, fiche 3: "Nombre de
// présentations de l'accord cadre en CDIAE/en CTA*"); fiche 8 "comptes rendus … communiqués au CDIAE".
import { describe, expect, it } from 'vitest';
import {
  checkAccordPresentationDay,
  decideHabilitationAvis,
  habilitationAvisLabel,
  habilitationRequestSequence,
} from './cdiae.js';
import { COMPUTATIONS, evaluateMeasure, measureSpec } from './indicator-measures.js';
import { INDICATORS } from './indicators.js';

const today = '2026-12-04';
const pending = { kind: 'HABILITE' as const, avisGivenOnPendingRequest: false };

describe('the CDIAE’s avis on a habilitation request (annexe 4 §2.1: "par le Préfet après avis du CDIAE")', () => {
  it('is about the préfet’s next decision: the request after the decisions recorded', () => {
    expect(habilitationRequestSequence(0)).toBe(1);
    expect(habilitationRequestSequence(2)).toBe(3);
  });

  it('records a favorable avis on the server’s day, a défavorable one with its reason', () => {
    expect(decideHabilitationAvis(pending, { favorable: true }, today)).toEqual({
      ok: true,
      value: { favorable: true, reason: null, givenOn: today },
    });
    expect(decideHabilitationAvis(pending, { favorable: false, reason: '  Pas de diagnostic  ' }, today)).toEqual({
      ok: true,
      value: { favorable: false, reason: 'Pas de diagnostic', givenOn: today },
    });
    expect(habilitationAvisLabel(true)).toBe('Avis favorable');
  });

  it('refuses a défavorable avis without a reason, or with a reason too long', () => {
    for (const reason of [undefined, null, '', '   ']) {
      expect(decideHabilitationAvis(pending, { favorable: false, reason }, today)).toMatchObject({
        ok: false,
        code: 'HABILITATION_AVIS_REASON_REQUIRED',
      });
    }
    expect(decideHabilitationAvis(pending, { favorable: false, reason: 'x'.repeat(2_001) }, today)).toMatchObject({
      ok: false,
      code: 'HABILITATION_AVIS_REASON_TOO_LONG',
    });
  });

  it('gives one avis per request, and none on a prescripteur de droit (no habilitation needed)', () => {
    expect(
      decideHabilitationAvis({ kind: 'HABILITE', avisGivenOnPendingRequest: true }, { favorable: true }, today),
    ).toMatchObject({ ok: false, code: 'HABILITATION_AVIS_ALREADY_GIVEN' });
    for (const kind of ['POLE_EMPLOI', 'MISSION_LOCALE', 'CAP_EMPLOI'] as const) {
      expect(
        decideHabilitationAvis({ kind, avisGivenOnPendingRequest: false }, { favorable: true }, today),
      ).toMatchObject({ ok: false, code: 'HABILITATION_AVIS_NOT_NEEDED' });
    }
  });
});

describe('presentations of the accord in CDIAE (fiche 3, annexe 1)', () => {
  const signedOn = '2016-12-08'; // seed 000: the accord régional BFC, signed on 8 December 2016

  it('accepts a past session day, refuses a day to come or before the accord', () => {
    expect(checkAccordPresentationDay('2026-11-20', today, signedOn)).toEqual({ ok: true, value: '2026-11-20' });
    expect(checkAccordPresentationDay(today, today, signedOn)).toMatchObject({ ok: true });
    expect(checkAccordPresentationDay('2026-12-05', today, signedOn)).toMatchObject({
      ok: false,
      code: 'ACCORD_PRESENTATION_IN_FUTURE',
    });
    expect(checkAccordPresentationDay('2016-12-07', today, signedOn)).toMatchObject({
      ok: false,
      code: 'ACCORD_PRESENTATION_BEFORE_ACCORD',
    });
  });

  it('makes the indicator F3_ACCORD_PRESENTATIONS computed from the recorded presentations, by département', () => {
    const indicator = INDICATORS.find((i) => i.id === 'F3_ACCORD_PRESENTATIONS')!;
    expect(indicator).toMatchObject({ computable: true, inAnnex1: true, fiche: 3 });
    expect(COMPUTATIONS['F3_ACCORD_PRESENTATIONS']?.formula).toEqual({ kind: 'count', of: 'accordPresentations' });
    const facts = {
      accordPresentations: [
        { departementCode: '25', presentedOn: '2026-03-12' },
        { departementCode: '25', presentedOn: '2026-10-01' },
        { departementCode: '21', presentedOn: '2026-06-30' },
        { departementCode: '25', presentedOn: '2025-12-31' },
      ],
    };
    const values = evaluateMeasure(measureSpec('accordPresentations'), facts, { from: '2026-01-01', to: '2026-12-31' });
    expect([...values.entries()].sort()).toEqual([
      ['21|', 1],
      ['25|', 2],
    ]);
  });
});
