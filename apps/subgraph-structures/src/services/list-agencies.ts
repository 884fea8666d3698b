import { tables, type Database } from '@navette/db';
import { clampFirst, connectionFromRows, decodeCursor } from '@navette/subgraph-server';
import { and, asc, count, eq } from 'drizzle-orm';
import type { AgencyFilter } from '../generated/resolvers-types.js';
import { NAME_KEY, afterNameId, matchesSearch } from './filters.js';

const { agencies } = tables;

export async function listAgencies(
  db: Database,
  args: { first?: number | null; after?: string | null; filter?: AgencyFilter | null },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, NAME_KEY);
  const f = args.filter ?? {};
  const where = and(
    f.departement ? eq(agencies.departementCode, f.departement) : undefined,
    matchesSearch(agencies.searchKey, f.search),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(agencies)
      .where(and(where, afterNameId(agencies.name, agencies.id, key)))
      .orderBy(asc(agencies.name), asc(agencies.id))
      .limit(first + 1),
    db.select({ n: count() }).from(agencies).where(where),
  ]);
  return connectionFromRows(rows, first, (r) => [r.name, r.id], total?.n ?? 0);
}
