import { fileURLToPath } from 'node:url';
import type { Database } from '@navette/db';
import { loadTypeDefs, type SubgraphDefinition } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';
import { createContextFactory, type FormationContext } from './context.js';
import { resolvers } from './resolvers/index.js';

const schemaDir = fileURLToPath(new URL('../src/schema', import.meta.url));

export function formationSubgraph(db: Database): SubgraphDefinition<FormationContext> {
  return {
    name: 'formation',
    typeDefs: loadTypeDefs(schemaDir),
    resolvers: resolvers as SubgraphDefinition<FormationContext>['resolvers'],
    createContext: createContextFactory(db),
    healthCheck: async () => {
      await db.execute(sql`select 1`);
    },
  };
}
