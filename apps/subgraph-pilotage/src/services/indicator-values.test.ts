import { INDICATORS } from '@navette/domain';
import { describe, expect, it } from 'vitest';
import { COMPUTATIONS, measuresOf, percent, publish, UNCOMPUTED } from './indicator-values.js';
import { MEASURE_SPECS } from './indicator-sources.js';

// accord, annexe 1 (and the fiches, article 2): each indicator the domain marks computable is computed here.
describe('computations of annexe 1', () => {
  it('covers exactly the computable indicators of @navette/domain, each from known measures', () => {
    expect(UNCOMPUTED).toEqual([]);
    const computable = INDICATORS.filter((i) => i.computable).map((i) => i.id).sort();
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

// DESIGN §4: "Aggregates published outside a structure mask any count below 5 (secret statistique)".
describe('publish: the secret statistique outside a structure', () => {
  const count = { kind: 'count', of: 'poes' } as const;
  const hours = { kind: 'hoursAndPeople', hours: 'trainingHours', people: 'trainedPeople' } as const;
  const rate = { kind: 'rate', numerator: 'siaeWithReferent', denominator: 'siae' } as const;

  it('masks counts from 1 to 4, never 0 nor 5, and only when published outside a structure', () => {
    expect(publish(count, { poes: 0 }, true)).toEqual({ value: 0, people: null, masked: false });
    expect(publish(count, {}, true)).toEqual({ value: 0, people: null, masked: false });
    for (const n of [1, 2, 3, 4]) expect(publish(count, { poes: n }, true)).toEqual({ value: null, people: null, masked: true });
    expect(publish(count, { poes: 5 }, true)).toEqual({ value: 5, people: null, masked: false });
    expect(publish(count, { poes: 3 }, false)).toEqual({ value: 3, people: null, masked: false });
  });

  it('masks the hours of fewer than 5 people along with the people', () => {
    expect(publish(hours, { trainingHours: 120, trainedPeople: 4 }, true)).toEqual({ value: null, people: null, masked: true });
    expect(publish(hours, { trainingHours: 120, trainedPeople: 5 }, true)).toEqual({ value: 120, people: 5, masked: false });
    expect(publish(hours, { trainingHours: 120, trainedPeople: 4 }, false)).toEqual({ value: 120, people: 4, masked: false });
  });

  it('masks a rate computed from a masked numerator or denominator', () => {
    expect(publish(rate, { siaeWithReferent: 3, siae: 12 }, true)).toMatchObject({ value: null, masked: true });
    expect(publish(rate, { siaeWithReferent: 0, siae: 4 }, true)).toMatchObject({ value: null, masked: true });
    expect(publish(rate, { siaeWithReferent: 0, siae: 6 }, true)).toMatchObject({ value: 0, masked: false });
    expect(publish(rate, { siaeWithReferent: 6, siae: 8 }, true)).toMatchObject({ value: 75, masked: false });
    expect(publish(rate, { siaeWithReferent: 1, siae: 3 }, false)).toMatchObject({ value: 33.3, masked: false });
    expect(publish(rate, { siaeWithReferent: 0, siae: 0 }, true)).toMatchObject({ value: null, masked: false });
  });
});

