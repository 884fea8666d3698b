import { describe, expect, it } from 'vitest';
import { departementFromSearchParams } from './departement-param.ts';

describe('departementFromSearchParams', () => {
  it('reads an INSEE département code', () => {
    expect(departementFromSearchParams(new URLSearchParams('departement=25'))).toBe('25');
    expect(departementFromSearchParams(new URLSearchParams('departement=2a'))).toBe('2A');
    expect(departementFromSearchParams(new URLSearchParams('departement=971'))).toBe('971');
  });

  it('means "all" for no or a wrong value', () => {
    expect(departementFromSearchParams(new URLSearchParams(''))).toBeNull();
    expect(departementFromSearchParams(new URLSearchParams('departement=Doubs'))).toBeNull();
  });
});
