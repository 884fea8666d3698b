import { describe, expect, it } from 'vitest';
import {
  emptyImmersion,
  emptyPoe,
  emptyServiceUse,
  emptyTraining,
  toImmersionInput,
  toPoeInput,
  toServiceUseInput,
  toTrainingInput,
  validateImmersion,
  validatePoe,
  validateServiceUse,
  validateTraining,
} from './activity-forms.ts';

describe('training form', () => {
  const training = {
    kind: 'CERTIFYING' as const,
    title: 'CACES R489',
    organisation: 'AFPA Besançon',
    hours: '35',
    startOn: '2027-01-11',
    endOn: '2027-01-15',
  };

  it('needs every field, a whole number of hours and an end not before the start', () => {
    expect(Object.keys(validateTraining(emptyTraining))).toEqual([
      'kind',
      'title',
      'organisation',
      'hours',
      'startOn',
      'endOn',
    ]);
    expect(validateTraining(training)).toEqual({});
    expect(validateTraining({ ...training, hours: '7,5' }).hours).toBeDefined();
    expect(validateTraining({ ...training, hours: '0' }).hours).toBeDefined();
    expect(validateTraining({ ...training, endOn: '2027-01-10' }).endOn).toMatch(/précéder/);
    expect(validateTraining({ ...training, endOn: training.startOn })).toEqual({});
  });

  it('sends the training tidied, hours as a number', () => {
    expect(toTrainingInput('a1', { ...training, title: ' CACES   R489 ', hours: ' 35 ' })).toEqual({
      approvalId: 'a1',
      kind: 'CERTIFYING',
      title: 'CACES R489',
      organisation: 'AFPA Besançon',
      hours: 35,
      startOn: '2027-01-11',
      endOn: '2027-01-15',
    });
  });
});

describe('PMSMP form', () => {
  it('needs the host company, the objective and the dates', () => {
    expect(Object.keys(validateImmersion(emptyImmersion))).toEqual(['hostCompany', 'objective', 'startOn', 'endOn']);
    const immersion = {
      hostCompany: ' Scierie ',
      objective: ' Découvrir le métier ',
      startOn: '2027-02-01',
      endOn: '2027-02-05',
    };
    expect(validateImmersion(immersion)).toEqual({});
    expect(toImmersionInput('a1', immersion)).toEqual({
      approvalId: 'a1',
      hostCompany: 'Scierie',
      objective: 'Découvrir le métier',
      startOn: '2027-02-01',
      endOn: '2027-02-05',
    });
  });
});

describe('Pôle emploi service form', () => {
  it('needs a service of the agence and a valid day', () => {
    expect(Object.keys(validateServiceUse(emptyServiceUse))).toEqual(['serviceId', 'usedOn']);
    expect(validateServiceUse({ serviceId: 's', usedOn: '2027-02-30', inWorkFollowUp: false }).usedOn).toMatch(
      /date valide/,
    );
    expect(toServiceUseInput('a1', { serviceId: 's', usedOn: '2027-03-01', inWorkFollowUp: true })).toEqual({
      approvalId: 'a1',
      serviceId: 's',
      usedOn: '2027-03-01',
      inWorkFollowUp: true,
    });
  });
});

describe('POE form', () => {
  it('needs the employer, the hours and the dates', () => {
    expect(Object.keys(validatePoe(emptyPoe))).toEqual(['employer', 'hours', 'startOn', 'endOn']);
    expect(
      toPoeInput('a1', { employer: ' Scierie ', hours: '400', startOn: '2027-03-01', endOn: '2027-05-31' }),
    ).toEqual({
      approvalId: 'a1',
      employer: 'Scierie',
      hours: 400,
      startOn: '2027-03-01',
      endOn: '2027-05-31',
    });
  });
});
