import { INDICATORS } from '@navette/domain';
import { describe, expect, it } from 'vitest';
import { COMPUTATIONS, measuresOf, peopleCountOf, percent, publish, UNCOMPUTED } from './indicator-values.js';
import { MEASURE_SPECS } from './indicator-sources.js';

// accord, annexe 1 (and the fiches, article 2): each indicator the domain marks computable is computed here.
describe('computations of annexe 1', () => {
  it('covers exactly the computable indicators of @navette/domain, each from known measures', () => {
    expect(UNCOMPUTED).toEqual([]);
    const computable = INDICATORS.filter((i) => i.computable)
      .map((i) => i.id)
      .sort();
    expect(Object.keys(COMPUTATIONS).sort()).toEqual(computable);
    for (const computation of Object.values(COMPUTATIONS)) {
      for (const measure of measuresOf(computation.formula)) expect(MEASURE_SPECS[measure], measure).toBeDefined();
    }
  });

  it('rates read their measures in the same unit: a SIAE count over a SIAE count', () => {
    expect(measuresOf(COMPUTATIONS.F5_LOCAL_AGREEMENTS_RATE!.formula)).toEqual(['siaeWithAgreementInForce', 'siae']);
    expect(measuresOf(COMPUTATIONS.F2_SIAE_WITH_PE_REFERENT_RATE!.formula)).toEqual(['siaeWithReferent', 'siae']);
  });
});

describe('percent', () => {
  it('one decimal, null when nothing to divide by', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(5, 5)).toBe(100);
    expect(percent(0, 7)).toBe(0);
    expect(percent(0, 0)).toBeNull();
  });
});

// DESIGN §4: "Aggregates published outside a structure mask any count below 5 (secret statistique)"; issue 13 §6: counts
// of organisations, meetings, conventions and référents identify nobody and are not masked.
describe('the secret statistique: what counts people, and a masked cell', () => {
  const count = { kind: 'count', of: 'poes' } as const;
  const hours = { kind: 'hoursAndPeople', hours: 'trainingHours', people: 'trainedPeople' } as const;
  const rate = { kind: 'rate', numerator: 'siaeWithReferent', denominator: 'siae' } as const;

  it('counts of people decide the masking; organisations, offers, meetings, conventions and référents do not', () => {
    expect(peopleCountOf(count)).toBe('poes');
    expect(peopleCountOf(hours)).toBe('trainedPeople');
    expect(peopleCountOf(rate)).toBeNull();
    for (const id of [
      'F8_CTA_MEETINGS',
      'F8_OPERATIONAL_CTA',
      'ART2_LOCAL_AGREEMENTS_SIGNED',
      'F4_SIAE_JOB_OFFERS',
      'F2_HABILITATED_PRESCRIBERS_LIST',
      'F5_LOCAL_AGREEMENTS_RATE',
    ]) {
      expect(peopleCountOf(COMPUTATIONS[id]!.formula), id).toBeNull();
    }
    for (const id of ['F4_APPROVAL_REFUSALS', 'F5_SUSPENSIONS', 'F5_PMSMP', 'F7_POE', 'F6_TRAINING_HOURS']) {
      expect(peopleCountOf(COMPUTATIONS[id]!.formula), id).not.toBeNull();
    }
  });

  it('publishes the value of an unmasked cell, nothing of a masked one (hours with their people)', () => {
    expect(publish(count, { poes: 3 }, false)).toEqual({ value: 3, people: null, masked: false });
    expect(publish(count, {}, false)).toEqual({ value: 0, people: null, masked: false });
    expect(publish(count, { poes: 30 }, true)).toEqual({ value: null, people: null, masked: true });
    expect(publish(hours, { trainingHours: 120, trainedPeople: 4 }, false)).toEqual({
      value: 120,
      people: 4,
      masked: false,
    });
    expect(publish(hours, { trainingHours: 120, trainedPeople: 4 }, true)).toEqual({
      value: null,
      people: null,
      masked: true,
    });
    expect(publish(rate, { siaeWithReferent: 1, siae: 3 }, false)).toMatchObject({ value: 33.3, masked: false });
    expect(publish(rate, { siaeWithReferent: 0, siae: 0 }, false)).toMatchObject({ value: null, masked: false });
  });
});
