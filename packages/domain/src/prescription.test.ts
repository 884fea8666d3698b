import { describe, expect, it } from 'vitest';
import { ACCORD_BFC_IN_FORCE_FROM } from './dated-rules.js';
import {
  canPrescribe,
  mayPrescribeAs,
  PRESCRIBER_KINDS,
  RIGHTFUL_PRESCRIBER_KINDS,
  validateDiagnosisDate,
} from './prescription.js';

// accord, annexe 4 §2.1: "Seuls trois types d'acteurs sont habilités … Pôle emploi, les partenaires
// SPE (Missions Locales et Cap emploi), les prescripteurs habilités par le Préfet après avis du CDIAE"
describe('canPrescribe (accord, annexe 4 §2.1)', () => {
  it('prescripteurs de droit always may', () => {
    expect(RIGHTFUL_PRESCRIBER_KINDS).toEqual(['POLE_EMPLOI', 'MISSION_LOCALE', 'CAP_EMPLOI']);
    for (const kind of RIGHTFUL_PRESCRIBER_KINDS) {
      expect(canPrescribe({ kind }, '2024-06-01')).toEqual({ ok: true, value: 'DE_DROIT' });
    }
  });

  it('a habilité only within its habilitation, both days included', () => {
    const org = { kind: 'HABILITE', habilitations: [{ startOn: '2023-01-01', endOn: '2024-12-31' }] } as const;
    expect(canPrescribe(org, '2023-01-01')).toEqual({ ok: true, value: 'HABILITATION' });
    expect(canPrescribe(org, '2024-12-31').ok).toBe(true);
    const before = canPrescribe(org, '2022-12-31');
    expect(!before.ok && before.code).toBe('HABILITATION_NOT_STARTED');
    const after = canPrescribe(org, '2025-01-01');
    expect(!after.ok && after.code).toBe('HABILITATION_EXPIRED');
  });

  it('an open-ended or renewed habilitation', () => {
    expect(canPrescribe({ kind: 'HABILITE', habilitations: [{ startOn: '2023-01-01' }] }, '2030-01-01').ok).toBe(true);
    const renewed = {
      kind: 'HABILITE',
      habilitations: [
        { startOn: '2020-01-01', endOn: '2022-12-31' },
        { startOn: '2023-06-01', endOn: '2025-12-31' },
      ],
    } as const;
    expect(canPrescribe(renewed, '2023-03-01').ok).toBe(false);
    expect(canPrescribe(renewed, '2024-03-01').ok).toBe(true);
  });

  it('a habilité without habilitation may not', () => {
    const result = canPrescribe({ kind: 'HABILITE' }, '2024-06-01');
    expect(!result.ok && result.code).toBe('PRESCRIBER_NOT_HABILITATED');
    expect(!result.ok && result.message).toMatch(/habilitée/);
    expect(PRESCRIBER_KINDS).toContain('HABILITE');
  });
});

describe('mayPrescribeAs (annexe 4 §3 "La prescription"; seed 004: Pôle emploi orienteur, prescripteur et organisme d’agrémentation)', () => {
  it('the prescripteurs’ organisations and the agences Pôle emploi diagnose and prescribe', () => {
    expect(mayPrescribeAs('PRESCRIBER_ORGANISATION')).toEqual({ ok: true, value: 'PRESCRIBER_ORGANISATION' });
    expect(mayPrescribeAs('AGENCY')).toEqual({ ok: true, value: 'AGENCY' });
  });

  it('an SIAE, a service of the État or the comité orients at most', () => {
    for (const kind of ['SIAE', 'STATE_SERVICE', 'STEERING_COMMITTEE', '', 'agency', 'PRESCRIBER']) {
      const result = mayPrescribeAs(kind);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe('ONLY_PRESCRIBERS_PRESCRIBE');
        expect(result.message).toContain('orientez la personne');
      }
    }
  });
});

// Issue 13 "the server owns the facts": a past event recorded later is bounded by reality; the accord "entre en vigueur
// à compter de la date de sa signature" (art. 4), "Le 08 décembre 2016", and its annexe 2 lists the criteria ticked.
describe('validateDiagnosisDate (annexe 2; art. 4)', () => {
  const facts = { birthDate: '1990-05-04', accordInForceFrom: ACCORD_BFC_IN_FORCE_FROM };

  it('takes a day after the birth and since the accord, last month as well as today', () => {
    expect(validateDiagnosisDate('2026-10-23', facts)).toEqual({ ok: true, value: '2026-10-23' });
    expect(validateDiagnosisDate('2016-12-08', facts)).toEqual({ ok: true, value: '2016-12-08' });
  });

  it('refuses a day before the birth of the person', () => {
    const result = validateDiagnosisDate('1990-05-03', facts);
    expect(result).toMatchObject({ ok: false, code: 'DIAGNOSIS_BEFORE_BIRTH' });
    if (!result.ok) expect(result.message).toContain('04/05/1990');
  });

  it('refuses a day before the accord whose criteria it ticks', () => {
    const result = validateDiagnosisDate('2016-12-07', facts);
    expect(result).toMatchObject({ ok: false, code: 'DIAGNOSIS_BEFORE_ACCORD' });
    if (!result.ok) expect(result.message).toContain('08/12/2016');
  });
});
