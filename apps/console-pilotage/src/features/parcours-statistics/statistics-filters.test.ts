import { describe, expect, it } from 'vitest';
import {
  checkFilters,
  filtersFromSearchParams,
  filtersToSearchParams,
  noFilters,
  periodChoices,
  periodLabel,
  statisticsVariables,
} from './statistics-filters.ts';

const today = '2026-11-23';
const params = (query: string) => new URLSearchParams(query);

describe('statistics filters in the URL', () => {
  it('round-trips a département and a whole year, quarter or month', () => {
    for (const query of ['departement=25&periode=2026', 'periode=2026-T2', 'departement=2A&periode=2025-03', '']) {
      const filters = filtersFromSearchParams(params(query), today);
      expect(filtersToSearchParams(filters).toString()).toBe(query);
    }
    expect(filtersFromSearchParams(params(''), today)).toEqual(noFilters);
  });

  it('ignores what is malformed, in the future, or two dates of one’s choosing (secret statistique)', () => {
    for (const query of [
      'departement=xx',
      'periode=2027',
      'periode=2026-12',
      'periode=2026-T5',
      'du=2026-01-01&au=2026-03-30',
    ]) {
      expect(filtersFromSearchParams(params(query), today)).toEqual(noFilters);
    }
  });
});

describe('statisticsVariables and periodLabel', () => {
  it('sends the bounds of the period, null for every year', () => {
    expect(statisticsVariables(noFilters, today)).toEqual({ departement: null, from: null, to: null });
    expect(statisticsVariables({ departement: '25', period: '2026-T2' }, today)).toEqual({
      departement: '25',
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(statisticsVariables({ departement: '', period: '2024-02' }, today)).toEqual({
      departement: null,
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('names the period, and where the figures stop while it runs', () => {
    expect(periodLabel(noFilters, today)).toBe('');
    expect(periodLabel({ departement: '', period: '2025' }, today)).toBe('année 2025');
    expect(periodLabel({ departement: '', period: '2026-11' }, today)).toBe('novembre 2026 (chiffres au 23/11/2026)');
  });
});

describe('checkFilters and periodChoices', () => {
  it('accepts a listed period, refuses anything else on its field', () => {
    expect(checkFilters({ departement: '25', period: '2026-T4' }, today)).toEqual({
      ok: true,
      filters: { departement: '25', period: '2026-T4' },
    });
    expect(checkFilters({ departement: '', period: '2026-01-01' }, today)).toEqual({
      ok: false,
      errors: { period: 'Choisissez une période de la liste.' },
    });
    expect(checkFilters({ departement: 'x', period: '' }, today)).toMatchObject({
      ok: false,
      errors: { departement: expect.any(String) },
    });
  });

  it('offers each year with its quarters and months begun, newest year first', () => {
    const choices = periodChoices(today);
    expect(choices[0]!.year).toBe(2026);
    expect(choices[0]!.choices.map((c) => c.value)).toEqual([
      '2026',
      '2026-T1',
      '2026-T2',
      '2026-T3',
      '2026-T4',
      ...['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m}`),
    ]);
    expect(choices[0]!.choices[1]!.label).toBe('1er trimestre 2026');
    expect(choices.at(-1)!.year).toBe(2016);
    for (const { choices: list } of choices)
      for (const c of list) expect(checkFilters({ departement: '', period: c.value }, today).ok).toBe(true);
  });
});
