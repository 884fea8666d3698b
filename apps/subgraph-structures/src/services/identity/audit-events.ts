import type { Principal } from '@navette/auth';
import { tables, withIdentity, type Database } from '@navette/db';
import { clampFirst, decodeCursor, encodeCursor, isUuid } from '@navette/subgraph-server';
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { AuditEventFilter } from '../../generated/resolvers-types.js';

const { auditEvents } = tables;

/** A DateTime filter as the scalar passes it (an ISO string), or undefined. */
function instant(value: unknown): Date | undefined {
  if (value == null) return undefined;
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (date === null) return undefined;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The audit trail, newest first, by keyset on the id; read as the caller under row-level security (migration 0020:
 * an administrator everything, a service de l'État its département's organisations' events).
 */
export async function listAuditEvents(
  db: Database,
  principal: Principal,
  args: { first?: number | null; after?: string | null; filter?: AuditEventFilter | null },
) {
  const first = clampFirst(args.first);
  const [afterId] = decodeCursor(args.after, ['integer']) ?? [];
  const f = args.filter ?? {};
  const none = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  if (principal.kind !== 'user') return none;
  // Ids are uuids: any other value matches nothing (and never reaches PostgreSQL as a cast error).
  if ([f.actorId, f.actorOrganisationId].some((id) => id != null && !isUuid(id))) return none;
  const from = instant(f.from);
  const to = instant(f.to);
  const rows = await withIdentity(db, { organisationId: principal.organisationId, userId: principal.userId }, (tx) =>
    tx
      .select()
      .from(auditEvents)
      .where(
        and(
          afterId ? lt(auditEvents.id, Number(afterId)) : undefined,
          f.action ? eq(auditEvents.action, f.action) : undefined,
          f.actorId ? eq(auditEvents.actorId, f.actorId) : undefined,
          f.subjectId ? eq(auditEvents.subjectId, f.subjectId) : undefined,
          f.actorOrganisationId ? eq(auditEvents.actorOrganisationId, f.actorOrganisationId) : undefined,
          from ? gte(auditEvents.occurredAt, from) : undefined,
          to ? lt(auditEvents.occurredAt, to) : undefined,
        ),
      )
      .orderBy(desc(auditEvents.id))
      .limit(first + 1),
  );
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({
    cursor: encodeCursor([String(node.id)]),
    node: {
      ...node,
      id: String(node.id),
      occurredAt: node.occurredAt.toISOString(),
      fieldsRead: Array.isArray(node.details?.['fields']) ? (node.details['fields'] as string[]) : null,
      requestId: typeof node.details?.['requestId'] === 'string' ? node.details['requestId'] : null,
    },
  }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
