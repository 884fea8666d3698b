import {
  createRateLimiter,
  rateLimitSettingsFromEnvironment,
  serveFromEnvironment,
  startIdempotencyExpiryJob,
  startRetentionJob,
} from '@navette/subgraph-server';
import { parcoursSubgraph, startDailyReminderJob, startTacitGrantJob } from './app.js';

await serveFromEnvironment((db, { authenticator, onStop }) => {
  // Several replicas may run the job: it takes pending requests under SKIP LOCKED, so they never double up.
  // On SIGTERM it stops between two batches (each one transaction).
  onStop(startTacitGrantJob(db));
  // The daily reminders (issue 14 §3): replicas write each reminder once (unique per request/window and day).
  onStop(startDailyReminderJob(db));
  // The idempotency keys of every subgraph live in one table: the parcours process expires them (issue 12).
  onStop(startIdempotencyExpiryJob(db));
  // Anonymisation of the people whose retention period is over (issue 19 §3); replicas share the work.
  onStop(startRetentionJob(db));
  // The look-up limits are counted in PostgreSQL, shared with the other replicas (issue 11).
  const rateLimiter = createRateLimiter({ kind: 'database', db }, rateLimitSettingsFromEnvironment());
  return parcoursSubgraph(db, { authenticator, rateLimiter });
}, 4002);
