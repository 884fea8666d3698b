// How each computable indicator of annexe 1 is made from the measures read in the reporting views, and how a cell is
// published: as is inside a structure, with the secret statistique outside (DESIGN §4). Pure: no I/O.
import {
  COMPUTATIONS,
  INDICATORS,
  percent,
  type Formula,
  type Indicator,
  type Measure,
  type Measures,
  type SiaeKind,
} from '@navette/domain';

// The measures, the computation of each indicator and which measures count people are the domain's (one definition:
// @navette/domain indicator-measures.ts); this file publishes a cell.
export {
  COMPUTATIONS,
  MEASURES,
  PEOPLE_MEASURES,
  measuresOf,
  peopleCountOf,
  percent,
  type Computation,
  type Formula,
  type Measure,
  type Measures,
} from '@navette/domain';

export interface PublishedValue {
  value: number | null;
  people: number | null;
  masked: boolean;
}

/**
 * The value of a formula on a cell's measures, or nothing when the cell is masked (the secret statistique decides it
 * over the whole table: @navette/domain suppressTable).
 */
export function publish(formula: Formula, measures: Measures, masked: boolean): PublishedValue {
  if (masked) return { value: null, people: null, masked: true };
  const get = (m: Measure) => measures[m] ?? 0;
  switch (formula.kind) {
    case 'count':
      return { value: get(formula.of), people: null, masked: false };
    case 'hoursAndPeople':
      return { value: get(formula.hours), people: get(formula.people), masked: false };
    case 'rate':
      return { value: percent(get(formula.numerator), get(formula.denominator)), people: null, masked: false };
  }
}

/** Whether a computable indicator is broken down by SIAE kind (its dimensions in @navette/domain). */
export const bySiaeKind = (indicator: Indicator) => indicator.dimensions.includes('SIAE_KIND');

/** Computable indicators of the domain that this subgraph cannot compute (expected: none; tested). */
export const UNCOMPUTED = INDICATORS.filter((i) => i.computable && !COMPUTATIONS[i.id]).map((i) => i.id);

export const SIAE_KIND_ORDER: readonly SiaeKind[] = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'];
