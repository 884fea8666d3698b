import { createRateLimiter, rateLimitSettingsFromEnvironment, serveFromEnvironment } from '@navette/subgraph-server';
import { parcoursSubgraph, startTacitGrantJob } from './app.js';

await serveFromEnvironment((db, { authenticator }) => {
  // Several replicas may run the job: it takes pending requests under SKIP LOCKED, so they never double up.
  startTacitGrantJob(db);
  // The look-up limits are counted in PostgreSQL, shared with the other replicas (issue 11).
  const rateLimiter = createRateLimiter({ kind: 'database', db }, rateLimitSettingsFromEnvironment());
  return parcoursSubgraph(db, { authenticator, rateLimiter });
}, 4002);
