// The one client factory: embedded PGlite by default (data in a local folder), postgres.js when a URL is given.
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A Drizzle database over either driver; code above this package never needs to know which. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** postgres.js client (server mode) or PGlite instance (embedded), for migrations and raw work. */
  close(): Promise<void>;
  /** Present in embedded mode: the PGlite instance, shared by every subgraph of the process. */
  pglite?: PGlite;
  /** Present in server mode: the connection string. */
  url?: string;
}

export interface DatabaseOptions {
  /** postgres://… When set, postgres.js is used. */
  url?: string | undefined;
  /** Embedded mode: where PGlite keeps its files; `memory://` for a throw-away database. */
  dataDir?: string | undefined;
  /** Embedded mode: reuse a PGlite instance already open in this process. */
  pglite?: PGlite | undefined;
  /** Server mode: pool size of this process. */
  maxConnections?: number | undefined;
}

export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: 'navette' },
    });
    return {
      db: drizzlePostgres(client, { schema }) as unknown as Database,
      driver: 'postgres',
      url: options.url,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const pglite = options.pglite ?? (await PGlite.create(options.dataDir ?? 'memory://'));
  const owned = !options.pglite;
  return {
    db: drizzlePglite(pglite, { schema }) as unknown as Database,
    driver: 'pglite',
    pglite,
    close: async () => {
      if (owned) await pglite.close();
    },
  };
}
