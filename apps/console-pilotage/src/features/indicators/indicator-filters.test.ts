import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  defaultFilters,
  draftFromFilters,
  filtersFromSearchParams,
  filtersToSearchParams,
  indicatorFilterVariable,
  periodBounds,
  periodLabel,
  periodSlug,
  quarterBounds,
  selectableYears,
  trendQuartersFromSearchParams,
  type IndicatorFilters,
} from './indicator-filters.ts';

const today = '2026-11-23';
const params = (query: string) => new URLSearchParams(query);

describe('quarterBounds', () => {
  it('gives the first and last day of each quarter, leap years included', () => {
    expect(quarterBounds(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterBounds(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterBounds(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterBounds(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});

describe('periodBounds', () => {
  it('turns a year, a quarter or a month into the dates sent to the API (whole periods: secret statistique)', () => {
    expect(periodBounds({ kind: 'year', year: 2025 })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodBounds({ kind: 'quarter', year: 2024, quarter: 1 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodBounds({ kind: 'month', year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodBounds({ kind: 'month', year: 2026, month: 12 })).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('filters in the URL', () => {
  it('defaults to the current year for the whole region', () => {
    expect(filtersFromSearchParams(params(''), today)).toEqual(defaultFilters(today));
    expect(defaultFilters(today).period).toEqual({ kind: 'year', year: 2026 });
  });

  it('round-trips a year, a quarter and a month with a département and a SIAE kind', () => {
    const cases: [IndicatorFilters, string][] = [
      [
        { departement: '25', siaeKind: 'ACI', period: { kind: 'year', year: 2025 } },
        'departement=25&type=ACI&periode=2025',
      ],
      [{ departement: '', siaeKind: '', period: { kind: 'quarter', year: 2026, quarter: 2 } }, 'periode=2026-T2'],
      [
        { departement: '2A', siaeKind: 'EITI', period: { kind: 'month', year: 2026, month: 3 } },
        'departement=2A&type=EITI&periode=2026-03',
      ],
      [{ departement: '', siaeKind: '', period: { kind: 'month', year: 2026, month: 11 } }, 'periode=2026-11'],
    ];
    for (const [filters, query] of cases) {
      expect(filtersToSearchParams(filters).toString()).toBe(query);
      expect(filtersFromSearchParams(params(query), today)).toEqual(filters);
    }
  });

  it('reads codes whatever their case', () => {
    expect(filtersFromSearchParams(params('departement=2a&type=aci&periode=2026-t1'), today)).toEqual({
      departement: '2A',
      siaeKind: 'ACI',
      period: { kind: 'quarter', year: 2026, quarter: 1 },
    });
  });

  it('ignores what is malformed, unknown, or in the future', () => {
    const fallback = defaultFilters(today);
    for (const query of [
      'departement=xx&type=SCOP',
      'periode=2015',
      'periode=2027',
      'periode=2026-T5',
      'periode=2027-T1',
      'periode=2026-13',
      'periode=2026-12',
      // Dates of one's choosing are no longer published (secret statistique).
      'du=2026-01-01&au=2026-03-30',
    ]) {
      const filters = filtersFromSearchParams(params(query), today);
      expect(filters.period).toEqual(fallback.period);
      expect([filters.departement, filters.siaeKind]).toEqual(['', '']);
    }
    // A quarter that has begun is fine; an end before the start is dropped.
    expect(filtersFromSearchParams(params('periode=2026-T4'), today).period).toEqual({
      kind: 'quarter',
      year: 2026,
      quarter: 4,
    });
    expect(filtersFromSearchParams(params('periode=2026-11'), today).period).toEqual({
      kind: 'month',
      year: 2026,
      month: 11,
    });
  });
});

describe('indicatorFilterVariable', () => {
  it('sends null for "no filter" and the bounds of the period', () => {
    expect(indicatorFilterVariable(defaultFilters(today))).toEqual({
      departement: null,
      siaeKind: null,
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(
      indicatorFilterVariable({
        departement: '90',
        siaeKind: 'AI',
        period: { kind: 'quarter', year: 2025, quarter: 3 },
      }),
    ).toEqual({ departement: '90', siaeKind: 'AI', from: '2025-07-01', to: '2025-09-30' });
  });
});

describe('periodLabel and periodSlug', () => {
  it('name a period that is over', () => {
    expect(periodLabel({ kind: 'year', year: 2025 }, today)).toBe('année 2025');
    expect(periodLabel({ kind: 'quarter', year: 2025, quarter: 1 }, today)).toBe('1er trimestre 2025');
    expect(periodLabel({ kind: 'quarter', year: 2026, quarter: 3 }, today)).toBe('3e trimestre 2026');
    expect(periodLabel({ kind: 'month', year: 2026, month: 3 }, today)).toBe('mars 2026');
    expect(periodSlug({ kind: 'year', year: 2025 }, today)).toBe('2025');
    expect(periodSlug({ kind: 'quarter', year: 2025, quarter: 1 }, today)).toBe('2025-T1');
    expect(periodSlug({ kind: 'month', year: 2026, month: 3 }, today)).toBe('2026-03');
  });

  it('say where the figures stop for a period still running', () => {
    expect(periodLabel({ kind: 'year', year: 2026 }, today)).toBe('année 2026 (chiffres au 23/11/2026)');
    expect(periodLabel({ kind: 'month', year: 2026, month: 11 }, today)).toBe('novembre 2026 (chiffres au 23/11/2026)');
    expect(periodSlug({ kind: 'year', year: 2026 }, today)).toBe('2026-au-2026-11-23');
    expect(periodSlug({ kind: 'quarter', year: 2026, quarter: 4 }, today)).toBe('2026-T4-au-2026-11-23');
    expect(periodSlug({ kind: 'month', year: 2026, month: 11 }, today)).toBe('2026-11-au-2026-11-23');
  });
});

describe('checkDraft', () => {
  const draft = draftFromFilters(defaultFilters(today), today);

  it('starts from the filters in force', () => {
    expect(draft).toEqual({
      departement: '',
      siaeKind: '',
      periodKind: 'year',
      year: '2026',
      quarter: '4',
      month: '11',
    });
  });

  it('accepts a year, a quarter and a month begun', () => {
    expect(checkDraft({ ...draft, departement: '25', siaeKind: 'EI', year: '2024' }, today)).toEqual({
      ok: true,
      filters: { departement: '25', siaeKind: 'EI', period: { kind: 'year', year: 2024 } },
    });
    expect(checkDraft({ ...draft, periodKind: 'quarter', quarter: '4' }, today)).toMatchObject({
      ok: true,
      filters: { period: { kind: 'quarter', year: 2026, quarter: 4 } },
    });
    expect(checkDraft({ ...draft, periodKind: 'month', month: '11' }, today)).toMatchObject({
      ok: true,
      filters: { period: { kind: 'month', year: 2026, month: 11 } },
    });
  });

  it('refuses, on the field to fix, a year out of range, a quarter or a month not begun', () => {
    expect(checkDraft({ ...draft, year: '2015' }, today)).toEqual({
      ok: false,
      errors: { year: 'Choisissez une année de 2016 à 2026.' },
    });
    expect(checkDraft({ ...draft, periodKind: 'quarter', year: '2026', quarter: '4' }, '2026-09-30')).toEqual({
      ok: false,
      errors: {
        quarter: 'Le 4e trimestre 2026 n’a pas encore commencé : choisissez un trimestre passé ou en cours.',
      },
    });
    expect(checkDraft({ ...draft, periodKind: 'month', month: '12' }, today)).toEqual({
      ok: false,
      errors: { month: 'Le mois de décembre 2026 n’a pas encore commencé : choisissez un mois passé ou en cours.' },
    });
    expect(checkDraft({ ...draft, periodKind: 'month', month: '13' }, today)).toEqual({
      ok: false,
      errors: { month: 'Choisissez un mois.' },
    });
    expect(checkDraft({ ...draft, departement: 'x', siaeKind: 'SCOP' }, today)).toMatchObject({
      ok: false,
      errors: { departement: expect.any(String), siaeKind: expect.any(String) },
    });
  });
});

describe('selectableYears', () => {
  it('goes from the current year down to the signature of the accord', () => {
    expect(selectableYears('2018-05-01')).toEqual([2018, 2017, 2016]);
  });
});

describe('trendQuartersFromSearchParams', () => {
  it('reads one of the offered numbers of quarters, 8 by default', () => {
    expect(trendQuartersFromSearchParams(params('trimestres=12'))).toBe(12);
    expect(trendQuartersFromSearchParams(params('trimestres=7'))).toBe(8);
    expect(trendQuartersFromSearchParams(params(''))).toBe(8);
  });
});
