// Relay-style connections with opaque keyset cursors (STYLE, practice 5).
//
// A cursor is the sort key of the last row of a page, ending with a unique tie-breaker (the row's id), so that rows
// equal on the other keys are neither lost nor repeated. Each part is checked against its kind before it reaches SQL:
// a malformed or forged cursor is the client's mistake (BAD_USER_INPUT), never a PostgreSQL error. Timestamps travel at
// full precision (PostgreSQL keeps microseconds, a JavaScript Date only milliseconds: rows written in one transaction
// share their `created_at` to the millisecond and a millisecond cursor skipped them, issue 13 item 7): select them with
// `timestampKey(column)` and compare them as `timestamptz` in SQL.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { userError } from './errors.js';
import { isUuid } from './ids.js';

export const MAX_PAGE_SIZE = 100;

export function clampFirst(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw userError('BAD_USER_INPUT', `Le nombre d'éléments demandés doit être compris entre 1 et ${MAX_PAGE_SIZE}.`);
  }
  return n;
}

/** What one part of a cursor's key may be. */
export type CursorKeyKind = 'uuid' | 'timestamp' | 'date' | 'text' | 'integer';

/** A cursor longer than this is not one of ours (the longest key is two names of 300 characters and an id). */
export const MAX_CURSOR_LENGTH = 2_000;

/** As written by `timestampKey`: UTC, microseconds. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER = /^[0-9]{1,18}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function validDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const VALID: Record<CursorKeyKind, (value: string) => boolean> = {
  uuid: isUuid,
  timestamp: (v) => TIMESTAMP.test(v) && validDate(v) && !Number.isNaN(Date.parse(v)),
  date: (v) => ISO_DATE.test(v) && validDate(v),
  text: (v) => v.length <= 1_000 && !CONTROL.test(v) && !LONE_SURROGATE.test(v),
  integer: (v) => INTEGER.test(v),
};

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const invalidCursor = () =>
  userError('BAD_USER_INPUT', 'Curseur de pagination invalide : rechargez la liste.', { reason: 'INVALID_CURSOR' });

/** The key carried by `cursor`, each part checked against `kinds`; undefined without a cursor; BAD_USER_INPUT otherwise. */
export function decodeCursor(cursor: string | null | undefined, kinds: readonly CursorKeyKind[]): string[] | undefined {
  if (cursor == null) return undefined;
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(key) || key.length !== kinds.length) throw invalidCursor();
  if (!key.every((k: unknown, i) => typeof k === 'string' && VALID[kinds[i]!](k))) throw invalidCursor();
  return key as string[];
}

/** A `timestamptz` column as a cursor key: UTC with its microseconds (a Date would drop them). */
export function timestampKey(column: AnyColumn | SQL): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Builds a connection from `first + 1` rows fetched after the cursor. */
export function connectionFromRows<T>(rows: T[], first: number, keyOf: (row: T) => string[], totalCount: number) {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
