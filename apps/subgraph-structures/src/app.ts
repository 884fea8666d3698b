import { fileURLToPath } from 'node:url';
import type { Database } from '@navette/db';
import { idempotencyPlugin, loadTypeDefs, type SubgraphDefinition } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';
import { createContextFactory, type StructuresContext, type StructuresDependencies } from './context.js';
import { resolvers } from './resolvers/index.js';

const schemaDir = fileURLToPath(new URL('../src/schema', import.meta.url));

export function structuresSubgraph(
  db: Database,
  dependencies: StructuresDependencies,
): SubgraphDefinition<StructuresContext> {
  return {
    name: 'structures',
    typeDefs: loadTypeDefs(schemaDir),
    resolvers: resolvers as SubgraphDefinition<StructuresContext>['resolvers'],
    createContext: createContextFactory(db, dependencies),
    // Idempotency-Key on mutations (issue 12, docs/security.md "Idempotent writes").
    plugins: [
      idempotencyPlugin<StructuresContext>({
        db,
        subgraph: 'structures',
        principalOf: (context) => context.principal,
        // The credential of a new or rotated API client is shown once and never stored in clear: no replay copy.
        exclude: [
          'signIn',
          'signInWithIdentityAssertion',
          'renewSession',
          'signOut',
          'createApiClient',
          'rotateApiClientSecret',
        ],
      }),
    ],
    healthCheck: async () => {
      await db.execute(sql`select 1`);
    },
  };
}

export {
  MailCatcher,
  smtpMailerFromEnvironment,
  publicUrlFromEnvironment,
  type CaughtMail,
  type Mailer,
  type OutgoingMail,
} from './notifications/mailer.js';
export {
  dispatchOutboxEvents,
  deliverEmails,
  openDailyDigests,
  sendDailyDigests,
  runNotificationWorkerOnce,
  startNotificationWorker,
  type NotificationWorkerOptions,
} from './notifications/worker.js';
export { readQueueBacklog } from './notifications/backlog.js';
export {
  deliverWebhooks,
  dispatchWebhookEvents,
  isPublicAddress,
  postWebhook,
  runWebhookWorkerOnce,
  startWebhookWorker,
  webhooksAllowPrivateFromEnvironment,
  type WebhookWorkerOptions,
} from './notifications/webhooks.js';
