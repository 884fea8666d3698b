// Graceful shutdown of a process (gateway, subgraph, the embedded product): on SIGTERM or SIGINT it stops accepting,
// lets the requests in flight finish within a grace period, stops its jobs between batches, closes its pool, exits 0.
import type { Logger } from 'pino';
import { rootLogger, serializeError } from './logging.js';

const DEFAULT_GRACE_MS = 10_000;

/** NAVETTE_SHUTDOWN_GRACE_MS: how long requests in flight may take to finish once a stop is asked (10 s). */
export function shutdownGracePeriodMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env['NAVETTE_SHUTDOWN_GRACE_MS']);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_GRACE_MS;
}

/**
 * Calls `stop` once on the first SIGTERM/SIGINT, then exits 0 (1 if stopping failed). A second signal is logged and
 * ignored: Ctrl-C reaches every process of the terminal's group, and the supervisors forward it too. Should `stop`
 * hang, the process exits 1 after the grace period plus 5 s.
 */
export function stopOnTerminationSignals(stop: () => Promise<void>, logger: Logger = rootLogger()): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.info({ signal }, 'already stopping');
      return;
    }
    stopping = true;
    const grace = shutdownGracePeriodMs();
    logger.info({ signal, gracePeriodMs: grace }, 'stopping: no new connections, finishing requests in flight');
    setTimeout(() => {
      logger.error({ gracePeriodMs: grace }, 'stop did not finish in time: exiting');
      process.exit(1);
    }, grace + 5_000).unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: serializeError(error) }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
