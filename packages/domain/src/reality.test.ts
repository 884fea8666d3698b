import { describe, expect, it } from 'vitest';
import {
  CONTRACT_KINDS_BY_SIAE_KIND,
  SUSPENSION_REASON_CODES,
  surnameKey,
  validateAiPlacement,
  validateBirthDate,
  validateContract,
  validateExitDate,
  validateExitInterview,
  validateExitInterviewPlan,
  validateSuspensionReason,
} from './reality.js';
import { approvalStatusOn } from './approval-period.js';

const code = (r: { ok: boolean; code?: string }) => (r.ok ? 'OK' : r.code);

describe('validateBirthDate (Code du travail L.4153-1: no employment before 16; platform ceiling 80)', () => {
  it('accepts the ages of a parcours IAE, bounds included', () => {
    expect(code(validateBirthDate('1985-03-14', '2026-12-02'))).toBe('OK');
    expect(code(validateBirthDate('2010-12-02', '2026-12-02'))).toBe('OK'); // 16 today
    expect(code(validateBirthDate('1946-12-03', '2026-12-02'))).toBe('OK'); // 79, 80 tomorrow
  });
  it('refuses 1800, a birth in the future and a child', () => {
    expect(code(validateBirthDate('1800-01-01', '2026-12-02'))).toBe('BIRTH_DATE_IMPLAUSIBLE');
    expect(code(validateBirthDate('2027-01-01', '2026-12-02'))).toBe('BIRTH_DATE_IMPLAUSIBLE');
    expect(code(validateBirthDate('2010-12-03', '2026-12-02'))).toBe('BIRTH_DATE_IMPLAUSIBLE'); // 15
    expect(code(validateBirthDate('1945-12-01', '2026-12-02'))).toBe('BIRTH_DATE_IMPLAUSIBLE'); // 81
  });
});

describe('validateContract (contracts per SIAE kind; annexe 4 §2.2.6 "dans la limite de soixante mois")', () => {
  it('accepts each kind of SIAE its own contracts only', () => {
    expect(code(validateContract('ETTI', { kind: 'MISSION_ETTI', startOn: '2026-12-07' }))).toBe('OK');
    expect(code(validateContract('ETTI', { kind: 'CDDI', startOn: '2026-12-07' }))).toBe('CONTRACT_KIND_NOT_FOR_SIAE');
    expect(code(validateContract('ACI', { kind: 'MISSION_ETTI', startOn: '2026-12-07' }))).toBe(
      'CONTRACT_KIND_NOT_FOR_SIAE',
    );
    expect(CONTRACT_KINDS_BY_SIAE_KIND.AI).toEqual(['MISE_A_DISPOSITION_AI']);
  });
  it('§2.2.8 "personnes embauchées en AI": an EITI cannot record a mise à disposition', () => {
    expect(code(validateContract('EITI', { kind: 'MISE_A_DISPOSITION_AI', startOn: '2026-12-07' }))).toBe(
      'AI_PLACEMENT_NOT_AI',
    );
    expect(code(validateContract('AI', { kind: 'MISE_A_DISPOSITION_AI', startOn: '2026-12-07' }))).toBe('OK');
  });
  it('refuses an end in 9999 and an end before the start; 60 months is the limit, inclusive', () => {
    expect(code(validateContract('EI', { kind: 'CDDI', startOn: '2026-12-07', endOn: '9999-12-31' }))).toBe(
      'CONTRACT_TOO_LONG',
    );
    expect(code(validateContract('EI', { kind: 'CDDI', startOn: '2026-12-07', endOn: '2031-12-06' }))).toBe('OK');
    expect(code(validateContract('EI', { kind: 'CDDI', startOn: '2026-12-07', endOn: '2031-12-07' }))).toBe(
      'CONTRACT_TOO_LONG',
    );
    expect(code(validateContract('EI', { kind: 'CDDI', startOn: '2026-12-07', endOn: '2026-12-06' }))).toBe(
      'CONTRACT_DATES_OUT_OF_ORDER',
    );
  });
});

describe('validateAiPlacement (annexe 4 §2.2.8 "entre 16 et 480 heures sur 2 ans")', () => {
  const base = { startOn: '2026-12-07', endOn: '2027-06-06', marchandHoursBefore: 0 } as const;
  it('accepts 10 h non-marchand and 480 h marchand cumulated', () => {
    expect(code(validateAiPlacement({ ...base, sector: 'NON_MARCHAND', hours: 10 }))).toBe('OK');
    expect(code(validateAiPlacement({ ...base, sector: 'MARCHAND', hours: 400, marchandHoursBefore: 80 }))).toBe('OK');
  });
  it('refuses 600 h marchand, and 481 h cumulated over 2 years', () => {
    expect(code(validateAiPlacement({ ...base, sector: 'MARCHAND', hours: 600 }))).toBe('AI_HOURS_BEYOND_480');
    expect(code(validateAiPlacement({ ...base, sector: 'MARCHAND', hours: 401, marchandHoursBefore: 80 }))).toBe(
      'AI_HOURS_BEYOND_480',
    );
  });
  it('refuses more hours than 48 a week allow (Code du travail L.3121-20), and missing or non-integer hours', () => {
    expect(code(validateAiPlacement({ ...base, endOn: '2026-12-13', sector: 'NON_MARCHAND', hours: 49 }))).toBe(
      'AI_HOURS_OUT_OF_BOUNDS',
    );
    expect(code(validateAiPlacement({ ...base, endOn: '2026-12-13', sector: 'NON_MARCHAND', hours: 48 }))).toBe('OK');
    expect(code(validateAiPlacement({ ...base, sector: 'MARCHAND', hours: 0 }))).toBe('AI_HOURS_OUT_OF_BOUNDS');
    expect(code(validateAiPlacement({ ...base, sector: 'MARCHAND', hours: 2.5 }))).toBe('AI_HOURS_OUT_OF_BOUNDS');
    expect(code(validateAiPlacement({ ...base, sector: null, hours: 20 }))).toBe('AI_PLACEMENT_INCOMPLETE');
  });
});

describe('validateExitDate (fiche 7: the sortie ends a parcours, annexe 4 §2.1 "première embauche")', () => {
  const contracts = [{ startOn: '2026-06-01', endOn: '2027-05-31' }];
  it('accepts an exit today or in the past, during the parcours', () => {
    expect(code(validateExitDate('2026-12-02', '2026-12-02', contracts))).toBe('OK');
    expect(code(validateExitDate('2026-06-01', '2026-12-02', contracts))).toBe('OK');
  });
  it('refuses an exit in the future, one without a contract and one before the first contract', () => {
    expect(code(validateExitDate('2026-12-03', '2026-12-02', contracts))).toBe('EXIT_IN_FUTURE');
    expect(code(validateExitDate('2026-11-02', '2026-12-02', []))).toBe('EXIT_WITHOUT_CONTRACT');
    expect(code(validateExitDate('2026-05-31', '2026-12-02', contracts))).toBe('EXIT_BEFORE_CONTRACT');
  });
});

describe('validateExitInterview (fiche 7: "entretiens tripartites, 2 à 3 mois avant la fin du contrat ou de l\'agrément")', () => {
  const facts = {
    today: '2027-03-10',
    contracts: [{ startOn: '2026-06-01', endOn: '2027-05-31' }],
    approvalEndOn: '2028-05-31',
    interviewsHeldOn: [],
  };
  it('accepts an interview held in the window of the contract end (earlier than the agrément end)', () => {
    const r = validateExitInterview({ ...facts, heldOn: '2027-03-05' });
    expect(r).toEqual({ ok: true, value: { endOn: '2027-05-31' } });
  });
  it('refuses an interview in the future (planned, not held)', () => {
    expect(code(validateExitInterview({ ...facts, heldOn: '2027-03-11' }))).toBe('INTERVIEW_IN_FUTURE');
  });
  it('refuses an interview two years early, and one before any contract', () => {
    expect(code(validateExitInterview({ ...facts, today: '2026-12-02', heldOn: '2026-07-01' }))).toBe(
      'INTERVIEW_TOO_EARLY',
    );
    expect(code(validateExitInterview({ ...facts, heldOn: '2026-05-15' }))).toBe('INTERVIEW_BEFORE_CONTRACT');
  });
  it('refuses a second interview for the same end ("twice"), but not one for a later end', () => {
    expect(code(validateExitInterview({ ...facts, heldOn: '2027-03-08', interviewsHeldOn: ['2027-03-05'] }))).toBe(
      'INTERVIEW_ALREADY_RECORDED',
    );
    const renewed = {
      ...facts,
      today: '2028-03-10',
      contracts: [...facts.contracts, { startOn: '2027-06-01', endOn: '2028-05-31' }],
      interviewsHeldOn: ['2027-03-05'],
    };
    expect(code(validateExitInterview({ ...renewed, heldOn: '2028-03-05' }))).toBe('OK');
  });
  it('uses the agrément end for an open-ended contract', () => {
    const cdi = { ...facts, today: '2028-03-10', contracts: [{ startOn: '2026-06-01', endOn: null }] };
    expect(validateExitInterview({ ...cdi, heldOn: '2028-03-01' })).toEqual({
      ok: true,
      value: { endOn: '2028-05-31' },
    });
  });
});

describe('suspension reasons (annexe 4 §2.2.4 "précisés dans la circulaire du 3 octobre 2003 et/ou … accord en CTA")', () => {
  it('accepts the listed reasons only', () => {
    expect(SUSPENSION_REASON_CODES).toContain('SICKNESS');
    expect(SUSPENSION_REASON_CODES).toContain('CTA_AGREEMENT');
    expect(code(validateSuspensionReason('SICKNESS'))).toBe('OK');
    expect(code(validateSuspensionReason('HOLIDAYS'))).toBe('SUSPENSION_REASON_UNKNOWN');
    expect(code(validateSuspensionReason(null))).toBe('SUSPENSION_REASON_UNKNOWN');
  });
});

describe('surnameKey (second factor of the extension look-up, annexe 4 §2.2.5)', () => {
  it('ignores accents, case, hyphens, spaces and apostrophes', () => {
    expect(surnameKey('Lefèvre-Dupont')).toBe('LEF');
    expect(surnameKey("d'Été")).toBe('DET');
    expect(surnameKey('  lé fevre')).toBe('LEF');
    expect(surnameKey('Œuvray')).toBe('OEU');
    expect(surnameKey('Li')).toBe('LI');
  });
});

describe('approvalStatusOn after a sortie (fiche 7; an extension, annexe 4 §2.2.5, resumes it)', () => {
  const history = {
    startOn: '2026-06-01',
    contracts: [{ siaeId: 'a', startOn: '2026-06-01', endOn: '2026-11-30' }],
    exitOn: '2026-11-30',
  };
  it('is ENDED from the exit day, though the agrément runs to 2028', () => {
    expect(approvalStatusOn(history, '2026-11-29')).toBe('ACTIVE');
    expect(approvalStatusOn(history, '2026-11-30')).toBe('ENDED');
    expect(approvalStatusOn(history, '2027-03-01')).toBe('ENDED');
  });
  it('is ACTIVE again once a contract starts after the exit', () => {
    const extended = {
      ...history,
      contracts: [...history.contracts, { siaeId: 'b', startOn: '2027-01-04', endOn: null }],
    };
    expect(approvalStatusOn(extended, '2026-12-15')).toBe('ENDED');
    expect(approvalStatusOn(extended, '2027-01-04')).toBe('ACTIVE');
  });
});

describe('validateExitInterviewPlan — an interview planned ahead, recorded once held (fiche 7)', () => {
  // A contract starting next week (README, "the parcours in five minutes") and ending in 4 months.
  const today = '2026-12-02';
  const facts = {
    today,
    contracts: [{ startOn: '2026-12-09', endOn: '2027-04-08' }],
    approvalEndOn: '2028-12-08',
    interviewsHeldOn: [],
  };

  it("a day in the window of the contract's end, after its start, is accepted: the end it prepares comes back", () => {
    // Window of 8 April 2027: 8 January to 8 February 2027.
    expect(validateExitInterviewPlan({ ...facts, plannedOn: '2027-01-15' })).toEqual({
      ok: true,
      value: { endOn: '2027-04-08' },
    });
    // The same day cannot be recorded as held yet: it is in the future.
    expect(validateExitInterview({ ...facts, heldOn: '2027-01-15' })).toMatchObject({
      ok: false,
      code: 'INTERVIEW_IN_FUTURE',
    });
  });

  it('refuses a past day, a day before the contract starts, no contract, outside the window, after the end', () => {
    const code = (plannedOn: string, more = {}) => {
      const r = validateExitInterviewPlan({ ...facts, plannedOn, ...more });
      return r.ok ? 'OK' : r.code;
    };
    expect(code('2026-12-01')).toBe('INTERVIEW_PLANNED_IN_PAST');
    expect(code('2026-12-08')).toBe('INTERVIEW_BEFORE_CONTRACT');
    expect(code('2027-01-15', { contracts: [] })).toBe('INTERVIEW_BEFORE_CONTRACT');
    expect(code('2027-01-07')).toBe('INTERVIEW_TOO_EARLY');
    // After the contract's end, the next end is the agrément's (8 December 2028): far too early for it.
    expect(code('2027-04-09')).toBe('INTERVIEW_TOO_EARLY');
    expect(code('2028-12-09', { contracts: [{ startOn: '2026-12-09', endOn: null }] })).toBe('INTERVIEW_AFTER_END');
    expect(code('2027-01-20', { interviewsHeldOn: ['2027-01-10'] })).toBe('INTERVIEW_ALREADY_RECORDED');
    expect(code(today, { contracts: [{ startOn: '2026-06-01', endOn: '2027-02-20' }] })).toBe('OK');
  });
});
