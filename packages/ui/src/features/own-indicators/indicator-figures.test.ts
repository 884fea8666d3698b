import { describe, expect, it } from 'vitest';
import {
  computableIndicators,
  formatCount,
  formatIndicatorValue,
  indicatorCells,
  indicatorHeaders,
  statisticsCells,
  type IndicatorData,
} from './indicator-figures.ts';

const doubs = { code: '25', name: 'Doubs' };

describe('the figures of "Mes indicateurs"', () => {
  it('keeps only the indicators the platform computes, in order', () => {
    const list = [
      { id: 'A', computable: true },
      { id: 'B', computable: false },
      { id: 'C', computable: true },
    ];
    expect(computableIndicators(list).map((i) => i.id)).toEqual(['A', 'C']);
  });

  it('writes counts, rates and hours the French way', () => {
    expect(formatIndicatorValue(1234, 'COUNT', false)).toBe('1\u202f234');
    expect(formatIndicatorValue(12.5, 'PERCENT', false)).toBe('12,5\u00a0%');
    expect(formatIndicatorValue(37.5, 'HOURS_AND_PEOPLE', false)).toBe('37,5');
    expect(formatIndicatorValue(0, 'COUNT', false)).toBe('0');
  });

  it('never invents a figure: nothing to divide by, or masked', () => {
    expect(formatIndicatorValue(null, 'PERCENT', false)).toBe('sans objet');
    expect(formatIndicatorValue(null, 'COUNT', true)).toBe('masqué');
    expect(formatCount(null)).toBe('masqué');
    expect(formatCount(7)).toBe('7');
  });

  it('shows the SIAE kind column only for an indicator broken down by kind', () => {
    const byKind: IndicatorData = {
      computable: true,
      unit: 'COUNT',
      dimensions: ['DEPARTEMENT', 'SIAE_KIND', 'PERIOD'],
      rows: [{ departement: doubs, siaeKind: 'AI', value: 3, masked: false }],
    };
    expect(indicatorHeaders(byKind)).toEqual(['Département', 'Type de SIAE', 'Valeur']);
    expect(indicatorCells(byKind)).toEqual([['Doubs (25)', 'AI – Association intermédiaire', '3']]);

    const byDepartement: IndicatorData = {
      computable: true,
      unit: 'PERCENT',
      dimensions: ['DEPARTEMENT', 'PERIOD'],
      rows: [{ departement: doubs, siaeKind: null, value: 50, masked: false }],
    };
    expect(indicatorHeaders(byDepartement)).toEqual(['Département', 'Valeur']);
    expect(indicatorCells(byDepartement)).toEqual([['Doubs (25)', '50\u00a0%']]);
  });

  it('shows hours and people for the training hours', () => {
    const training: IndicatorData = {
      computable: true,
      unit: 'HOURS_AND_PEOPLE',
      dimensions: ['DEPARTEMENT', 'SIAE_KIND'],
      rows: [{ departement: doubs, siaeKind: 'EI', value: 35, people: 1, masked: false }],
    };
    expect(indicatorHeaders(training)).toEqual([
      'Département',
      'Type de SIAE',
      'Heures de formation',
      'Personnes formées',
    ]);
    expect(indicatorCells(training)).toEqual([['Doubs (25)', "EI – Entreprise d'insertion", '35', '1']]);
  });

  it('lists the approval statistics in the order of the columns', () => {
    expect(
      statisticsCells([
        {
          departement: doubs,
          siaeKind: 'ACI',
          requests: 4,
          granted: 2,
          refused: 1,
          tacitlyGranted: 0,
          pending: 1,
          suspensions: 0,
          prolongations: null,
          extensions: 0,
        },
      ]),
    ).toEqual([['Doubs (25)', "ACI – Atelier et chantier d'insertion", '4', '2', '1', '0', '1', '0', 'masqué', '0']]);
  });
});
