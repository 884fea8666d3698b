import { describe, expect, it } from 'vitest';
import { period, subjectLines, type SubjectRequest } from './request-subject.ts';

const none: SubjectRequest = {
  contractStartOn: null,
  contractEndOn: null,
  suspensionStartOn: null,
  suspensionEndOn: null,
  prolongationReason: null,
  prolongationEndOn: null,
  trainingStartOn: null,
  trainingEndOn: null,
  jointAssessmentDone: null,
};

describe('subjectLines', () => {
  it('shows the planned contract of an initial request', () => {
    expect(subjectLines({ ...none, contractStartOn: '2026-03-02', contractEndOn: '2026-08-31' })).toEqual([
      { label: 'Contrat prévu', value: 'du 02/03/2026 au 31/08/2026' },
    ]);
  });

  it('shows a prolongation to finish a training with its reason and the training', () => {
    expect(
      subjectLines({
        ...none,
        prolongationReason: 'TRAINING',
        prolongationEndOn: '2027-01-31',
        trainingStartOn: '2026-09-01',
        trainingEndOn: '2027-01-31',
      }).map((line) => line.label),
    ).toEqual(['Motif de la prolongation', 'Prolongation demandée', 'Formation à achever']);
  });

  it('says whether the joint bilan of a renewal was done, "Non" included', () => {
    expect(subjectLines({ ...none, jointAssessmentDone: false })).toEqual([
      { label: 'Bilan conjoint réalisé', value: 'Non' },
    ]);
    expect(subjectLines(none)).toEqual([]);
  });
});

describe('period', () => {
  it('writes open periods too', () => {
    expect(period('2026-03-02', null)).toBe('à partir du 02/03/2026');
    expect(period(null, '2026-03-02')).toBe('jusqu’au 02/03/2026');
    expect(period(null, null)).toBeNull();
  });
});
