import { describe, expect, it } from 'vitest';
import { buildIndicatorTable, cellText, formatMeasure, MASKED_COUNT, MASKED_VALUE } from './indicator-table.ts';

const doubs = { code: '25', name: 'Doubs' };
const cote = { code: '21', name: "Côte-d'Or" };

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('buildIndicatorTable', () => {
  it('shows a by-kind indicator as the API lays it out: a row per département, a column per SIAE kind', () => {
    const table = buildIndicatorTable({
      unit: 'COUNT',
      table: {
        siaeKinds: ['ACI', 'EI', 'ETTI'],
        departements: [cote, doubs],
        states: [
          ['FIGURE', 'NO_DATA', 'FIGURE'],
          ['MASKED', 'FIGURE', 'NO_DATA'],
        ],
        values: [
          [0, null, 12],
          [null, 7, null],
        ],
        people: null,
      },
    });
    expect(table.byKind).toBe(true);
    expect(table.kinds).toEqual(['ACI', 'EI', 'ETTI']);
    expect(table.rows.map((r) => r.departement.code)).toEqual(['21', '25']);
    expect(table.rows.map((r) => r.cells.map((cell) => cellText(cell, 'COUNT', 'value')))).toEqual([
      ['0', '–', '12'],
      [MASKED_COUNT, '7', '–'],
    ]);
    expect(table.hasMasked).toBe(true);
  });

  it('keeps one value column for an indicator by département only', () => {
    const table = buildIndicatorTable({
      unit: 'COUNT',
      table: { siaeKinds: [], departements: [cote, doubs], states: [['FIGURE'], ['FIGURE']], values: [[3], [9]] },
    });
    expect(table.byKind).toBe(false);
    expect(table.columns).toEqual([{ key: 'value', siaeKind: null, measure: 'value' }]);
    expect(table.hasMasked).toBe(false);
  });

  it('gives hours and people to the training indicator, both masked with fewer than 5 people', () => {
    const table = buildIndicatorTable({
      unit: 'HOURS_AND_PEOPLE',
      table: {
        siaeKinds: ['ACI', 'AI'],
        departements: [doubs],
        states: [['FIGURE', 'MASKED']],
        values: [[120.5, null]],
        people: [[6, null]],
      },
    });
    expect(table.columns.map((c) => c.key)).toEqual(['ACI-value', 'ACI-people', 'AI-value', 'AI-people']);
    const [doubsRow] = table.rows;
    expect(doubsRow!.cells.map((cell, i) => cellText(cell, 'HOURS_AND_PEOPLE', table.columns[i]!.measure))).toEqual([
      '120,5',
      '6',
      MASKED_VALUE,
      MASKED_COUNT,
    ]);
  });

  it('tells a masked rate from a rate with nothing to divide by', () => {
    const table = buildIndicatorTable({
      unit: 'PERCENT',
      table: {
        siaeKinds: [],
        departements: [cote, doubs, { code: '39', name: 'Jura' }],
        states: [['NOT_APPLICABLE'], ['MASKED'], ['FIGURE']],
        values: [[null], [null], [62.5]],
      },
    });
    expect(table.rows.map((r) => normalise(cellText(r.cells[0]!, 'PERCENT', 'value')))).toEqual([
      'sans objet',
      'masqué',
      '62,5 %',
    ]);
  });

  it('has no row when the API has none', () => {
    const empty = { siaeKinds: [], departements: [], states: [], values: [] };
    expect(buildIndicatorTable({ unit: 'COUNT', table: empty }).rows).toEqual([]);
  });
});

describe('formatMeasure', () => {
  it('writes numbers the French way', () => {
    expect(normalise(formatMeasure(12345, 'COUNT', 'value'))).toBe('12 345');
    expect(normalise(formatMeasure(33.3, 'PERCENT', 'value'))).toBe('33,3 %');
    expect(normalise(formatMeasure(1500.25, 'HOURS_AND_PEOPLE', 'value'))).toBe('1 500,3');
    expect(formatMeasure(7, 'HOURS_AND_PEOPLE', 'people')).toBe('7');
  });
});
