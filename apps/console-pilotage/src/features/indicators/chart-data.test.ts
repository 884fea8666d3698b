import { describe, expect, it } from 'vitest';
import { chartContent } from '@navette/ui';
import {
  departementChart,
  departementChartCells,
  labelKey,
  markKey,
  SERIES_COLORS,
  SINGLE_SERIES_COLOR,
  trendChart,
  trendChartCells,
} from './chart-data.ts';
import { buildIndicatorTable } from './indicator-table.ts';

const doubs = { code: '25', name: 'Doubs' };
const jura = { code: '39', name: 'Jura' };

describe('departementChart', () => {
  it('draws a bar per SIAE kind, a masked value as a mark labelled "< 5", nothing where there is no figure', () => {
    const table = buildIndicatorTable({
      unit: 'COUNT',
      table: {
        siaeKinds: ['ACI', 'EI'],
        departements: [doubs, jura],
        states: [
          ['FIGURE', 'MASKED'],
          ['FIGURE', 'NO_DATA'],
        ],
        values: [
          [8, null],
          [0, null],
        ],
      },
    });
    const { series, data, sentences } = departementChart(table);
    expect(series).toEqual([
      { key: 'ACI', label: 'ACI', color: SERIES_COLORS['ACI'] },
      { key: 'EI', label: 'EI', color: SERIES_COLORS['EI'] },
    ]);
    expect(data).toEqual([
      {
        label: 'Doubs (25)',
        ACI: 8,
        [labelKey('ACI')]: '8',
        [markKey('ACI')]: 0,
        EI: 0,
        [labelKey('EI')]: '< 5',
        [markKey('EI')]: 1,
      },
      {
        label: 'Jura (39)',
        ACI: 0,
        [labelKey('ACI')]: '0',
        [markKey('ACI')]: 0,
        EI: 0,
        [labelKey('EI')]: '–',
        [markKey('EI')]: 0,
      },
    ]);
    expect(sentences).toEqual([
      "Doubs (25) : Atelier et chantier d'insertion (ACI) : 8 ; Entreprise d'insertion (EI) : < 5",
      "Jura (39) : Atelier et chantier d'insertion (ACI) : 0 ; Entreprise d'insertion (EI) : –",
    ]);
  });

  it('charts the hours of the training indicator, in one series when not by kind', () => {
    const table = buildIndicatorTable({
      unit: 'HOURS_AND_PEOPLE',
      table: { siaeKinds: [], departements: [doubs], states: [['FIGURE']], values: [[40]], people: [[6]] },
    });
    const { series, data, sentences } = departementChart(table);
    expect(series).toEqual([{ key: 'value', label: 'Heures de formation', color: SINGLE_SERIES_COLOR }]);
    expect(data).toEqual([{ label: 'Doubs (25)', value: 40, [labelKey('value')]: '40', [markKey('value')]: 0 }]);
    expect(sentences).toEqual(['Doubs (25) : 40']);
  });
});

describe('trendChart', () => {
  it('marks the quarter in progress and leaves a masked quarter out of the line', () => {
    expect(
      trendChart([
        { label: 'T3 2026', inProgress: false, value: 6, people: null, masked: false },
        { label: 'T4 2026', inProgress: true, value: null, people: null, masked: true },
      ]),
    ).toEqual([
      { label: 'T3 2026', value: 6 },
      { label: 'T4 2026 (en cours)', value: null },
    ]);
  });
});

describe('charts with nothing to draw (issue 14 §5)', () => {
  const table = (states: string[][], values: (number | null)[][]) =>
    buildIndicatorTable({
      unit: 'COUNT',
      table: {
        siaeKinds: ['ACI', 'EI'],
        departements: [doubs, jura],
        states: states as never,
        values,
      },
    });

  it('draws the comparison as soon as one département has a figure', () => {
    const cells = departementChartCells(
      table(
        [
          ['MASKED', 'FIGURE'],
          ['NO_DATA', 'MASKED'],
        ],
        [
          [null, 3],
          [null, null],
        ],
      ),
    );
    expect(cells).toHaveLength(4);
    expect(chartContent(cells)).toBe('figures');
    const zeros = table(
      [
        ['FIGURE', 'FIGURE'],
        ['FIGURE', 'NO_DATA'],
      ],
      [
        [0, 0],
        [0, null],
      ],
    );
    expect(chartContent(departementChartCells(zeros))).toBe('zero');
  });

  it('says the comparison is masked when every value is under the secrecy threshold, or that there is none', () => {
    const allMasked = table(
      [
        ['MASKED', 'MASKED'],
        ['MASKED', 'NO_DATA'],
      ],
      [
        [null, null],
        [null, null],
      ],
    );
    expect(chartContent(departementChartCells(allMasked))).toBe('masked');
    const nothing = table(
      [
        ['NO_DATA', 'NOT_APPLICABLE'],
        ['NO_DATA', 'NO_DATA'],
      ],
      [
        [null, null],
        [null, null],
      ],
    );
    expect(chartContent(departementChartCells(nothing))).toBe('none');
  });

  it('says the same of a trend whose quarters are all masked or without a value', () => {
    const quarter = (masked: boolean, value: number | null) => ({ label: 'T1 2026', inProgress: false, masked, value });
    expect(chartContent(trendChartCells([quarter(true, null), quarter(true, null)]))).toBe('masked');
    expect(chartContent(trendChartCells([quarter(false, null)]))).toBe('none');
    expect(chartContent(trendChartCells([quarter(true, null), quarter(false, 3)]))).toBe('figures');
    expect(chartContent(trendChartCells([]))).toBe('none');
  });
});
