import { describe, expect, it } from 'vitest';
import { requestParent, requestSubjectLines } from './request-details.ts';

describe('what a request asked for', () => {
  it('shows the planned contract of an initial request', () => {
    expect(requestSubjectLines({ contractStartOn: '2026-06-01', contractEndOn: '2026-11-30' })).toEqual([
      { label: 'Contrat prévu', value: 'du 01/06/2026 au 30/11/2026' },
    ]);
    expect(requestSubjectLines({ contractStartOn: '2026-06-01', contractEndOn: null })).toEqual([
      { label: 'Contrat prévu', value: 'à partir du 01/06/2026' },
    ]);
  });

  it('shows a suspension, and a prolongation with its reason and the training to finish', () => {
    expect(requestSubjectLines({ suspensionStartOn: '2026-07-01', suspensionEndOn: '2026-07-31' })).toEqual([
      { label: 'Suspension demandée', value: 'du 01/07/2026 au 31/07/2026' },
    ]);
    expect(
      requestSubjectLines({
        prolongationReason: 'TRAINING',
        prolongationEndOn: '2027-03-31',
        trainingStartOn: '2026-09-01',
        trainingEndOn: '2027-03-31',
      }).map((line) => line.label),
    ).toEqual(['Motif de la prolongation', 'Nouvelle date de fin demandée', 'Formation à achever']);
    expect(requestSubjectLines({})).toEqual([]);
  });
});

describe('where a request belongs', () => {
  it('is the agrément it changes, else the prescription of an initial request', () => {
    expect(requestParent({ approval: { id: 'a1' }, prescription: { id: 'p1' } }, 'Léa MOREAU')).toEqual({
      root: 'Mes salariés',
      rootTo: '/salaries',
      label: 'Léa MOREAU',
      to: '/salaries/a1',
    });
    expect(requestParent({ approval: null, prescription: { id: 'p1' } }, 'Léa MOREAU')).toEqual({
      root: 'Prescriptions reçues',
      rootTo: '/prescriptions',
      label: 'Prescription de Léa MOREAU',
      to: '/prescriptions/p1',
    });
    expect(requestParent({}, 'Léa MOREAU')).toBeNull();
  });
});
