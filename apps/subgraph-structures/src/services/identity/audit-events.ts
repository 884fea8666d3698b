import { tables, type Database } from '@navette/db';
import { clampFirst, decodeCursor, encodeCursor } from '@navette/subgraph-server';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditEventFilter } from '../../generated/resolvers-types.js';

const { auditEvents } = tables;

/** The audit trail, newest first, by keyset on the id. */
export async function listAuditEvents(db: Database, args: { first?: number | null; after?: string | null; filter?: AuditEventFilter | null }) {
  const first = clampFirst(args.first);
  const [afterId] = decodeCursor(args.after, ['integer']) ?? [];
  const f = args.filter ?? {};
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        afterId ? lt(auditEvents.id, Number(afterId)) : undefined,
        f.action ? eq(auditEvents.action, f.action) : undefined,
        f.actorId ? eq(auditEvents.actorId, f.actorId) : undefined,
        f.subjectId ? eq(auditEvents.subjectId, f.subjectId) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(first + 1);
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor([String(node.id)]), node: { ...node, id: String(node.id), occurredAt: node.occurredAt.toISOString() } }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
