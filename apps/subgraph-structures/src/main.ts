import { rootLogger, serveFromEnvironment, startAuditRetentionJob } from '@navette/subgraph-server';
import { structuresSubgraph } from './app.js';

await serveFromEnvironment((db, { authenticator, issuer }) => {
  if (!issuer) {
    rootLogger().fatal(
      'Configuration error: NAVETTE_AUTH_PRIVATE_KEY is required by the structures subgraph (sign-in)',
    );
    process.exit(2);
  }
  startAuditRetentionJob(db); // the audit trail's retention purge (issue 19), in server mode; audited, idempotent
  return structuresSubgraph(db, { authenticator, issuer });
}, 4001);
