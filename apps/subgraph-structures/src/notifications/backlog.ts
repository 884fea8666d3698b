// The work queues' backlog for /metrics (issue 15 §5, docs/operations.md "What to watch"): the outbox events not yet
// turned into notifications, the e-mails and the webhook deliveries waiting. Counts and ages only; each count uses the
// queue's partial index of pending rows.
import { resultRows, type Database } from '@navette/db';
import type { QueueBacklog } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';

export async function readQueueBacklog(db: Database): Promise<QueueBacklog[]> {
  const rows = resultRows<{ queue: string; pending: number; oldest: number }>(
    await db.execute(sql`
    select 'notifications' as queue, count(*)::int as pending,
           coalesce(extract(epoch from now() - min(occurred_at)), 0)::float8 as oldest
      from notify.outbox_events where dispatched_at is null
    union all
    select 'emails', count(*)::int, coalesce(extract(epoch from now() - min(created_at)), 0)::float8
      from notify.email_deliveries where status = 'PENDING' and not digest
    union all
    select 'webhooks', count(*)::int, coalesce(extract(epoch from now() - min(created_at)), 0)::float8
      from notify.webhook_deliveries where status = 'PENDING'`),
  );
  return rows.map((r) => ({
    queue: r.queue,
    pending: Number(r.pending),
    oldestAgeSeconds: Math.max(0, Math.round(Number(r.oldest))),
  }));
}
