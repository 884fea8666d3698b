// The daily retention job (issue 19 §3; docs/data-protection.md): anonymises the people whose period is over
// (`anonymiseExpiredPeople` of @navette/db). Started by the embedded product (apps/navette/src/start.ts) and, in
// server mode, by the parcours subgraph's process; several replicas may run it at once (they share the work).
import { anonymiseExpiredPeople, retentionDayOf, type Database } from '@navette/db';
import { rootLogger, serializeError } from './logging.js';

/** Runs now, then every `intervalMs` (hourly: a day's run happens once, the next hours find it finished). */
export function startRetentionJob(
  db: Database,
  clock: () => Date = () => new Date(),
  intervalMs = 60 * 60_000,
): () => Promise<void> {
  const logger = rootLogger().child({ job: 'retention' });
  let stopping = false;
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(async () => {
        if (stopping) return;
        const started = Date.now();
        const result = await anonymiseExpiredPeople(db, retentionDayOf(clock()), {
          shouldStop: () => stopping,
          now: clock(),
        });
        if (result.alreadyFinished) return;
        // Counts only: the people concerned are in the audit trail (PERSON_ANONYMISED), never in the logs.
        logger.info({ ...result, durationMs: Date.now() - started }, 'retention run');
      })
      .catch((error: unknown) => logger.error({ err: serializeError(error) }, 'retention run failed'));
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    stopping = true;
    clearInterval(timer);
    await running;
  };
}
