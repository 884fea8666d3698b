// Runs the committed SQL migrations. Guarded so that two processes starting at once do not race:
// - server mode: a PostgreSQL advisory lock held by a dedicated connection for the whole run;
// - embedded mode: PGlite lives in one process (see lockDataDir in embedded.ts), so there is no second runner.
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DatabaseHandle } from './client.js';
import { sessionOptions } from './resilience.js';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
/** Arbitrary but fixed key of the advisory lock that serialises migration runs ("navette" in ASCII). */
const MIGRATION_LOCK_KEY = 0x6e61766574746565n;

export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === 'pglite' && handle.pglite) {
    await migratePglite(drizzlePglite(handle.pglite), { migrationsFolder });
    return;
  }
  if (!handle.url) throw new Error('runMigrations: server mode needs the connection URL');
  const client = postgres(handle.url, { max: 1, onnotice: () => {}, ...sessionOptions('migration') });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
    try {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
