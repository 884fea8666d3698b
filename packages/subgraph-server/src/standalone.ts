// Server mode: one subgraph per process on a real PostgreSQL, configured from the environment.
import type { BaseContext } from '@apollo/server';
import { createDatabase, runMigrations, type Database } from '@navette/db';
import { z } from 'zod';
import { startSubgraph, type SubgraphDefinition } from './server.js';

const Environment = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required in server mode (postgres://user@host:5432/navette)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

/** Validates the environment once, migrates (advisory-locked), starts the subgraph, stops cleanly on SIGINT/SIGTERM. */
export async function serveFromEnvironment<Context extends BaseContext>(
  makeDefinition: (db: Database) => SubgraphDefinition<Context>,
  defaultPort: number,
): Promise<void> {
  const parsed = Environment.safeParse(process.env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`Configuration error: ${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const env = parsed.data;
  const handle = await createDatabase({ url: env.DATABASE_URL, maxConnections: env.DATABASE_POOL_SIZE });
  await runMigrations(handle);
  const definition = makeDefinition(handle.db);
  const running = await startSubgraph(definition, { port: env.PORT ?? defaultPort, host: env.HOST });
  console.log(`Subgraph ${definition.name} ready at ${running.url}`);
  const stop = async () => {
    await running.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
