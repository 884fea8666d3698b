import { describe, expect, it } from 'vitest';
import { COMPUTATIONS, evaluateMeasure, measureSpec, type MeasureFacts } from './indicator-measures.js';
import { indicatorById } from './indicators.js';
import { addDays } from './iso-date.js';
import {
  lastApprovalEndDueForCheck,
  mayRecordRegistration,
  registrationCheckDueOn,
  validateRegistration,
  type RegistrationFacts,
} from './pole-emploi-registration.js';

const during: RegistrationFacts = {
  checkpoint: 'DURING_PARCOURS',
  recorder: 'SIAE',
  registered: true,
  registeredOn: '2025-03-10',
  today: '2026-01-15',
  birthDate: '1990-05-02',
  approvalEndOn: '2026-09-30',
};

describe('inscription à Pôle emploi pendant le parcours (accord, fiche 5: "Inscrire ou maintenir l\'inscription à Pôle emploi des salariés en parcours IAE")', () => {
  it('the SIAE or the agence records the situation while the agrément runs; a registration before the parcours is kept ("maintenir")', () => {
    expect(validateRegistration(during)).toMatchObject({ ok: true });
    expect(validateRegistration({ ...during, recorder: 'AGENCY' })).toMatchObject({ ok: true });
    expect(validateRegistration({ ...during, registered: false, registeredOn: null })).toMatchObject({ ok: true });
    expect(validateRegistration({ ...during, today: '2026-09-30', registeredOn: '2026-09-30' })).toMatchObject({
      ok: true,
    });
  });

  it('registered ⇔ a registration day', () => {
    expect(validateRegistration({ ...during, registeredOn: null })).toMatchObject({
      ok: false,
      code: 'REGISTRATION_DATE_REQUIRED',
    });
    expect(validateRegistration({ ...during, registered: false })).toMatchObject({
      ok: false,
      code: 'REGISTRATION_DATE_WITHOUT_REGISTRATION',
    });
  });

  it('a proposed registration day is possible: not in the future, not before the age of 16 of the person recorded', () => {
    const future = validateRegistration({ ...during, registeredOn: '2026-01-16' });
    expect(future).toMatchObject({ ok: false, code: 'REGISTRATION_DATE_IN_FUTURE' });
    expect(future.ok ? '' : future.message).toBe(
      'La date d’inscription (16/01/2026) est dans le futur : indiquez une inscription déjà faite.',
    );
    expect(validateRegistration({ ...during, registeredOn: '2006-05-01' })).toMatchObject({
      ok: false,
      code: 'REGISTRATION_DATE_BEFORE_MIN_AGE',
    });
    expect(validateRegistration({ ...during, registeredOn: '2006-05-02' })).toMatchObject({ ok: true });
  });

  it('after the agrément’s last day, the situation is the 6-month check’s (fiche 7)', () => {
    expect(validateRegistration({ ...during, today: '2026-10-01', registeredOn: '2026-02-01' })).toMatchObject({
      ok: false,
      code: 'REGISTRATION_PARCOURS_ENDED',
    });
  });
});

describe('inscription 6 mois après la fin de l’agrément (accord, fiche 7 and annexe 1: "% de personnes inscrites à PE 6 mois après la fin de leur agrément")', () => {
  const check: RegistrationFacts = {
    ...during,
    checkpoint: 'SIX_MONTHS_AFTER_END',
    recorder: 'AGENCY',
    approvalEndOn: '2025-08-31',
    today: '2026-02-28',
    registeredOn: '2025-09-15',
  };

  it('is due 6 months after the last day of the agrément (month ends clamp)', () => {
    expect(registrationCheckDueOn('2025-08-31')).toBe('2026-02-28');
    expect(registrationCheckDueOn('2025-07-15')).toBe('2026-01-15');
    expect(validateRegistration(check)).toMatchObject({ ok: true });
    expect(
      validateRegistration({ ...check, today: '2026-02-27', registeredOn: null, registered: false }),
    ).toMatchObject({ ok: false, code: 'REGISTRATION_CHECK_NOT_DUE' });
  });

  it('is recorded by the agence only (Pôle emploi, the indicator’s provider in annexe 1)', () => {
    expect(validateRegistration({ ...check, recorder: 'SIAE' })).toMatchObject({
      ok: false,
      code: 'REGISTRATION_CHECK_AGENCY_ONLY',
    });
    expect(mayRecordRegistration('SIAE', 'SIX_MONTHS_AFTER_END')).toBe(false);
    expect(mayRecordRegistration('SIAE', 'DURING_PARCOURS')).toBe(true);
    expect(mayRecordRegistration('AGENCY', 'SIX_MONTHS_AFTER_END')).toBe(true);
  });

  it('the agence’s worklist selects the ends whose check is due by one comparison: the same as registrationCheckDueOn', () => {
    for (let today = '2025-01-01'; today <= '2026-12-31'; today = addDays(today, 1)) {
      const last = lastApprovalEndDueForCheck(today);
      expect(registrationCheckDueOn(last) <= today, today).toBe(true);
      expect(registrationCheckDueOn(addDays(last, 1)) > today, today).toBe(true);
    }
  });
});

describe('the two indicators of annexe 1 are computed from the situations recorded (fiches 5 and 7)', () => {
  const cell = { departementCode: '25', siaeKind: 'ACI' as const };
  const facts: Pick<MeasureFacts, 'poleEmploiRegistrations'> = {
    poleEmploiRegistrations: [
      // in parcours on 2026-03-31, recorded before: counted
      {
        ...cell,
        checkpoint: 'DURING_PARCOURS',
        registered: true,
        checkedOn: '2026-01-10',
        approvalStartOn: '2025-06-01',
        approvalEndOn: '2027-05-31',
      },
      {
        ...cell,
        checkpoint: 'DURING_PARCOURS',
        registered: false,
        checkedOn: '2026-02-10',
        approvalStartOn: '2025-06-01',
        approvalEndOn: '2027-05-31',
      },
      // recorded after the day read: not counted
      {
        ...cell,
        checkpoint: 'DURING_PARCOURS',
        registered: true,
        checkedOn: '2026-04-02',
        approvalStartOn: '2025-06-01',
        approvalEndOn: '2027-05-31',
      },
      // agrément ended before the day read: not counted
      {
        ...cell,
        checkpoint: 'DURING_PARCOURS',
        registered: true,
        checkedOn: '2025-01-10',
        approvalStartOn: '2023-06-01',
        approvalEndOn: '2025-05-31',
      },
      // 6-month checks recorded during the period
      {
        ...cell,
        checkpoint: 'SIX_MONTHS_AFTER_END',
        registered: true,
        checkedOn: '2026-02-01',
        approvalStartOn: '2023-06-01',
        approvalEndOn: '2025-05-31',
      },
      {
        ...cell,
        checkpoint: 'SIX_MONTHS_AFTER_END',
        registered: false,
        checkedOn: '2026-03-01',
        approvalStartOn: '2023-06-01',
        approvalEndOn: '2025-08-31',
      },
      {
        ...cell,
        checkpoint: 'SIX_MONTHS_AFTER_END',
        registered: false,
        checkedOn: '2025-12-01',
        approvalStartOn: '2023-06-01',
        approvalEndOn: '2025-05-31',
      },
    ],
  };
  const period = { from: '2026-01-01', to: '2026-03-31' };
  const value = (m: Parameters<typeof measureSpec>[0]) => evaluateMeasure(measureSpec(m), facts, period).get('25|ACI');

  it('fiche 5: persons in parcours on the last day whose situation is recorded, and those registered', () => {
    expect(indicatorById('F5_PEOPLE_REGISTERED_AT_PE_RATE')?.computable).toBe(true);
    expect(COMPUTATIONS['F5_PEOPLE_REGISTERED_AT_PE_RATE']?.formula).toEqual({
      kind: 'rate',
      numerator: 'peopleInParcoursRegistered',
      denominator: 'peopleInParcoursWithRegistrationKnown',
    });
    expect(value('peopleInParcoursWithRegistrationKnown')).toBe(2);
    expect(value('peopleInParcoursRegistered')).toBe(1);
  });

  it('fiche 7: 6-month checks recorded in the period, and those registered', () => {
    expect(indicatorById('F7_REGISTERED_AT_PE_6_MONTHS_AFTER_RATE')?.computable).toBe(true);
    expect(value('registrationChecksAfterEnd')).toBe(2);
    expect(value('registeredAfterEnd')).toBe(1);
  });
});
