import { describe, expect, it } from 'vitest';
import { agreementPeriod, signedOn } from './period.ts';

describe('period and signatures of a convention', () => {
  it('reads in French, with or without an end', () => {
    expect(agreementPeriod({ startOn: '2026-12-01', endOn: '2027-11-30' })).toBe('du 01/12/2026 au 30/11/2027');
    expect(agreementPeriod({ startOn: '2026-12-01', endOn: null })).toBe('à partir du 01/12/2026, sans date de fin');
  });

  it('says when a party has not signed yet', () => {
    expect(signedOn('2026-11-23')).toBe('23/11/2026');
    expect(signedOn(null)).toBe('Pas encore');
  });
});
