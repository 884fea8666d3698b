// Lists of requests and agréments: what the caller sees is decided by row-level security; order and status filter here.
import { tables } from '@navette/db';
import { clampFirst, connectionFromRows, decodeCursor, timestampKey } from '@navette/subgraph-server';
import { and, asc, count, desc, eq, getTableColumns, gt, gte, or, sql, type SQL } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { requestStatusIs } from './request-status-sql.js';
import type { AppealStatus, ApprovalRequestStatus } from '../generated/resolvers-types.js';

const { approvalRequests: r, approvals: a } = tables;

/** Status as of today (domain approvalRequestStatusOn): a pending request past its deadline is acquired (annexe 4 §2.2.2). */
function statusFilter(status: ApprovalRequestStatus | null | undefined, today: string): SQL | undefined {
  return status ? requestStatusIs(r, status, today) : undefined;
}

/**
 * The agence's inbox is sorted by deadline (most urgent first); a SIAE or a prescripteur sees its newest requests
 * first. Keyset cursors in both orders.
 */
export async function listApprovalRequests(
  ctx: ParcoursContext,
  args: {
    first?: number | null;
    after?: string | null;
    status?: ApprovalRequestStatus | null;
    appealStatus?: AppealStatus | null;
  },
) {
  const first = clampFirst(args.first);
  const inbox = ctx.principal.kind === 'user' && ctx.principal.organisationKind === 'AGENCY';
  const key = decodeCursor(args.after, inbox ? ['date', 'uuid'] : ['timestamp', 'uuid']);
  const where = and(
    statusFilter(args.status, ctx.today),
    args.appealStatus ? eq(r.appealStatus, args.appealStatus) : undefined,
  );
  return ctx.data(async (tx) => {
    // Both orders select the same columns; `cursorAt` is the sort key at full precision (timestampKey).
    const rows = inbox
      ? await tx
          .select({ ...getTableColumns(r), cursorAt: r.deadline })
          .from(r)
          .where(
            and(where, key ? or(gt(r.deadline, key[0]!), and(eq(r.deadline, key[0]!), gt(r.id, key[1]!))) : undefined),
          )
          .orderBy(asc(r.deadline), asc(r.id))
          .limit(first + 1)
      : await tx
          .select({ ...getTableColumns(r), cursorAt: timestampKey(r.createdAt) })
          .from(r)
          .where(
            and(where, key ? sql`(${r.createdAt}, ${r.id}) < (${key[0]}::timestamptz, ${key[1]}::uuid)` : undefined),
          )
          .orderBy(desc(r.createdAt), desc(r.id))
          .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(r).where(where);
    return connectionFromRows(rows, first, (row) => [row.cursorAt, row.id], total?.n ?? 0);
  });
}

/** Agréments the caller sees, current ones first, ending soonest first (the SIAE's employees). */
export async function listApprovals(ctx: ParcoursContext, args: { first?: number | null; after?: string | null }) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['date', 'uuid']);
  const current = gte(a.endOn, ctx.today);
  return ctx.data(async (tx) => {
    const rows = await tx
      .select()
      .from(a)
      .where(and(current, key ? or(gt(a.endOn, key[0]!), and(eq(a.endOn, key[0]!), gt(a.id, key[1]!))) : undefined))
      .orderBy(asc(a.endOn), asc(a.id))
      .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(a).where(current);
    return connectionFromRows(rows, first, (row) => [row.endOn, row.id], total?.n ?? 0);
  });
}
