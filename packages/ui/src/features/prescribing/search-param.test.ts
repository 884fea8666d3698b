import { describe, expect, it } from 'vitest';
import { searchFromParams, searchToParams } from './search-param.ts';

describe('name search in the URL', () => {
  it('round-trips a search, spaces tidied', () => {
    const params = searchToParams('  Jean   Dupont ');
    expect(params.toString()).toBe('recherche=Jean+Dupont');
    expect(searchFromParams(params)).toBe('Jean Dupont');
  });

  it('leaves the URL empty for a blank search', () => {
    expect(searchToParams('   ').toString()).toBe('');
    expect(searchFromParams(new URLSearchParams())).toBe('');
  });
});
