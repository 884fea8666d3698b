// Retention of the notification tables (docs/data-protection.md; periods in @navette/domain retention.ts): the logs of
// e-mail and webhook deliveries that ended (sent or given up) are deleted DELIVERY_LOG_RETENTION_MONTHS after they were
// created, the in-app notifications NOTIFICATION_RETENTION_MONTHS after, and an outbox event once it is that old,
// dispatched, and nothing refers to it any more. Pending work is never touched. In batches, each its own statement,
// so that a stop (SIGTERM) or another replica running the same job at once costs nothing: a delete is idempotent.
import type { Database } from './client.js';
import { DELIVERY_LOG_RETENTION_MONTHS, NOTIFICATION_RETENTION_MONTHS } from '@navette/domain';
import { sql, type SQL } from 'drizzle-orm';

const BATCH = 5_000;

export interface NotificationPurge {
  webhookDeliveries: number;
  emailDeliveries: number;
  emailDigests: number;
  notifications: number;
  outboxEvents: number;
  /** True when a stop was asked before the end (the next run goes on). */
  interrupted: boolean;
}

function affected(result: unknown): number {
  const r = result as { count?: number; affectedRows?: number };
  return Number(r.count ?? r.affectedRows ?? 0);
}

/** Deletes what is past its period at `at`, oldest tables' dependants first; a re-run deletes nothing more. */
export async function purgeExpiredNotifications(
  db: Database,
  at: Date = new Date(),
  shouldStop: () => boolean = () => false,
): Promise<NotificationPurge> {
  const now = sql`${at.toISOString()}::timestamptz`;
  const logCutoff = sql`(${now} - make_interval(months => ${DELIVERY_LOG_RETENTION_MONTHS}))`;
  const notificationCutoff = sql`(${now} - make_interval(months => ${NOTIFICATION_RETENTION_MONTHS}))`;
  const purge: NotificationPurge = {
    webhookDeliveries: 0,
    emailDeliveries: 0,
    emailDigests: 0,
    notifications: 0,
    outboxEvents: 0,
    interrupted: false,
  };
  const steps: [keyof Omit<NotificationPurge, 'interrupted'>, SQL][] = [
    [
      'webhookDeliveries',
      sql`delete from notify.webhook_deliveries where id in (select id from notify.webhook_deliveries
            where status <> 'PENDING' and created_at < ${logCutoff} limit ${BATCH})`,
    ],
    [
      'emailDeliveries',
      sql`delete from notify.email_deliveries where id in (select id from notify.email_deliveries
            where status <> 'PENDING' and created_at < ${logCutoff} limit ${BATCH})`,
    ],
    [
      'emailDigests',
      sql`delete from notify.email_digests d where d.id in (select g.id from notify.email_digests g
            where g.status <> 'PENDING' and g.created_at < ${logCutoff}
              and not exists (select 1 from notify.email_deliveries e where e.digest_id = g.id) limit ${BATCH})`,
    ],
    [
      'notifications',
      sql`delete from notify.notifications where id in (select id from notify.notifications
            where created_at < ${notificationCutoff} limit ${BATCH})`,
    ],
    [
      'outboxEvents',
      sql`delete from notify.outbox_events o where o.id in (select v.id from notify.outbox_events v
            where v.occurred_at < ${notificationCutoff} and v.dispatched_at is not null
              and not exists (select 1 from notify.notifications n where n.event_id = v.id)
              and not exists (select 1 from notify.email_deliveries e where e.event_id = v.id)
              and not exists (select 1 from notify.webhook_deliveries w where w.event_id = v.id) limit ${BATCH})`,
    ],
  ];
  for (const [key, statement] of steps) {
    for (;;) {
      if (shouldStop()) return { ...purge, interrupted: true };
      const n = affected(await db.execute(statement));
      purge[key] += n;
      if (n < BATCH) break;
    }
  }
  return purge;
}
