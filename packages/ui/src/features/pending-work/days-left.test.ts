import { describe, expect, it } from 'vitest';
import { countOf, daysLeftText, urgencyOf } from './days-left.ts';

describe('pending work wording', () => {
  it('words the days left, in working days for a decision', () => {
    expect(daysLeftText(0, false)).toBe('Aujourd’hui');
    expect(daysLeftText(1, false)).toBe('Demain');
    expect(daysLeftText(1, true)).toBe('Dans 1 jour ouvré');
    expect(daysLeftText(3, true)).toBe('Dans 3 jours ouvrés');
    expect(daysLeftText(-2, false)).toBe('En retard de 2 jours');
  });
  it('urgency and counts', () => {
    expect([urgencyOf(-1), urgencyOf(0), urgencyOf(2), urgencyOf(10)]).toEqual(['error', 'error', 'warning', 'info']);
    const counts = [
      { kind: 'DECISION_DUE', count: 3 },
      { kind: 'APPEAL_TO_ANSWER', count: 1 },
    ];
    expect(countOf(counts)).toBe(4);
    expect(countOf(counts, ['APPEAL_TO_ANSWER'])).toBe(1);
    expect(countOf(undefined, ['X'])).toBe(0);
  });
});
