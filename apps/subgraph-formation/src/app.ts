import { fileURLToPath } from 'node:url';
import type { Database } from '@navette/db';
import { loadTypeDefs, type SubgraphDefinition } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';
import { createContextFactory, type FormationContext, type FormationDependencies } from './context.js';
import { resolvers } from './resolvers/index.js';

const schemaDir = fileURLToPath(new URL('../src/schema', import.meta.url));

export function formationSubgraph(db: Database, dependencies: FormationDependencies): SubgraphDefinition<FormationContext> {
  return {
    name: 'formation',
    typeDefs: loadTypeDefs(schemaDir),
    resolvers: resolvers as SubgraphDefinition<FormationContext>['resolvers'],
    createContext: createContextFactory(db, dependencies),
    healthCheck: async () => {
      await db.execute(sql`select 1`);
    },
  };
}
