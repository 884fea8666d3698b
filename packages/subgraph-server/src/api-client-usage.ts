// Calls per API client and day, and when each was last used (issue 15 §1): counted in the gateway's memory and added
// to identity.api_client_daily_usage in one batch every USAGE_FLUSH_INTERVAL_MS, never one write per request. Several
// gateways add up (`calls = calls + excluded.calls`). A failed flush keeps its counts for the next one; a stop flushes.
import type { Database } from '@navette/db';
import { sql } from 'drizzle-orm';
import { currentLogger, serializeError } from './logging.js';
import { periodicFlush } from './periodic-flush.js';

/** How often the counts are written. */
export const USAGE_FLUSH_INTERVAL_MS = 10_000;

export interface ApiClientUsageRecorder {
  /** Counts one call of this client now (memory only). */
  record(clientId: string): void;
  /** Writes the counts gathered so far (one statement per table); resolves once written. */
  flush(): Promise<void>;
  /** Stops the timer and flushes what is left. */
  close(): Promise<void>;
}

export interface UsageRecorderOptions {
  flushIntervalMs?: number;
  /** The clock that dates a call (tests move it). */
  clock?: () => Date;
}

/** The day of an instant in France (Europe/Paris), `YYYY-MM-DD`: the day a call is counted in. */
const dayInFrance = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function createApiClientUsageRecorder(db: Database, options: UsageRecorderOptions = {}): ApiClientUsageRecorder {
  const clock = options.clock ?? (() => new Date());
  // `clientId day` → calls; clientId → last call.
  let counts = new Map<string, number>();
  let lastUsed = new Map<string, Date>();

  const write = async () => {
    if (counts.size === 0) return;
    const batch = counts;
    const used = lastUsed;
    counts = new Map();
    lastUsed = new Map();
    try {
      const rows = sql.join(
        [...batch].map(([key, calls]) => {
          const [clientId, day] = key.split(' ') as [string, string];
          return sql`(${clientId}::uuid, ${day}::date, ${calls}::integer)`;
        }),
        sql`, `,
      );
      await db.transaction(async (tx) => {
        // Joined to the clients: a count for an id that is not (or no longer) a client is dropped, never retried.
        await tx.execute(sql`
          insert into identity.api_client_daily_usage (client_id, day, calls)
          select v.id, v.day, v.calls from (values ${rows}) as v(id, day, calls)
            join identity.api_clients c on c.id = v.id
          on conflict (client_id, day) do update set calls = identity.api_client_daily_usage.calls + excluded.calls`);
        const values = sql.join(
          [...used].map(([id, at]) => sql`(${id}::uuid, ${at.toISOString()}::timestamptz)`),
          sql`, `,
        );
        await tx.execute(sql`
          update identity.api_clients c set last_used_at = greatest(c.last_used_at, v.at)
            from (values ${values}) as v(id, at) where c.id = v.id`);
      });
    } catch (error) {
      // Kept for the next flush (the database may be back by then).
      for (const [key, calls] of batch) counts.set(key, (counts.get(key) ?? 0) + calls);
      for (const [id, at] of used) if (!lastUsed.has(id)) lastUsed.set(id, at);
      currentLogger().warn({ err: serializeError(error), clients: used.size }, 'API client usage not written yet');
      throw error;
    }
  };
  const { flush, close } = periodicFlush(write, options.flushIntervalMs ?? USAGE_FLUSH_INTERVAL_MS);

  return {
    record(clientId) {
      const now = clock();
      const key = `${clientId} ${dayInFrance.format(now)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      lastUsed.set(clientId, now);
    },
    flush,
    close,
  };
}
