// The people a caller sees. Recording a person or a diagnosis are use cases (use-cases/record-person.ts,
// record-diagnosis.ts).
import { tables, type Database } from '@navette/db';
import { clampFirst, connectionFromRows, decodeCursor } from '@navette/subgraph-server';
import { and, asc, count, eq, gt, ilike, or } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';

const { people } = tables;

/** The people the caller may see (row-level security decides which), by name, keyset-paginated. */
export async function listPeople(
  ctx: ParcoursContext,
  args: { first?: number | null; after?: string | null; search?: string | null },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['text', 'text', 'uuid']);
  const term = (args.search ?? '').trim();
  // `%` and `_` typed by the user are literal characters (backslash is PostgreSQL's default LIKE escape).
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = term ? or(ilike(people.lastName, pattern), ilike(people.firstName, pattern)) : undefined;
  return ctx.data(async (tx) => {
    const rows = await tx
      .select()
      .from(people)
      .where(
        and(
          where,
          key
            ? or(
                gt(people.lastName, key[0]!),
                and(eq(people.lastName, key[0]!), gt(people.firstName, key[1]!)),
                and(eq(people.lastName, key[0]!), eq(people.firstName, key[1]!), gt(people.id, key[2]!)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(people.lastName), asc(people.firstName), asc(people.id))
      .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(people).where(where);
    return connectionFromRows(rows, first, (r) => [r.lastName, r.firstName, r.id], total?.n ?? 0);
  });
}

/**
 * An anonymised person (issue 19 §3-4): no new personal text is written about them (a diagnosis, a prescription, a
 * correction). Called by the use cases that write about a person, in their transaction.
 */
export async function refuseIfAnonymised(tx: Database, personId: string): Promise<void> {
  const [row] = await tx.select({ anonymisedAt: people.anonymisedAt }).from(people).where(eq(people.id, personId));
  if (row?.anonymisedAt) throw errors.personAnonymised();
}
