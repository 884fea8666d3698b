import { describe, expect, it } from 'vitest';
import { habilitationFiltersCodec, shownDepartement } from './habilitation-filters.ts';

const read = (search: string) => habilitationFiltersCodec.read(new URLSearchParams(search));

describe('habilitation filters in the URL', () => {
  it('reads a département and a search, and writes only what is set', () => {
    expect(read('departement=25&recherche=%20ccas%20')).toEqual({ departement: '25', search: 'ccas' });
    expect(habilitationFiltersCodec.write({ departement: '2A', search: 'mission' }).toString()).toBe(
      'departement=2A&recherche=mission',
    );
    expect(habilitationFiltersCodec.write({ departement: null, search: ' ' }).toString()).toBe('');
  });

  it('reads a forged département as none', () => {
    for (const forged of ['departement=999999', 'departement=%3Cscript%3E', "departement=25' or 1=1"]) {
      expect(read(forged).departement, forged).toBeNull();
    }
  });

  it('shows a département the user decides for, else the first of theirs', () => {
    const theirs = [{ code: '21' }, { code: '25' }];
    expect(shownDepartement('25', theirs).code).toBe('25');
    expect(shownDepartement('39', theirs).code).toBe('21');
    expect(shownDepartement(null, [{ code: '25' }]).code).toBe('25');
  });
});
