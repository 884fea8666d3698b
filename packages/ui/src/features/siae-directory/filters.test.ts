import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  filtersFromSearchParams,
  filtersToSearchParams,
  hasActiveFilters,
  toSiaeFilter,
} from './filters.ts';

describe('SIAE directory filters', () => {
  it('reads the filters from French URL parameters', () => {
    expect(filtersFromSearchParams(new URLSearchParams('departement=25&type=aci&recherche=%20jardins%20'))).toEqual({
      departement: '25',
      kind: 'ACI',
      search: 'jardins',
    });
  });

  it('ignores values the API would refuse', () => {
    expect(filtersFromSearchParams(new URLSearchParams('departement=Doubs&type=GEIQ'))).toEqual(emptyFilters);
  });

  it('round-trips through the URL, leaving out empty filters', () => {
    const filters = { departement: '39', kind: 'ETTI' as const, search: 'Lons' };
    expect(filtersToSearchParams(filters).toString()).toBe('departement=39&type=ETTI&recherche=Lons');
    expect(filtersFromSearchParams(filtersToSearchParams(filters))).toEqual(filters);
    expect(filtersToSearchParams(emptyFilters).toString()).toBe('');
  });

  it('maps to the GraphQL SiaeFilter with only the fields set', () => {
    expect(toSiaeFilter(emptyFilters)).toBeNull();
    expect(toSiaeFilter({ departement: '25', kind: '', search: '  ' })).toEqual({ departement: '25' });
    expect(toSiaeFilter({ departement: '', kind: 'EI', search: ' Saint   Claude ' })).toEqual({
      kind: 'EI',
      search: 'Saint Claude',
    });
    expect(toSiaeFilter(emptyFilters, { agencyId: 'a1' })).toEqual({ agencyId: 'a1' });
  });

  it('knows when the user filtered', () => {
    expect(hasActiveFilters(emptyFilters)).toBe(false);
    expect(hasActiveFilters({ ...emptyFilters, search: 'x' })).toBe(true);
  });
});
