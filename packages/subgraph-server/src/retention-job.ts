// The daily retention job (issue 19 §3; docs/data-protection.md): anonymises the people whose period is over
// (`anonymiseExpiredPeople` of @navette/db). Started by the embedded product (apps/navette/src/start.ts) and, in
// server mode, by the parcours subgraph's process; several replicas may run it at once (they share the work).
import { anonymiseExpiredPeople, retentionDayOf, type Database } from '@navette/db';
import { startPeriodicJob } from './periodic-job.js';

/** Runs now, then every `intervalMs` (hourly: a day's run happens once, the next hours find it finished). */
export function startRetentionJob(
  db: Database,
  clock: () => Date = () => new Date(),
  intervalMs = 60 * 60_000,
): () => Promise<void> {
  return startPeriodicJob({
    name: 'retention',
    intervalMs,
    run: ({ shouldStop }) => anonymiseExpiredPeople(db, retentionDayOf(clock()), { shouldStop, now: clock() }),
    // Counts only: the people concerned are in the audit trail (PERSON_ANONYMISED), never in the logs.
    describe: (result) =>
      result.alreadyFinished ? undefined : { level: 'info', fields: result, msg: 'retention run' },
  });
}
