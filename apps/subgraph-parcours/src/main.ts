import { serveFromEnvironment, startIdempotencyExpiryJob } from '@navette/subgraph-server';
import { parcoursSubgraph, startTacitGrantJob } from './app.js';

await serveFromEnvironment((db, { authenticator }) => {
  // Several replicas may run the job: it takes pending requests under SKIP LOCKED, so they never double up.
  startTacitGrantJob(db);
  // The idempotency keys of every subgraph live in one table: the parcours process expires them (issue 12).
  startIdempotencyExpiryJob(db);
  return parcoursSubgraph(db, { authenticator });
}, 4002);
