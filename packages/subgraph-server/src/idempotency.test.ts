import { describe, expect, it } from 'vitest';
import { idempotencyKeyOf, principalKey, requestHash } from './idempotency.js';

describe('request hash (idempotency keys)', () => {
  const request = {
    query: 'mutation($input: PersonInput!) { recordPerson(input: $input) { id } }',
    operationName: null,
    variables: { input: { firstName: 'Camille', lastName: 'Durand' } },
  };

  it('is a SHA-256 in hex, the same for the same request whatever the order of the variables’ keys', () => {
    const hash = requestHash(request);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(requestHash({ ...request, variables: { input: { lastName: 'Durand', firstName: 'Camille' } } })).toBe(hash);
  });

  it('differs when the input, the document or the operation name differs', () => {
    const hash = requestHash(request);
    expect(requestHash({ ...request, variables: { input: { firstName: 'Camille', lastName: 'Dupont' } } })).not.toBe(
      hash,
    );
    expect(requestHash({ ...request, query: request.query.replace('{ id }', '{ id lastName }') })).not.toBe(hash);
    expect(requestHash({ ...request, operationName: 'Record' })).not.toBe(hash);
    // A missing value and an explicit null are different inputs.
    expect(requestHash({ ...request, variables: { input: { ...request.variables.input, email: null } } })).not.toBe(
      hash,
    );
  });

  it('treats absent variables as empty ones', () => {
    expect(requestHash({ query: 'mutation { a }' })).toBe(
      requestHash({ query: 'mutation { a }', variables: {}, operationName: null }),
    );
  });
});

describe('Idempotency-Key header', () => {
  it('accepts a UUID and printable tokens of 8 to 100 characters; refuses the rest', () => {
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
    expect(idempotencyKeyOf('')).toBeUndefined();
    expect(idempotencyKeyOf('3f1c2b7e-9d3a-4c1e-8f0a-1b2c3d4e5f60')).toBe('3f1c2b7e-9d3a-4c1e-8f0a-1b2c3d4e5f60');
    expect(idempotencyKeyOf('form:person.1')).toBe('form:person.1');
    for (const bad of ['short', 'a b c d e f', 'x'.repeat(101), 'clé-accentuée', 'a;drop table'])
      expect(idempotencyKeyOf(bad)).toBeNull();
  });

  it('keys answers per principal; anonymous callers have none', () => {
    expect(principalKey({ kind: 'anonymous' })).toBeNull();
    expect(principalKey({ kind: 'api_client', clientId: 'c1', scopes: [] })).toBe('client:c1');
  });
});
