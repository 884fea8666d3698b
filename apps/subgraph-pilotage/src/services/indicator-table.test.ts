// The table the console shows (annexe 1: "par département et type de SIAE"): the rows laid out, nothing computed.
import { describe, expect, it } from 'vitest';
import { indicatorTable } from './indicator-table.js';
import type { IndicatorRowResult } from './rows.js';

const row = (
  departement: string,
  siaeKind: IndicatorRowResult['siaeKind'],
  value: number | null,
  extra: Partial<IndicatorRowResult> = {},
) =>
  ({
    departement,
    departementName: `Dép. ${departement}`,
    siaeKind,
    value,
    people: null,
    masked: false,
    ...extra,
  }) satisfies IndicatorRowResult;

describe('indicatorTable', () => {
  it('puts the départements by code and the kinds in the usual order, a missing cell as NO_DATA', () => {
    const table = indicatorTable(
      [row('25', 'EI', 7), row('2A', 'ACI', null, { masked: true }), row('25', 'ACI', 0), row('21', 'ETTI', null)],
      false,
    );
    expect(table).toEqual({
      siaeKinds: ['ACI', 'EI', 'ETTI'],
      departements: [
        { code: '21', name: 'Dép. 21' },
        { code: '25', name: 'Dép. 25' },
        { code: '2A', name: 'Dép. 2A' },
      ],
      states: [
        ['NO_DATA', 'NO_DATA', 'NOT_APPLICABLE'],
        ['FIGURE', 'FIGURE', 'NO_DATA'],
        ['MASKED', 'NO_DATA', 'NO_DATA'],
      ],
      values: [
        [null, null, null],
        [0, 7, null],
        [null, null, null],
      ],
      people: null,
    });
  });

  it('has one column for an indicator not broken down by kind, and the people of the training hours', () => {
    const table = indicatorTable([row('90', null, 37.5, { people: 8 }), row('39', null, null, { masked: true })], true);
    expect(table.siaeKinds).toEqual([]);
    expect(table.states).toEqual([['MASKED'], ['FIGURE']]);
    expect(table.values).toEqual([[null], [37.5]]);
    expect(table.people).toEqual([[null], [8]]);
  });

  it('is empty without rows', () => {
    expect(indicatorTable([], false)).toEqual({
      siaeKinds: [],
      departements: [],
      states: [],
      values: [],
      people: null,
    });
  });
});
