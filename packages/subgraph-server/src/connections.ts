// Relay-style connections with opaque keyset cursors (STYLE, practice 5).
import { userError } from './errors.js';

export const MAX_PAGE_SIZE = 100;

export function clampFirst(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw userError('BAD_USER_INPUT', `Le nombre d'éléments demandés doit être compris entre 1 et ${MAX_PAGE_SIZE}.`);
  }
  return n;
}

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, length: number): string[] | undefined {
  if (cursor == null) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string')) return key as string[];
  } catch {
    // fall through to the user error
  }
  throw userError('BAD_USER_INPUT', 'Curseur de pagination invalide : rechargez la liste.');
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
