import { fileURLToPath } from 'node:url';
import type { Database } from '@navette/db';
import { idempotencyPlugin, loadTypeDefs, type SubgraphDefinition } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';
import { createContextFactory, type FormationContext, type FormationDependencies } from './context.js';
import { resolvers } from './resolvers/index.js';

const schemaDir = fileURLToPath(new URL('../src/schema', import.meta.url));

export function formationSubgraph(
  db: Database,
  dependencies: FormationDependencies,
): SubgraphDefinition<FormationContext> {
  return {
    name: 'formation',
    typeDefs: loadTypeDefs(schemaDir),
    resolvers: resolvers as SubgraphDefinition<FormationContext>['resolvers'],
    createContext: createContextFactory(db, dependencies),
    // Idempotency-Key on mutations (issue 12, docs/security.md "Idempotent writes").
    plugins: [
      idempotencyPlugin<FormationContext>({ db, subgraph: 'formation', principalOf: (context) => context.principal }),
    ],
    healthCheck: async () => {
      await db.execute(sql`select 1`);
    },
  };
}
