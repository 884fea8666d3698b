// Rate limits (issue 11) with rate-limiter-flexible: the process memory in the one-process embedded mode, PostgreSQL
// (identity.rate_limits) when several gateway and subgraph processes share one database, so that a limit holds
// whichever process answers. Refusals are GraphQL errors with code RATE_LIMITED, HTTP 429 and Retry-After.
// The rules every request goes through (`ip`, `principal`, an API client's budget) are counted in memory and written
// in one batch every RATE_LIMIT_FLUSH_INTERVAL_MS, which reads the shared totals back (issue 16 §4); the others (sign-in,
// look-ups: rare, strict) by one upsert each. The bound across processes: docs/security.md, "Rate limits".
import { resultRows, tables, type Database } from '@navette/db';
import { eq, lt, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { currentLogger, serializeError } from './logging.js';
import { periodicFlush, type PeriodicFlush } from './periodic-flush.js';

export interface RateLimitRule {
  /** Requests allowed per window. */
  points: number;
  /** The window, in seconds (fixed window, starting at the first request of a key). */
  durationSeconds: number;
}

/**
 * The rules, and what each key is. Numbers and why: docs/security.md, "Rate limits". Every one can be changed with
 * `NAVETTE_RATE_LIMIT_<NAME>=<points>/<seconds>` (e.g. NAVETTE_RATE_LIMIT_SIGN_IN=60/600).
 */
export interface RateLimitSettings {
  /** Every GraphQL request, per client IP (an office behind one address counts as one). */
  ip: RateLimitRule;
  /** Every GraphQL request, per signed-in user or API client. */
  principal: RateLimitRule;
  /** `signIn`, per client IP (password spraying over many accounts). */
  signIn: RateLimitRule;
  /** `renewSession` and `signOut`, per client IP (refresh-token guessing). */
  session: RateLimitRule;
  /** Look-ups that reveal whether something exists (`requestApproval`), per client IP. */
  lookupPerIp: RateLimitRule;
  /** The same look-ups, per signed-in user or API client. */
  lookupPerPrincipal: RateLimitRule;
  /** The extension look-up of an agrément (number + birth date), per SIAE organisation. */
  extensionPerOrganisation: RateLimitRule;
  /** The extension look-up of an agrément, per client IP. */
  extensionPerIp: RateLimitRule;
}

export type RateLimitRuleName = keyof RateLimitSettings;

export const DEFAULT_RATE_LIMITS: Readonly<RateLimitSettings> = Object.freeze({
  ip: { points: 3000, durationSeconds: 60 },
  principal: { points: 1200, durationSeconds: 60 },
  signIn: { points: 60, durationSeconds: 600 },
  session: { points: 300, durationSeconds: 600 },
  lookupPerIp: { points: 300, durationSeconds: 3600 },
  lookupPerPrincipal: { points: 120, durationSeconds: 3600 },
  extensionPerOrganisation: { points: 30, durationSeconds: 3600 },
  extensionPerIp: { points: 60, durationSeconds: 3600 },
});

const ENVIRONMENT_NAMES: Record<RateLimitRuleName, string> = {
  ip: 'IP',
  principal: 'PRINCIPAL',
  signIn: 'SIGN_IN',
  session: 'SESSION',
  lookupPerIp: 'LOOKUP_PER_IP',
  lookupPerPrincipal: 'LOOKUP_PER_PRINCIPAL',
  extensionPerOrganisation: 'EXTENSION_PER_ORGANISATION',
  extensionPerIp: 'EXTENSION_PER_IP',
};

/** Reads `<points>/<seconds>`; throws on anything else, so that a typo does not silently remove a limit. */
export function parseRateLimitRule(value: string): RateLimitRule {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(`A rate limit reads <points>/<seconds> with both at least 1, not "${value.slice(0, 40)}"`);
  }
  return { points: Number(match[1]), durationSeconds: Number(match[2]) };
}

/** The defaults, overridden by `NAVETTE_RATE_LIMIT_<NAME>` variables. */
export function rateLimitSettingsFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): RateLimitSettings {
  const settings: RateLimitSettings = { ...DEFAULT_RATE_LIMITS };
  for (const [name, suffix] of Object.entries(ENVIRONMENT_NAMES) as [RateLimitRuleName, string][]) {
    const value = env[`NAVETTE_RATE_LIMIT_${suffix}`];
    if (value !== undefined && value !== '') settings[name] = parseRateLimitRule(value);
  }
  return settings;
}

/**
 * rate-limiter-flexible's Drizzle store, with its three queries written on our own Drizzle `Database` (postgres.js or
 * PGlite): its own implementation imports `drizzle-orm` by name from its own folder (not a declared dependency, so
 * not found, or another copy, under pnpm's strict layout) and compares expiries with each process's clock. Here the
 * upsert is one atomic `INSERT … ON CONFLICT DO UPDATE` (a row lock: concurrent requests of several processes add
 * up exactly) and every time is the database's `now()`, so that gateways with slightly different clocks agree.
 */
class RateLimiterDatabase extends RateLimiterDrizzle {
  private readonly db: Database;

  constructor(db: Database, options: { keyPrefix: string; points: number; duration: number }) {
    super({
      ...options,
      storeClient: db,
      schema: tables.rateLimits,
      clearExpiredByTimeout: false,
      // Once a key is over its limit, this process refuses it from memory until the window ends: a flood costs the
      // database one upsert per process and window, not one per request.
      inMemoryBlockOnConsumed: options.points + 1,
    });
    this.db = db;
  }

  async _upsert(
    key: string,
    points: number,
    msDuration: number,
    forceExpire = false,
  ): Promise<{ points: number; msBeforeNext: number }> {
    const t = tables.rateLimits;
    const nextExpire = msDuration > 0 ? sql`now() + ${msDuration} * interval '1 millisecond'` : sql`null`;
    const restart = forceExpire ? sql`true` : sql`${t.expire} <= now()`;
    const [row] = await this.db
      .insert(t)
      .values({ key, points, expire: nextExpire })
      .onConflictDoUpdate({
        target: t.key,
        set: {
          points: sql`case when ${restart} then excluded.points else ${t.points} + excluded.points end`,
          expire: sql`case when ${restart} then excluded.expire else ${t.expire} end`,
        },
      })
      .returning({ points: t.points, msBeforeNext: msBeforeNext() });
    return row!;
  }

  async _get(key: string): Promise<{ points: number; msBeforeNext: number } | null> {
    const t = tables.rateLimits;
    const [row] = await this.db
      .select({ points: t.points, msBeforeNext: msBeforeNext() })
      .from(t)
      .where(sql`${t.key} = ${key} and (${t.expire} is null or ${t.expire} > now())`);
    return row ?? null;
  }

  async _delete(key: string): Promise<boolean> {
    const deleted = await this.db
      .delete(tables.rateLimits)
      .where(eq(tables.rateLimits.key, key))
      .returning({ key: tables.rateLimits.key });
    return deleted.length > 0;
  }

  _getRateLimiterRes(
    _key: string,
    changedPoints: number,
    row: { points: number; msBeforeNext: number },
  ): RateLimiterRes {
    const consumed = Number(row.points);
    return new RateLimiterRes(
      Math.max(this.points - consumed, 0),
      Number(row.msBeforeNext),
      consumed,
      consumed === changedPoints,
    );
  }
}

function msBeforeNext() {
  const t = tables.rateLimits;
  return sql<number>`case when ${t.expire} is null then -1 else greatest(0, ceil(extract(epoch from (${t.expire} - now())) * 1000))::float8 end`;
}

/** How often the per-request rules' counts are written and the shared totals read back (database store). */
export const RATE_LIMIT_FLUSH_INTERVAL_MS = 1000;

/** The rules every request goes through: counted in memory, written in batches (database store). */
const BATCHED_RULES: ReadonlySet<RateLimitRuleName> = new Set(['ip', 'principal']);

interface WindowCount {
  /** The total of every process at the last flush (this one's included). */
  shared: number;
  /** This process's requests since. */
  pending: number;
  /** When the window ends (this process's clock, from the database's at each flush). */
  endsAt: number;
  durationMs: number;
}

/**
 * Counts per key and window in memory; a flush adds each key's new requests to identity.rate_limits in one statement
 * (the same rows and window rule as the upserts below) and reads back every process's total. A key is refused once
 * its total as last read plus this process's requests since would pass the limit. Between two flushes the other
 * processes' requests are not seen: N processes admit at most (N − 1) × (what one key sends one process in an
 * interval) over the limit, never more than N × the limit. Without the database, each process still holds the limit
 * by itself, and says so in its log (no key: they are IPs and users).
 */
class BatchedCounts {
  private readonly counts = new Map<string, WindowCount>();
  private readonly flusher: PeriodicFlush;
  private failing = false;

  constructor(
    private readonly db: Database,
    intervalMs: number,
  ) {
    this.flusher = periodicFlush(() => this.write(), intervalMs);
  }

  /** Counts `points` of `key`; the milliseconds before its window ends when refused, else null. */
  consume(key: string, rule: RateLimitRule, points: number): number | null {
    const now = Date.now();
    const durationMs = rule.durationSeconds * 1000;
    let count = this.counts.get(key);
    if (!count) this.counts.set(key, (count = { shared: 0, pending: 0, endsAt: now + durationMs, durationMs }));
    else if (count.endsAt <= now) {
      // A new window (requests not written yet stay counted: they will be in the next flush).
      count.shared = 0;
      count.endsAt = now + durationMs;
    }
    if (count.shared + count.pending + points > rule.points) return Math.max(count.endsAt - now, 1);
    count.pending += points;
    return null;
  }

  flush(): Promise<void> {
    return this.flusher.flush();
  }

  close(): Promise<void> {
    return this.flusher.close();
  }

  private async write(): Promise<void> {
    const now = Date.now();
    for (const [key, count] of this.counts) if (count.endsAt <= now && count.pending === 0) this.counts.delete(key);
    if (this.counts.size === 0) return;
    // Keys without new requests are read back too (0 added): the other processes' requests count.
    const batch = [...this.counts].map(([key, count]) => ({ key, count, points: count.pending }));
    const values = sql.join(
      batch.map((b) => sql`(${b.key}::text, ${b.points}::integer, ${b.count.durationMs}::float8)`),
      sql`, `,
    );
    try {
      const rows = resultRows<{ key: string; points: number; ms: number }>(
        await this.db.execute(sql`
          insert into identity.rate_limits as r (key, points, expire)
          select v.key, v.points, now() + v.ms * interval '1 millisecond' from (values ${values}) as v(key, points, ms)
          on conflict (key) do update set
            points = case when r.expire <= now() then excluded.points else r.points + excluded.points end,
            expire = case when r.expire <= now() then excluded.expire else r.expire end
          returning r.key, r.points,
            case when r.expire is null then -1 else greatest(0, ceil(extract(epoch from (r.expire - now())) * 1000))::float8 end as ms`),
      );
      const at = Date.now();
      const written = new Map(rows.map((row) => [row.key, row]));
      for (const { key, count, points } of batch) {
        const row = written.get(key);
        if (!row) continue;
        count.pending -= points;
        count.shared = Number(row.points);
        if (Number(row.ms) >= 0) count.endsAt = at + Number(row.ms);
      }
      if (this.failing) currentLogger().info({ counters: batch.length }, 'rate limit counts written again');
      this.failing = false;
    } catch (error) {
      // Kept for the next flush; meanwhile each process holds the limits by itself.
      currentLogger().warn(
        { err: serializeError(error), counters: batch.length },
        'rate limit counts not written: the limits hold per process until the database answers',
      );
      this.failing = true;
      throw error;
    }
  }
}

/** Where the counters live. */
export type RateLimitStore =
  | { kind: 'memory' }
  | {
      kind: 'database';
      db: Database;
      /** How often the per-request rules are written (RATE_LIMIT_FLUSH_INTERVAL_MS); tests flush by hand. */
      flushIntervalMs?: number;
    };

/** The French answer to a refused request: code RATE_LIMITED, HTTP 429 and `Retry-After` (whole seconds). */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = seconds < 120 ? `${seconds} seconde${seconds > 1 ? 's' : ''}` : `${Math.ceil(seconds / 60)} minutes`;
  return new GraphQLError(`Trop de requêtes en peu de temps. Réessayez dans ${wait}.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: seconds,
      http: { status: 429, headers: { 'Retry-After': String(seconds) } },
    },
  });
}

export interface RateLimiter {
  readonly settings: Readonly<RateLimitSettings>;
  /**
   * Counts `points` requests (default 1) of `key` against a rule; throws {@link rateLimitedError} when the rule's window is full. A
   * failure of the store itself (database down) lets the request through and is logged: the limits protect the
   * product, they must not take it down.
   */
  consume(rule: RateLimitRuleName, key: string, points?: number): Promise<void>;
  /**
   * Like {@link consume}, with a rule of the caller's own instead of a named one: an API client's budget (issue 15 §1)
   * replaces the `principal` rule. One counter per key and rule (a changed rule starts a new window).
   */
  consumeWithRule(rule: RateLimitRule, key: string): Promise<void>;
  /** Removes the old counters of the database store (the memory store forgets on its own). */
  sweep(): Promise<void>;
  /** Writes the per-request rules' counts now and reads the shared totals back (database store; tests). */
  flush(): Promise<void>;
  /** Stops the flush timer and writes what is left. */
  close(): Promise<void>;
}

export function createRateLimiter(store: RateLimitStore, settings: Partial<RateLimitSettings> = {}): RateLimiter {
  const resolved: RateLimitSettings = { ...DEFAULT_RATE_LIMITS, ...settings };
  const limiters = new Map<RateLimitRuleName, RateLimiterAbstract>();
  for (const name of Object.keys(resolved) as RateLimitRuleName[]) {
    const rule = resolved[name];
    const options = { keyPrefix: `rl:${name}`, points: rule.points, duration: rule.durationSeconds };
    limiters.set(
      name,
      store.kind === 'database' ? new RateLimiterDatabase(store.db, options) : new RateLimiterMemory(options),
    );
  }
  const limiterOf = (rule: RateLimitRule): RateLimiterAbstract => {
    const name = `budget:${rule.points}/${rule.durationSeconds}`;
    let limiter = custom.get(name);
    if (!limiter) {
      const options = { keyPrefix: `rl:${name}`, points: rule.points, duration: rule.durationSeconds };
      limiter = store.kind === 'database' ? new RateLimiterDatabase(store.db, options) : new RateLimiterMemory(options);
      custom.set(name, limiter);
    }
    return limiter;
  };
  const custom = new Map<string, RateLimiterAbstract>();
  const consumeOn = async (limiter: RateLimiterAbstract, name: string, key: string, points: number) => {
    try {
      await limiter.consume(key.slice(0, 200), points);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw rateLimitedError(refusal.msBeforeNext / 1000);
      console.error(`[rate-limits] store failure on rule ${name}; request let through:`, refusal);
    }
  };
  const batched =
    store.kind === 'database'
      ? new BatchedCounts(store.db, store.flushIntervalMs ?? RATE_LIMIT_FLUSH_INTERVAL_MS)
      : null;
  // Same rows as rate-limiter-flexible's (`<keyPrefix>:<key>`).
  const consumeBatched = (
    counts: BatchedCounts,
    name: string,
    rule: RateLimitRule,
    key: string,
    points: number,
  ): Promise<void> => {
    const refusedFor = counts.consume(`rl:${name}:${key.slice(0, 200)}`, rule, points);
    return refusedFor === null ? Promise.resolve() : Promise.reject(rateLimitedError(refusedFor / 1000));
  };
  return {
    settings: resolved,
    consume: (rule, key, points = 1) =>
      batched && BATCHED_RULES.has(rule)
        ? consumeBatched(batched, rule, resolved[rule], key, points)
        : consumeOn(limiters.get(rule)!, rule, key, points),
    consumeWithRule: (rule, key) =>
      batched
        ? consumeBatched(batched, `budget:${rule.points}/${rule.durationSeconds}`, rule, key, 1)
        : consumeOn(limiterOf(rule), 'budget', key, 1),
    flush: () => batched?.flush() ?? Promise.resolve(),
    close: () => batched?.close() ?? Promise.resolve(),
    async sweep() {
      if (store.kind === 'database') {
        await store.db.delete(tables.rateLimits).where(lt(tables.rateLimits.expire, sql`now() - interval '1 hour'`));
      }
    },
  };
}

/**
 * Throttles the extension look-up of an agrément (agrément number + birth date, annexe 4 §2.2.2: it tells whether such
 * an agrément exists) per SIAE organisation and per client IP. Call it before the look-up; it throws RATE_LIMITED.
 */
export async function throttleExtensionLookup(
  limiter: RateLimiter | null | undefined,
  caller: { organisationId: string; ip: string | null },
): Promise<void> {
  if (!limiter) return;
  await limiter.consume('extensionPerOrganisation', caller.organisationId);
  if (caller.ip) await limiter.consume('extensionPerIp', caller.ip);
}
