import { describe, expect, it } from 'vitest';
import { isUuid, knownId } from './ids.js';

describe('row ids', () => {
  it('accept a uuid as PostgreSQL writes it, whatever its version bits or case', () => {
    for (const id of [
      '0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6f70',
      '0B7E1B1E-8A8F-4C43-9C1A-2B3C4D5E6F70',
      '11111111-1111-1111-1111-111111111111', // no RFC 9562 version: still a uuid PostgreSQL stores
      '00000000-0000-0000-0000-000000000000',
    ])
      expect(isUuid(id), id).toBe(true);
  });

  it('refuse anything else, before a query: forged, truncated, padded, other forms PostgreSQL would cast', () => {
    for (const id of [
      'abc',
      '',
      "0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6f70' or 1=1",
      ' 0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6f70',
      '0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6f7',
      '0b7e1b1e8a8f4c439c1a2b3c4d5e6f70',
      '{0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6f70}',
      '0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6g70',
    ])
      expect(isUuid(id), id).toBe(false);
    expect(isUuid(42)).toBe(false);
    expect(isUuid(null)).toBe(false);
  });

  it('knownId answers a malformed id with the catalogue’s not-found error', () => {
    const notFound = () => new Error('Dossier introuvable.');
    expect(knownId('0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6f70', notFound)).toBe('0b7e1b1e-8a8f-4c43-9c1a-2b3c4d5e6f70');
    expect(() => knownId('42', notFound)).toThrow('Dossier introuvable.');
  });
});
