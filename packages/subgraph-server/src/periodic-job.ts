// The background jobs of the processes (tacit grants, daily reminders, retention, idempotency expiry, notification and
// webhook workers) share one way to run: now, then every interval, one run at a time, each run measured
// (navette_job_* metrics) and its failure logged without stopping the next ones; stopped on SIGTERM between two runs
// (a run in flight sees `shouldStop()` and ends after its current batch, committed).
import { rootLogger, serializeError } from './logging.js';
import { recordJobRun } from './metrics.js';

export interface PeriodicJobRun {
  /** True once a stop was asked: a run working in batches ends after the current one. */
  shouldStop: () => boolean;
}

export interface PeriodicJob<Result> {
  /** Job name: the `job` field of its log lines and the label of its metrics. */
  name: string;
  intervalMs: number;
  run: (context: PeriodicJobRun) => Promise<Result>;
  /**
   * The log line of a run that went well (counts only, never personal data): `info` when it did something, `debug`
   * otherwise, nothing when undefined. A failed run is always logged as an error.
   */
  describe?: (
    result: Result,
    durationMs: number,
  ) => { level: 'info' | 'debug'; fields: object; msg: string } | undefined;
}

/**
 * Starts `job`: a first run now, then one every `intervalMs`. A tick that comes while a run is still in flight is
 * skipped rather than queued (a slow database does not pile runs up). Returns a function that stops the job: no new
 * run, and it resolves once the run in flight has ended.
 */
export function startPeriodicJob<Result>(job: PeriodicJob<Result>): () => Promise<void> {
  const logger = rootLogger().child({ job: job.name });
  let stopping = false;
  let running: Promise<void> | undefined;
  const shouldStop = () => stopping;
  const tick = () => {
    if (stopping || running) return;
    const started = performance.now();
    running = job
      .run({ shouldStop })
      .then(
        (result) => {
          const durationMs = Math.round(performance.now() - started);
          recordJobRun(job.name, 'ok', durationMs / 1000);
          const line = job.describe?.(result, durationMs);
          if (line) logger[line.level]({ ...line.fields, durationMs }, line.msg);
        },
        (error: unknown) => {
          recordJobRun(job.name, 'failed', (performance.now() - started) / 1000);
          logger.error({ err: serializeError(error) }, `${job.name} run failed`);
        },
      )
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, job.intervalMs);
  timer.unref();
  return async () => {
    stopping = true;
    clearInterval(timer);
    await running;
  };
}
