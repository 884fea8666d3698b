import { tables, type Database } from '@navette/db';
import { clampFirst, connectionFromRows, decodeCursor } from '@navette/subgraph-server';
import { and, asc, count, eq } from 'drizzle-orm';
import type { PrescriberOrganisationFilter } from '../generated/resolvers-types.js';
import { NAME_KEY, afterNameId, matchesSearch } from './filters.js';

const { prescriberOrganisations: orgs } = tables;

export async function listPrescriberOrganisations(
  db: Database,
  args: { first?: number | null; after?: string | null; filter?: PrescriberOrganisationFilter | null },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, NAME_KEY);
  const f = args.filter ?? {};
  const where = and(
    f.departement ? eq(orgs.departementCode, f.departement) : undefined,
    f.kind ? eq(orgs.kind, f.kind) : undefined,
    matchesSearch(orgs.searchKey, f.search),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(orgs)
      .where(and(where, afterNameId(orgs.name, orgs.id, key)))
      .orderBy(asc(orgs.name), asc(orgs.id))
      .limit(first + 1),
    db.select({ n: count() }).from(orgs).where(where),
  ]);
  return connectionFromRows(rows, first, (r) => [r.name, r.id], total?.n ?? 0);
}
