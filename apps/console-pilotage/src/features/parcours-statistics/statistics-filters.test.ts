import { describe, expect, it } from 'vitest';
import {
  checkFilters,
  filtersFromSearchParams,
  filtersToSearchParams,
  isIsoDate,
  noFilters,
  periodLabel,
  statisticsVariables,
} from './statistics-filters.ts';

describe('isIsoDate', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('filters in the URL', () => {
  it('round-trips a département and a period', () => {
    const filters = { departement: '25', from: '2026-01-01', to: '2026-06-30' };
    expect(filtersToSearchParams(filters).toString()).toBe('departement=25&du=2026-01-01&au=2026-06-30');
    expect(filtersFromSearchParams(filtersToSearchParams(filters))).toEqual(filters);
    expect(filtersToSearchParams(noFilters).toString()).toBe('');
  });

  it('ignores what is malformed, and the end of an inverted period', () => {
    expect(filtersFromSearchParams(new URLSearchParams('departement=x&du=2026-13-01&au=2026-01-01'))).toEqual({
      departement: '',
      from: '',
      to: '2026-01-01',
    });
    expect(filtersFromSearchParams(new URLSearchParams('du=2026-06-01&au=2026-01-01'))).toEqual({
      departement: '',
      from: '2026-06-01',
      to: '',
    });
  });
});

describe('checkFilters', () => {
  it('accepts an open or a closed period', () => {
    expect(checkFilters({ departement: '', from: '2026-01-01', to: '' })).toEqual({
      ok: true,
      filters: { departement: '', from: '2026-01-01', to: '' },
    });
    expect(checkFilters({ departement: '21', from: '2026-01-01', to: '2026-01-01' }).ok).toBe(true);
  });

  it('refuses an invalid date and an end before the start, on the field to fix', () => {
    expect(checkFilters({ departement: '', from: '2026-02-30', to: '' })).toMatchObject({
      ok: false,
      errors: { from: expect.any(String) },
    });
    expect(checkFilters(noFilters, { to: true })).toMatchObject({ ok: false, errors: { to: expect.any(String) } });
    const inverted = checkFilters({ departement: '', from: '2026-06-01', to: '2026-01-01' });
    expect(inverted.ok).toBe(false);
    expect(inverted.ok ? {} : inverted.errors).toEqual({
      to: 'La date de fin doit être égale ou postérieure à la date de début.',
    });
  });
});

describe('statisticsVariables', () => {
  it('sends null for every filter left empty', () => {
    expect(statisticsVariables(noFilters)).toEqual({ departement: null, from: null, to: null });
    expect(statisticsVariables({ departement: '25', from: '', to: '2026-06-30' })).toEqual({
      departement: '25',
      from: null,
      to: '2026-06-30',
    });
  });
});

describe('periodLabel', () => {
  const iso = (date: string) => date;
  it('describes the period asked for', () => {
    expect(periodLabel({ departement: '', from: '2026-01-01', to: '2026-06-30' }, iso)).toBe(
      'du 2026-01-01 au 2026-06-30',
    );
    expect(periodLabel({ departement: '', from: '2026-01-01', to: '' }, iso)).toBe('depuis le 2026-01-01');
    expect(periodLabel({ departement: '', from: '', to: '2026-06-30' }, iso)).toBe('jusqu’au 2026-06-30');
    expect(periodLabel(noFilters, iso)).toBe('');
  });
});
