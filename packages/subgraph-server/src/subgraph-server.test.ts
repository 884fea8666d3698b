import { Kind, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clampFirst, connectionFromRows, decodeCursor, encodeCursor } from './connections.js';
import { maskError } from './errors.js';
import { DateScalar } from './scalars.js';

describe('cursors', () => {
  it('round-trips a keyset and refuses a tampered cursor with a French, stable error', () => {
    const id = '0d4e8b7a-1c2f-4a3b-9c8d-7e6f5a4b3c2d';
    expect(decodeCursor(encodeCursor(['Envie Dijon', id]), ['text', 'uuid'])).toEqual(['Envie Dijon', id]);
    for (const bad of ['not a cursor', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad, ['text', 'uuid']);
        expect.unreachable();
      } catch (error) {
        expect((error as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
        expect((error as GraphQLError).message).toMatch(/Curseur de pagination invalide/);
      }
    }
  });

  it('pages: first + 1 rows fetched means there is a next page, ending at the last row shown', () => {
    const rows = ['a', 'b', 'c'];
    const page = connectionFromRows(rows, 2, (r) => [r], 3);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(connectionFromRows([], 2, (r: string) => [r], 0).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('accepts page sizes from 1 to 100 and defaults to 20', () => {
    expect(clampFirst(undefined)).toBe(20);
    expect(clampFirst(100)).toBe(100);
    expect(() => clampFirst(0)).toThrow(/entre 1 et 100/);
    expect(() => clampFirst(101)).toThrow(/entre 1 et 100/);
  });
});

describe('Date scalar', () => {
  it('keeps a calendar date and refuses impossible or malformed ones', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2026-02-29')).toThrow(/n'existe pas/);
    expect(() => DateScalar.parseValue('29/02/2024')).toThrow(/AAAA-MM-JJ/);
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20240229' }, {})).toThrow(/AAAA-MM-JJ/);
  });
});

describe('error masking', () => {
  it('passes user errors through and hides internal ones behind a French message', () => {
    const user = maskError(
      'test',
      { message: 'Date invalide', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['x'] } },
      null,
    );
    expect(user).toEqual({ message: 'Date invalide', extensions: { code: 'BAD_USER_INPUT' } });
    const original = console.error;
    console.error = () => {};
    try {
      const internal = maskError('test', { message: 'relation "structures.siaes" does not exist' }, new Error('sql'));
      expect(internal.message).not.toMatch(/relation|structures/);
      expect(internal.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      console.error = original;
    }
  });
});
