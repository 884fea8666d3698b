import { describe, expect, it } from 'vitest';
import { ficheAnchor, groupByFiche, indicatorAnchor } from './fiches.ts';

describe('groupByFiche', () => {
  it('groups by fiche in order, the articles last, keeping the order of the API within a fiche', () => {
    const groups = groupByFiche([
      { id: 'F4_B', fiche: 4 },
      { id: 'ART2', fiche: null },
      { id: 'F2_A', fiche: 2 },
      { id: 'F4_A', fiche: 4 },
    ]);
    expect(groups.map((g) => [g.fiche, g.indicators.map((i) => i.id)])).toEqual([
      [2, ['F2_A']],
      [4, ['F4_B', 'F4_A']],
      [null, ['ART2']],
    ]);
  });
});

describe('anchors', () => {
  it('makes ids for the summary and the headings', () => {
    expect(ficheAnchor(8)).toBe('fiche-8');
    expect(ficheAnchor(null)).toBe('articles');
    expect(indicatorAnchor('F5_PMSMP')).toBe('indicateur-f5-pmsmp');
  });
});
