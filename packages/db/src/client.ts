// The one client factory: embedded PGlite by default (data in a local folder), postgres.js when a URL is given.
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import {
  guardClient,
  Limiter,
  POOL_BOUNDS,
  requestTimeoutsFromEnvironment,
  SESSION_TIMEOUTS,
  sessionOptions,
  type ConnectionRole,
  type LimiterStats,
  type PoolBounds,
  type SessionTimeouts,
} from './resilience.js';
import * as schema from './schema/index.js';
import { tracedPglite } from './tracing.js';

export type Schema = typeof schema;
/** A Drizzle database over either driver; code above this package never needs to know which. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** postgres.js client (server mode) or PGlite instance (embedded), for migrations and raw work. */
  close(): Promise<void>;
  /** One trivial round trip through the pool (readiness checks): rejects when the database cannot answer. */
  ping(): Promise<void>;
  /** Present in embedded mode: the PGlite instance, shared by every subgraph of the process. */
  pglite?: PGlite;
  /** Present in server mode: the connection string. */
  url?: string;
  /** Present in server mode: the pool's waiting line and what it refused or retried (resilience.ts). */
  poolStats?: LimiterStats;
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
  /** Server mode: what the connections are for, which sets their timeouts (resilience.ts); `request` by default. */
  role?: Exclude<ConnectionRole, 'migration'> | undefined;
  /** Server mode: overrides of the role's timeouts and queue bounds (tests). */
  timeouts?: Partial<SessionTimeouts> | undefined;
  bounds?: Partial<PoolBounds> | undefined;
}

export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const role = options.role ?? 'request';
    const max = options.maxConnections ?? 10;
    const client = postgres(options.url, {
      max,
      onnotice: () => {},
      ...sessionOptions(role, {
        ...SESSION_TIMEOUTS[role],
        ...(role === 'request' ? requestTimeoutsFromEnvironment() : {}),
        ...options.timeouts,
      }),
    });
    const limiter = new Limiter(max, { ...POOL_BOUNDS[role], ...options.bounds });
    return {
      db: drizzlePostgres(guardClient(client, limiter), { schema }) as unknown as Database,
      driver: 'postgres',
      url: options.url,
      poolStats: limiter.stats,
      close: () => client.end({ timeout: 5 }),
      ping: async () => {
        await limiter.run(() => client`select 1`);
      },
    };
  }
  const pglite = options.pglite ?? (await PGlite.create(options.dataDir ?? 'memory://'));
  const owned = !options.pglite;
  return {
    // A span per statement of a traced request (tracing.ts).
    db: drizzlePglite(tracedPglite(pglite), { schema }) as unknown as Database,
    driver: 'pglite',
    pglite,
    ping: async () => {
      await pglite.query('select 1');
    },
    close: async () => {
      if (owned) await pglite.close();
    },
  };
}
