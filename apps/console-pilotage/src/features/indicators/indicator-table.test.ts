import { describe, expect, it } from 'vitest';
import {
  buildIndicatorTable,
  cellText,
  formatMeasure,
  MASKED_COUNT,
  MASKED_VALUE,
  type IndicatorRowData,
} from './indicator-table.ts';

const doubs = { code: '25', name: 'Doubs' };
const cote = { code: '21', name: "Côte-d'Or" };
const row = (
  departement: { code: string; name: string },
  siaeKind: string | null,
  value: number | null,
  extra: Partial<IndicatorRowData> = {},
): IndicatorRowData => ({ departement, siaeKind, value, people: null, masked: false, ...extra });

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('buildIndicatorTable', () => {
  it('pivots a by-kind indicator: a row per département, a column per SIAE kind in the usual order', () => {
    const table = buildIndicatorTable({
      unit: 'COUNT',
      dimensions: ['DEPARTEMENT', 'SIAE_KIND', 'PERIOD'],
      rows: [
        row(doubs, 'EI', 7),
        row(doubs, 'ACI', null, { masked: true }),
        row(cote, 'ACI', 0),
        row(cote, 'ETTI', 12),
      ],
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
      dimensions: ['DEPARTEMENT', 'PERIOD'],
      rows: [row(doubs, null, 9), row(cote, null, 3)],
    });
    expect(table.byKind).toBe(false);
    expect(table.columns).toEqual([{ key: 'value', siaeKind: null, measure: 'value' }]);
    expect(table.hasMasked).toBe(false);
  });

  it('gives hours and people to the training indicator, both masked with fewer than 5 people', () => {
    const table = buildIndicatorTable({
      unit: 'HOURS_AND_PEOPLE',
      dimensions: ['DEPARTEMENT', 'SIAE_KIND', 'PERIOD'],
      rows: [row(doubs, 'ACI', 120.5, { people: 6 }), row(doubs, 'AI', null, { people: null, masked: true })],
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
      dimensions: ['DEPARTEMENT', 'PERIOD'],
      rows: [
        row(doubs, null, null, { masked: true }),
        row(cote, null, null),
        row({ code: '39', name: 'Jura' }, null, 62.5),
      ],
    });
    expect(table.rows.map((r) => normalise(cellText(r.cells[0]!, 'PERCENT', 'value')))).toEqual([
      'sans objet',
      'masqué',
      '62,5 %',
    ]);
  });

  it('has no row when the API has none', () => {
    expect(buildIndicatorTable({ unit: 'COUNT', dimensions: ['DEPARTEMENT'], rows: [] }).rows).toEqual([]);
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
