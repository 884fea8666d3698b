import { tables, type Database } from '@navette/db';
import { clampFirst, connectionFromRows, decodeCursor } from '@navette/subgraph-server';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { SiaeFilter } from '../generated/resolvers-types.js';
import { NAME_KEY, afterNameId, matchesSearch } from './filters.js';

const { siaes } = tables;

/** The SIAE directory: filtered, ordered by name, paginated by keyset cursor. */
export async function listSiaes(
  db: Database,
  args: { first?: number | null; after?: string | null; filter?: SiaeFilter | null },
  today?: string,
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, NAME_KEY);
  const f = args.filter ?? {};
  const where = and(
    f.departement ? eq(siaes.departementCode, f.departement) : undefined,
    f.kind ? eq(siaes.kind, f.kind) : undefined,
    f.employmentAreaId ? eq(siaes.employmentAreaId, f.employmentAreaId) : undefined,
    f.agencyId ? eq(siaes.agencyId, f.agencyId) : undefined,
    matchesSearch(siaes.searchKey, f.search),
    f.missingCooperationAgreement && today ? missingAgreement(today) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(siaes)
      .where(and(where, afterNameId(siaes.name, siaes.id, key)))
      .orderBy(asc(siaes.name), asc(siaes.id))
      .limit(first + 1),
    db.select({ n: count() }).from(siaes).where(where),
  ]);
  return connectionFromRows(rows, first, (r) => [r.name, r.id], total?.n ?? 0);
}

/**
 * SIAE that must have a convention (an AI, annexe 4 §2.2.8: domain isCooperationAgreementMandatory) and have none in
 * force today (domain isCooperationAgreementInForce: signed, and today within its period), as a SQL filter.
 */
function missingAgreement(today: string) {
  return and(
    eq(siaes.kind, 'AI'),
    sql`not exists (select 1 from ${tables.cooperationAgreements} a where a.siae_id = ${siaes.id} and a.status = 'SIGNED'
      and a.start_on <= ${today} and (a.end_on is null or a.end_on >= ${today}))`,
  );
}
