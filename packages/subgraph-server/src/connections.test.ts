import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH, type CursorKeyKind } from './connections.js';

const ID = '0d4e8b7a-1c2f-4a3b-9c8d-7e6f5a4b3c2d';
const refusal = (cursor: string, kinds: readonly CursorKeyKind[]) => {
  try {
    decodeCursor(cursor, kinds);
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  return undefined;
};

describe('keyset cursors (issue 13 item 7)', () => {
  it('carry timestamps at full precision, dates, texts, integers and ids', () => {
    const key = ['2026-12-15T09:00:00.123456Z', '2026-12-31', 'Dupont d’Aubigny', '42', ID];
    const kinds = ['timestamp', 'date', 'text', 'integer', 'uuid'] as const;
    expect(decodeCursor(encodeCursor(key), kinds)).toEqual(key);
    expect(decodeCursor(null, kinds)).toBeUndefined();
    expect(decodeCursor(undefined, kinds)).toBeUndefined();
  });

  it.each([
    ['a millisecond timestamp (what lost rows)', ['2026-12-15T09:00:00.123Z', ID], ['timestamp', 'uuid']],
    ['a timestamp that is not one', ['2026-02-30T09:00:00.000000Z', ID], ['timestamp', 'uuid']],
    ['SQL in a timestamp', ["2026-12-15' or 1=1 --", ID], ['timestamp', 'uuid']],
    ['an impossible date', ['2026-02-30', ID], ['date', 'uuid']],
    ['a non-UUID id', ['2026-12-31', 'constructor'], ['date', 'uuid']],
    ['a NUL in a name', ['Du\u0000pont', ID], ['text', 'uuid']],
    ['a lone surrogate in a name', ['Du\uD800pont', ID], ['text', 'uuid']],
    ['a negative integer', ['-1'], ['integer']],
    ['a number where a string is expected', [42, ID], ['text', 'uuid']],
    ['a key one part short', [ID], ['text', 'uuid']],
    ['a key one part long', ['a', 'b', ID], ['text', 'uuid']],
  ] as const)('refuse %s as BAD_USER_INPUT', (_what, key, kinds) => {
    expect(refusal(encodeCursor(key as unknown as string[]), kinds)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CURSOR',
    });
  });

  it('refuse what is not base64url JSON, and anything longer than a cursor can be, before decoding it', () => {
    for (const cursor of [
      '',
      'not a cursor',
      'e30=',
      Buffer.from('{"0":"a"}').toString('base64url'),
      Buffer.from('[').toString('base64url'),
      'A'.repeat(MAX_CURSOR_LENGTH + 1),
    ]) {
      expect(refusal(cursor, ['text']), cursor.slice(0, 20)).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});
