// The audit trail's retention (issue 19; docs/security.md, "Audit trail retention"): reads are kept 12 months (CNIL:
// access logs 6 months to a year), every other event (sign-ins, decisions, changes) 72 months (an agrément's parcours
// lasts at most 60 months, annexe 4 §2.2.6 b, plus a year for appeals and controls). The purge is the one deletion
// the append-only trigger allows (migration 0020, audit.purge_expired), and each run that removes rows is audited
// (AUDIT_PURGED, actor `system`, with the counts).
import type { Database } from '@navette/db';
import { AUDIT_EVENT_RETENTION_MONTHS, AUDIT_READ_RETENTION_MONTHS } from '@navette/domain';
import { sql } from 'drizzle-orm';
import { startPeriodicJob } from './periodic-job.js';

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** Removes what is past its period at `at`; idempotent (a re-run removes nothing and writes nothing). */
export async function purgeExpiredAuditEvents(
  db: Database,
  at: Date = new Date(),
): Promise<{ reads: number; others: number }> {
  const [row] = rowsOf<{ reads: string | number; others: string | number }>(
    await db.execute(
      sql`select reads, others from audit.purge_expired(${at.toISOString()}::timestamptz, ${AUDIT_READ_RETENTION_MONTHS}, ${AUDIT_EVENT_RETENTION_MONTHS})`,
    ),
  );
  return { reads: Number(row?.reads ?? 0), others: Number(row?.others ?? 0) };
}

/** Runs the purge now and then every `intervalMs`; returns a function that stops it and waits for a run in flight. */
export function startAuditRetentionJob(
  db: Database,
  clock: () => Date = () => new Date(),
  intervalMs = 6 * 60 * 60_000,
): () => Promise<void> {
  return startPeriodicJob({
    name: 'audit-retention',
    intervalMs,
    run: () => purgeExpiredAuditEvents(db, clock()),
    describe: (purged) =>
      purged.reads + purged.others > 0
        ? { level: 'info', fields: purged, msg: 'expired audit events purged' }
        : undefined,
  });
}
