import { describe, expect, it } from 'vitest';
import {
  parseSkills,
  toContractInput,
  toExitInput,
  toExitInterviewInput,
  validateContract,
  validateExit,
  validateInterview,
  validateInterviewPlan,
} from './parcours-forms.ts';

describe('contract form', () => {
  const cddi = {
    kind: 'CDDI' as const,
    startOn: '2026-06-01',
    endOn: '2026-11-30',
    aiSector: '' as const,
    aiHours: '',
  };

  it('needs a kind and a start; the end is optional but after the start', () => {
    expect(Object.keys(validateContract({ ...cddi, kind: '', startOn: '' }))).toEqual(['kind', 'startOn']);
    expect(validateContract({ ...cddi, endOn: '' })).toEqual({});
    expect(validateContract({ ...cddi, endOn: '2026-05-31' }).endOn).toMatch(/postérieure/);
  });

  it('asks an AI mise à disposition for its sector and a whole number of hours', () => {
    const ai = { ...cddi, kind: 'MISE_A_DISPOSITION_AI' as const };
    expect(Object.keys(validateContract(ai))).toEqual(['aiSector', 'aiHours']);
    expect(validateContract({ ...ai, aiSector: 'MARCHAND', aiHours: '12,5' }).aiHours).toBeDefined();
    expect(validateContract({ ...ai, aiSector: 'MARCHAND', aiHours: '120' })).toEqual({});
    expect(toContractInput('a1', { ...ai, aiSector: 'MARCHAND', aiHours: ' 120 ' })).toEqual({
      approvalId: 'a1',
      kind: 'MISE_A_DISPOSITION_AI',
      startOn: '2026-06-01',
      endOn: '2026-11-30',
      aiSector: 'MARCHAND',
      aiHours: 120,
    });
  });

  it('sends no AI details for another kind of contract', () => {
    expect(toContractInput('a1', { ...cddi, endOn: '', aiSector: 'MARCHAND', aiHours: '12' })).toEqual({
      approvalId: 'a1',
      kind: 'CDDI',
      startOn: '2026-06-01',
      endOn: null,
      aiSector: null,
      aiHours: null,
    });
  });
});

describe('tripartite interview form', () => {
  it('needs a past date and an assessment', () => {
    const today = '2026-05-20';
    expect(
      Object.keys(
        validateInterview({ heldOn: '', assessment: ' ', sendToReferent: true, sendToPrescriber: true }, today),
      ),
    ).toEqual(['heldOn', 'assessment']);
    expect(
      validateInterview(
        { heldOn: '2026-05-21', assessment: 'Bilan', sendToReferent: true, sendToPrescriber: false },
        today,
      ).heldOn,
    ).toBeDefined();
    expect(
      toExitInterviewInput('a1', {
        heldOn: '2026-05-19',
        assessment: ' Bilan ',
        sendToReferent: true,
        sendToPrescriber: false,
      }),
    ).toEqual({
      approvalId: 'a1',
      heldOn: '2026-05-19',
      assessment: 'Bilan',
      sendToReferent: true,
      sendToPrescriber: false,
    });
  });
});

describe('exit form', () => {
  it('reads one skill per line, without bullets, blanks or repeats', () => {
    expect(
      parseSkills('- Conduite d’engins\n\n• Travail en équipe  \nConduite d’engins\r\n  Accueil   du public'),
    ).toEqual(['Conduite d’engins', 'Travail en équipe', 'Accueil du public']);
  });

  it('needs a date, an outcome and at least one skill', () => {
    expect(Object.keys(validateExit({ exitOn: '', outcome: '', skills: '\n', comment: '' }))).toEqual([
      'exitOn',
      'outcome',
      'skills',
    ]);
    expect(
      toExitInput('a1', {
        exitOn: '2026-11-30',
        outcome: 'DURABLE_JOB',
        skills: 'Soudure\nLecture de plans',
        comment: '',
      }),
    ).toEqual({
      approvalId: 'a1',
      exitOn: '2026-11-30',
      outcome: 'DURABLE_JOB',
      skills: ['Soudure', 'Lecture de plans'],
      comment: null,
    });
  });
});

describe('reality checks of @navette/domain in the forms (issue 13)', () => {
  const today = '2026-11-24';
  it('an interview to come is planned, not recorded; with the parcours, the window of fiche 7 applies', () => {
    const values = { heldOn: '2026-12-01', assessment: 'Bilan', sendToReferent: true, sendToPrescriber: true };
    expect(validateInterview(values, today).heldOn).toMatch(/n’a pas encore eu lieu/);
    const parcours = {
      contracts: [{ startOn: '2026-06-01', endOn: '2028-05-31' }],
      approvalEndOn: '2028-05-31',
      interviewsHeldOn: [],
    };
    expect(validateInterview({ ...values, heldOn: '2026-11-20' }, today, parcours).heldOn).toMatch(
      /2 à 3 mois avant la fin/,
    );
  });
  it('an exit is not in the future, nor without a contract', () => {
    const values = { exitOn: '2026-12-01', outcome: 'DURABLE_JOB' as const, skills: 'Accueil', comment: '' };
    expect(validateExit(values, { today, contracts: [{ startOn: '2026-06-01' }] }).exitOn).toMatch(/dans le futur/);
    expect(validateExit({ ...values, exitOn: today }, { today, contracts: [] }).exitOn).toMatch(/Aucun contrat/);
    expect(validateExit({ ...values, exitOn: today }, { today, contracts: [{ startOn: '2026-06-01' }] })).toEqual({});
  });
  it('a contract does not end in 9999', () => {
    const values = {
      kind: 'CDDI' as const,
      startOn: '2026-12-01',
      endOn: '9999-12-31',
      aiSector: '' as const,
      aiHours: '',
    };
    expect(validateContract(values).endOn).toMatch(/60 mois/);
    expect(validateContract({ ...values, kind: 'MISSION_ETTI' }, 'EITI').kind).toMatch(/ne signe pas/);
  });
});

describe('planning the tripartite interview ahead (fiche 7; domain validateExitInterviewPlan)', () => {
  const today = '2026-11-24';
  // A contract starting next week, ending 31 March 2027: window from 31 December 2026 to 28 February 2027.
  const parcours = {
    contracts: [{ startOn: '2026-12-01', endOn: '2027-03-31' }],
    approvalEndOn: '2028-11-30',
    interviewsHeldOn: [],
  };
  it('a future day in the window is accepted; a past day, a day before the contract or a missing day are explained in French', () => {
    expect(validateInterviewPlan({ plannedOn: '2027-01-10' }, today, parcours)).toEqual({});
    expect(validateInterviewPlan({ plannedOn: '' }, today, parcours).plannedOn).toBe(
      'Indiquez la date prévue de l’entretien.',
    );
    expect(validateInterviewPlan({ plannedOn: '2026-11-20' }, today, parcours).plannedOn).toMatch(/est passé/);
    expect(validateInterviewPlan({ plannedOn: '2026-11-30' }, today, parcours).plannedOn).toMatch(
      /avant le début du contrat/,
    );
    expect(validateInterviewPlan({ plannedOn: '2026-12-15' }, today, parcours).plannedOn).toMatch(
      /2 à 3 mois avant la fin/,
    );
    // A future date is never a "format" error.
    expect(validateInterviewPlan({ plannedOn: '2027-01-10' }, today, parcours).plannedOn).toBeUndefined();
  });
});
