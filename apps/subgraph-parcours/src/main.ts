import { serveFromEnvironment } from '@navette/subgraph-server';
import { parcoursSubgraph, startTacitGrantJob } from './app.js';

await serveFromEnvironment((db, { authenticator }) => {
  // Several replicas may run the job: it takes pending requests under SKIP LOCKED, so they never double up.
  startTacitGrantJob(db);
  return parcoursSubgraph(db, { authenticator });
}, 4002);
