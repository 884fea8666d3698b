import { describe, expect, it } from 'vitest';
import {
  COMPUTATIONS,
  INDICATOR_MEASURE_SPECS,
  LIVE_MEASURES,
  MEASURES,
  PEOPLE_MEASURES,
  evaluateMeasure,
  measureCellKey,
  measureSpec,
  measuresOf,
  peopleCountOf,
  percent,
  wasCooperationAgreementInForce,
  wasHabilitatedByPrefet,
  type MeasureFacts,
} from './indicator-measures.js';
import type { HabilitationDecision } from './habilitation.js';
import { INDICATORS } from './indicators.js';

// accord, annexe 1 (and the fiches, article 2): each indicator marked computable has one computation, from measures
// that each state what they count.
describe('measure specs of annexe 1', () => {
  it('every computable indicator has a computation, and only those', () => {
    const computable = INDICATORS.filter((i) => i.computable)
      .map((i) => i.id)
      .sort();
    expect(Object.keys(COMPUTATIONS).sort()).toEqual(computable);
  });

  it('every measure a computation reads has a spec, and every spec is read by some computation', () => {
    const read = new Set(Object.values(COMPUTATIONS).flatMap((c) => measuresOf(c.formula)));
    expect([...read].sort()).toEqual([...MEASURES].sort());
    for (const m of MEASURES) {
      const s = measureSpec(m);
      expect(s.counts, m).not.toBe('');
      // Live totals are per day of an event and per département × SIAE kind.
      if (s.live) expect(s.period.kind, m).toBe('event');
    }
  });

  it('the people measures: refusals, events of an agrément, prescriptions, training, PMSMP, prestations, POE, registrations at Pôle emploi', () => {
    expect([...PEOPLE_MEASURES].sort()).toEqual(
      [
        'approvalRefusals',
        'suspensions',
        'prolongations',
        'extensions',
        'hiringRefusals',
        'orientedByPoleEmploi',
        'trainedPeople',
        'immersions',
        'employmentServices',
        'inWorkFollowUps',
        'poes',
        'peopleInParcoursWithRegistrationKnown',
        'peopleInParcoursRegistered',
        'registrationChecksAfterEnd',
        'registeredAfterEnd',
      ].sort(),
    );
    // issue 13 §6: organisations, offers, meetings, conventions and référents identify nobody.
    for (const id of [
      'F8_CTA_MEETINGS',
      'F8_OPERATIONAL_CTA',
      'ART2_LOCAL_AGREEMENTS_SIGNED',
      'F4_SIAE_JOB_OFFERS',
      'F2_HABILITATED_PRESCRIBERS_LIST',
      'F5_LOCAL_AGREEMENTS_RATE',
      'F2_SIAE_WITH_PE_REFERENT_RATE',
    ]) {
      expect(peopleCountOf(COMPUTATIONS[id]!.formula), id).toBeNull();
    }
    expect(peopleCountOf(COMPUTATIONS['F6_TRAINING_HOURS']!.formula)).toBe('trainedPeople');
    expect(LIVE_MEASURES.has('jobOffers')).toBe(false);
    expect(LIVE_MEASURES.has('trainingHours')).toBe(true);
  });

  it('rates read their measures in the same unit: a SIAE count over a SIAE count', () => {
    expect(measuresOf(COMPUTATIONS['F5_LOCAL_AGREEMENTS_RATE']!.formula)).toEqual(['siaeWithAgreementInForce', 'siae']);
    expect(INDICATOR_MEASURE_SPECS.siaeWithAgreementInForce.aggregate).toEqual({ kind: 'distinct', field: 'siaeId' });
  });

  it('percent: one decimal, null when nothing to divide by', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeNull();
  });
});

describe('the reference reading of a spec', () => {
  const cell = { departementCode: '2A', siaeKind: 'ACI' } as const;
  const facts: Pick<
    MeasureFacts,
    'approvalRequests' | 'trainingRecords' | 'cooperationAgreements' | 'prescriberOrganisations'
  > = {
    approvalRequests: [
      {
        ...cell,
        status: 'REFUSED',
        receivedOn: '2026-01-02',
        decidedOn: '2026-01-05',
        appealStatus: null,
        refusalReason: 'X',
      },
      // Overturned on appeal: not a refusal.
      {
        ...cell,
        status: 'REFUSED',
        receivedOn: '2026-01-02',
        decidedOn: '2026-01-05',
        appealStatus: 'UPHELD',
        refusalReason: 'X',
      },
      {
        ...cell,
        status: 'REFUSED',
        receivedOn: '2026-01-02',
        decidedOn: '2026-01-06',
        appealStatus: 'DISMISSED',
        refusalReason: 'X',
      },
      // Decided the day after the period.
      {
        ...cell,
        status: 'REFUSED',
        receivedOn: '2026-01-02',
        decidedOn: '2026-02-01',
        appealStatus: null,
        refusalReason: 'X',
      },
      {
        ...cell,
        siaeKind: 'EI',
        status: 'GRANTED',
        receivedOn: '2026-01-02',
        decidedOn: '2026-01-05',
        appealStatus: null,
        refusalReason: null,
      },
    ],
    trainingRecords: [
      { ...cell, personId: 'p1', hours: 10, endOn: '2026-01-31' },
      { ...cell, personId: 'p1', hours: 5, endOn: '2026-01-01' },
      { ...cell, siaeKind: 'EI', personId: 'p1', hours: 7, endOn: '2026-01-15' },
      { ...cell, personId: 'p2', hours: 3, endOn: '2025-12-31' },
    ],
    cooperationAgreements: [
      // Signed, in force on 31 January; ended since (EXPIRED today): still counted on that past day.
      {
        ...cell,
        siaeId: 's1',
        status: 'EXPIRED',
        startOn: '2025-01-01',
        endOn: '2026-06-30',
        signedOn: '2025-01-01',
        terminatedOn: null,
      },
      {
        ...cell,
        siaeId: 's1',
        status: 'SIGNED',
        startOn: '2026-01-01',
        endOn: null,
        signedOn: '2026-01-10',
        terminatedOn: null,
      },
      // Terminated on the day read: no longer in force.
      {
        ...cell,
        siaeId: 's2',
        status: 'TERMINATED',
        startOn: '2025-01-01',
        endOn: null,
        signedOn: '2025-01-01',
        terminatedOn: '2026-01-31',
      },
      // Signed after the day read.
      {
        ...cell,
        siaeId: 's3',
        status: 'SIGNED',
        startOn: '2026-01-01',
        endOn: null,
        signedOn: '2026-02-01',
        terminatedOn: null,
      },
    ],
    prescriberOrganisations: [
      {
        departementCode: '2A',
        kind: 'HABILITE',
        decisions: [{ kind: 'GRANT', decidedOn: '2026-01-31', startOn: '2026-01-31', endOn: null }],
      },
      {
        departementCode: '2A',
        kind: 'HABILITE',
        decisions: [{ kind: 'GRANT', decidedOn: '2020-01-01', startOn: '2020-01-01', endOn: '2026-01-30' }],
      },
      { departementCode: '2A', kind: 'POLE_EMPLOI', decisions: [] },
    ],
  };
  const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

  it('counts the rows of the period that hold its conditions, per cell', () => {
    expect(evaluateMeasure(INDICATOR_MEASURE_SPECS.approvalRefusals, facts, JANUARY)).toEqual(
      new Map([[measureCellKey('2A', 'ACI'), 2]]),
    );
  });

  it('sums hours and counts distinct people per cell (a person in two cells counts in each)', () => {
    expect(evaluateMeasure(INDICATOR_MEASURE_SPECS.trainingHours, facts, JANUARY)).toEqual(
      new Map([
        ['2A|ACI', 15],
        ['2A|EI', 7],
      ]),
    );
    expect(evaluateMeasure(INDICATOR_MEASURE_SPECS.trainedPeople, facts, JANUARY)).toEqual(
      new Map([
        ['2A|ACI', 1],
        ['2A|EI', 1],
      ]),
    );
  });

  it('reads a state on the last day of the period, from the history of the dates', () => {
    expect(evaluateMeasure(INDICATOR_MEASURE_SPECS.siaeWithAgreementInForce, facts, JANUARY)).toEqual(
      new Map([['2A|ACI', 1]]),
    );
    expect(evaluateMeasure(INDICATOR_MEASURE_SPECS.habilitatedPrescribers, facts, JANUARY)).toEqual(
      new Map([['2A|', 1]]),
    );
    expect(wasCooperationAgreementInForce(facts.cooperationAgreements[2]!, '2026-01-30')).toBe(true);
    expect(wasHabilitatedByPrefet(facts.prescriberOrganisations[1]!, '2026-01-30')).toBe(true);
  });

  it('reads a habilitation from the register of decisions: a withdrawal, then a new grant, leave the past as it was (fiche 2)', () => {
    // « Listes départementales actualisées des prescripteurs habilités » (fiche 2): the list of a past day stays what
    // it was that day, whatever the préfet decides later.
    const granted: HabilitationDecision = {
      kind: 'GRANT',
      decidedOn: '2025-01-01',
      startOn: '2025-01-01',
      endOn: '2029-12-31',
    };
    const withdrawal: HabilitationDecision = { kind: 'WITHDRAWAL', decidedOn: '2025-06-01' };
    const grantedAgain: HabilitationDecision = {
      kind: 'GRANT',
      decidedOn: '2026-01-15',
      startOn: '2026-02-01',
      endOn: '2030-01-31',
    };
    const days = ['2025-03-31', '2025-05-31', '2025-06-01', '2025-09-30', '2026-01-31', '2026-03-31'];
    const register: HabilitationDecision[] = [];
    const read = () =>
      days.map((day) => wasHabilitatedByPrefet({ departementCode: '2A', kind: 'HABILITE', decisions: register }, day));
    register.push(granted);
    expect(read()).toEqual([true, true, true, true, true, true]);
    register.push(withdrawal);
    expect(read()).toEqual([true, true, false, false, false, false]);
    register.push(grantedAgain);
    expect(read()).toEqual([true, true, false, false, false, true]);
    // Not as the directory's projection alone would have it (the current span only): the first quarter of 2025 counts.
    const firstQuarter2025 = { from: '2025-01-01', to: '2025-03-31' };
    expect(
      evaluateMeasure(
        INDICATOR_MEASURE_SPECS.habilitatedPrescribers,
        { ...facts, prescriberOrganisations: [{ departementCode: '2A', kind: 'HABILITE', decisions: register }] },
        firstQuarter2025,
      ),
    ).toEqual(new Map([['2A|', 1]]));
  });
});
