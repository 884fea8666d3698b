import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema files (`pnpm --filter @navette/db db:generate`), reviewed as SQL,
// committed, and never edited after they land.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
  schemaFilter: ['structures', 'parcours', 'formation', 'pilotage', 'identity', 'audit', 'notify'],
});
