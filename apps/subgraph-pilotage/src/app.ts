import { fileURLToPath } from 'node:url';
import type { Database } from '@navette/db';
import { idempotencyPlugin, loadTypeDefs, type SubgraphDefinition } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';
import { createContextFactory, type PilotageContext, type PilotageDependencies } from './context.js';
import { resolvers } from './resolvers/index.js';

const schemaDir = fileURLToPath(new URL('../src/schema', import.meta.url));

export function pilotageSubgraph(
  db: Database,
  dependencies: PilotageDependencies,
): SubgraphDefinition<PilotageContext> {
  return {
    name: 'pilotage',
    typeDefs: loadTypeDefs(schemaDir),
    resolvers: resolvers as SubgraphDefinition<PilotageContext>['resolvers'],
    createContext: createContextFactory(db, dependencies),
    // Idempotency-Key on mutations (issue 12, docs/security.md "Idempotent writes").
    plugins: [
      idempotencyPlugin<PilotageContext>({ db, subgraph: 'pilotage', principalOf: (context) => context.principal }),
    ],
    healthCheck: async () => {
      await db.execute(sql`select 1`);
    },
  };
}
