import { fileURLToPath } from 'node:url';
import type { Database } from '@navette/db';
import { idempotencyPlugin, loadTypeDefs, type SubgraphDefinition } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';
import { createContextFactory, type ParcoursContext, type ParcoursDependencies } from './context.js';
import { resolvers } from './resolvers/index.js';

export { pastDecisionDeadline, requestStatusIs, requestStatusSql } from './services/request-status-sql.js';
export { applyTacitGrants, runTacitGrants, startTacitGrantJob, type TacitGrantRun } from './services/tacit-grants.js';
export { runDailyReminders, startDailyReminderJob, type DailyReminderRun } from './services/daily-reminders.js';

const schemaDir = fileURLToPath(new URL('../src/schema', import.meta.url));

export function parcoursSubgraph(
  db: Database,
  dependencies: ParcoursDependencies,
): SubgraphDefinition<ParcoursContext> {
  return {
    name: 'parcours',
    typeDefs: loadTypeDefs(schemaDir),
    resolvers: resolvers as SubgraphDefinition<ParcoursContext>['resolvers'],
    createContext: createContextFactory(db, dependencies),
    // Idempotency-Key on mutations (issue 12, docs/security.md "Idempotent writes").
    plugins: [
      idempotencyPlugin<ParcoursContext>({ db, subgraph: 'parcours', principalOf: (context) => context.principal }),
    ],
    // Requests carry their supporting documents (10 × 5 Mo at most, base64).
    maxBodySize: '70mb',
    healthCheck: async () => {
      await db.execute(sql`select 1`);
    },
  };
}
