import { searchKeySql } from '@navette/db';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** "Contains" on a search_key column, case- and accent-insensitive; `%` and `_` in the term are literal. */
export function matchesSearch(column: AnyColumn | SQL, term: string | null | undefined): SQL | undefined {
  const trimmed = term?.trim();
  if (!trimmed) return undefined;
  const escaped = trimmed.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`${column} like '%' || ${searchKeySql(sql`${escaped}`)} || '%'`;
}

/** The cursor of a list ordered by (name, id). */
export const NAME_KEY = ['text', 'uuid'] as const;

/** Keyset condition for a list ordered by (name, id). */
export function afterNameId(name: AnyColumn, id: AnyColumn, key: string[] | undefined): SQL | undefined {
  if (!key) return undefined;
  return sql`(${name}, ${id}) > (${key[0]}, ${key[1]}::uuid)`;
}
