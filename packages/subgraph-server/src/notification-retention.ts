// The notification tables' retention job (purgeExpiredNotifications of @navette/db; docs/data-protection.md), started by
// the structures subgraph's process in server mode and by the embedded product; replicas may run it at once.
import { purgeExpiredNotifications, type Database } from '@navette/db';
import { startPeriodicJob } from './periodic-job.js';

/** Runs the purge now and then every `intervalMs` (every 6 hours: a day's work is done by the first run). */
export function startNotificationRetentionJob(
  db: Database,
  clock: () => Date = () => new Date(),
  intervalMs = 6 * 60 * 60_000,
): () => Promise<void> {
  return startPeriodicJob({
    name: 'notification-retention',
    intervalMs,
    run: ({ shouldStop }) => purgeExpiredNotifications(db, clock(), shouldStop),
    // Counts only.
    describe: (purge) =>
      purge.webhookDeliveries + purge.emailDeliveries + purge.emailDigests + purge.notifications + purge.outboxEvents >
      0
        ? { level: 'info', fields: purge, msg: 'expired notifications purged' }
        : undefined,
  });
}
