// Server mode under faults (issue 12): every PostgreSQL session carries timeouts chosen for what the connection is
// for, the pool has a bounded waiting line, and a lost connection fails the work that used it (retried once when that
// is safe) instead of hanging or killing the process. The values are documented in docs/security.md
// ("Timeouts and bounds").
import type postgres from 'postgres';
import { tracedStatement } from './tracing.js';

/** What a connection is for; each role gets its own timeouts. */
export type ConnectionRole = 'request' | 'gateway' | 'migration';

export interface SessionTimeouts {
  /** `statement_timeout`: one statement longer than this is cancelled (SQLSTATE 57014). 0 = none. */
  statementMs: number;
  /** `lock_timeout`: waiting longer than this for a row or table lock fails (SQLSTATE 55P03). 0 = none. */
  lockMs: number;
  /** `idle_in_transaction_session_timeout`: a transaction left open and idle this long is ended by the server. */
  idleInTransactionMs: number;
  /** Establishing a connection (TCP + authentication) longer than this fails. */
  connectSeconds: number;
}

export interface PoolBounds {
  /** Operations (statements outside a transaction, or whole transactions) waiting for a connection, at most. */
  maxQueue: number;
  /** An operation that waited this long for a connection is refused. */
  queueTimeoutMs: number;
}

/**
 * Per role: requests of the subgraphs (interactive: a user waits), the gateway's identity reads (on every request:
 * the tightest), migrations (long DDL and a wait for the advisory lock of another runner: no statement or lock limit).
 */
export const SESSION_TIMEOUTS: Record<ConnectionRole, SessionTimeouts> = {
  request: { statementMs: 5_000, lockMs: 2_000, idleInTransactionMs: 10_000, connectSeconds: 5 },
  gateway: { statementMs: 2_000, lockMs: 1_000, idleInTransactionMs: 5_000, connectSeconds: 3 },
  migration: { statementMs: 0, lockMs: 0, idleInTransactionMs: 60_000, connectSeconds: 10 },
};

/** The operator's overrides of the request role's statement and lock timeouts (ms, 0 = none, at most 10 minutes). */
const REQUEST_TIMEOUT_VARIABLES = {
  NAVETTE_DB_STATEMENT_TIMEOUT_MS: 'statementMs',
  NAVETTE_DB_LOCK_TIMEOUT_MS: 'lockMs',
} as const;

/**
 * `NAVETTE_DB_STATEMENT_TIMEOUT_MS` and `NAVETTE_DB_LOCK_TIMEOUT_MS`, for the request role (docs/security.md, "Timeouts
 * and bounds"): a deployment whose reports need longer statements, or a test that holds requests on a lock for as long
 * as its condition takes. Anything but an integer from 0 to 600,000 stops the start.
 */
export function requestTimeoutsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Partial<SessionTimeouts> {
  const timeouts: Partial<SessionTimeouts> = {};
  for (const [name, key] of Object.entries(REQUEST_TIMEOUT_VARIABLES)) {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value > 600_000) {
      throw new Error(`Configuration error: ${name} must be an integer number of milliseconds from 0 to 600000`);
    }
    timeouts[key] = value;
  }
  return timeouts;
}

export const POOL_BOUNDS: Record<Exclude<ConnectionRole, 'migration'>, PoolBounds> = {
  request: { maxQueue: 100, queueTimeoutMs: 3_000 },
  gateway: { maxQueue: 100, queueTimeoutMs: 2_000 },
};

/** Why the database could not serve: each becomes the same French SERVICE_UNAVAILABLE error for the user. */
export type UnavailableReason =
  | 'QUEUE_FULL'
  | 'QUEUE_TIMEOUT'
  | 'STATEMENT_TIMEOUT'
  | 'LOCK_TIMEOUT'
  | 'IDLE_TRANSACTION_TIMEOUT'
  | 'CONNECTION_LOST'
  | 'UNREACHABLE';

/** Raised by the pool guard itself (queue full, waited too long). */
export class DatabaseUnavailableError extends Error {
  readonly reason: UnavailableReason;
  constructor(reason: UnavailableReason, message: string) {
    super(message);
    this.name = 'DatabaseUnavailableError';
    this.reason = reason;
  }
}

/** SQLSTATE codes and postgres.js / Node error codes, by what they mean for the caller. */
const REASON_BY_CODE: Record<string, UnavailableReason> = {
  '57014': 'STATEMENT_TIMEOUT', // query_canceled (statement_timeout)
  '55P03': 'LOCK_TIMEOUT', // lock_not_available (lock_timeout, NOWAIT)
  '25P03': 'IDLE_TRANSACTION_TIMEOUT', // idle_in_transaction_session_timeout
  '57P01': 'CONNECTION_LOST', // admin_shutdown (pg_terminate_backend, server stop)
  '57P02': 'CONNECTION_LOST', // crash_shutdown
  '57P03': 'UNREACHABLE', // cannot_connect_now (starting up)
  '53300': 'UNREACHABLE', // too_many_connections
  '08000': 'CONNECTION_LOST',
  '08003': 'CONNECTION_LOST',
  '08006': 'CONNECTION_LOST',
  '08001': 'UNREACHABLE',
  '08004': 'UNREACHABLE',
  CONNECTION_CLOSED: 'CONNECTION_LOST',
  CONNECTION_ENDED: 'CONNECTION_LOST',
  CONNECTION_DESTROYED: 'CONNECTION_LOST',
  ECONNRESET: 'CONNECTION_LOST',
  EPIPE: 'CONNECTION_LOST',
  CONNECT_TIMEOUT: 'UNREACHABLE',
  ECONNREFUSED: 'UNREACHABLE',
  ETIMEDOUT: 'UNREACHABLE',
  EHOSTUNREACH: 'UNREACHABLE',
  ENOTFOUND: 'UNREACHABLE',
  EAI_AGAIN: 'UNREACHABLE',
};

/**
 * Why `error` (or an error it wraps: Drizzle puts the driver's error in `cause`, GraphQL in `originalError`) means
 * the database could not serve; undefined for any other error (a bug, a constraint violation…).
 */
export function databaseUnavailability(error: unknown): UnavailableReason | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    if (current instanceof DatabaseUnavailableError) return current.reason;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code in REASON_BY_CODE) return REASON_BY_CODE[code];
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The connection died or could not be made: the statement may be retried when it is a read or was never sent. */
function isConnectionFailure(error: unknown): boolean {
  const reason = databaseUnavailability(error);
  return reason === 'CONNECTION_LOST' || reason === 'UNREACHABLE';
}

export interface LimiterStats {
  active: number;
  queued: number;
  /** Operations refused since start (queue full or waited too long). */
  shed: number;
  /** Operations retried once after a lost connection. */
  retried: number;
}

/**
 * A counting semaphore with a bounded, timed waiting line: at most `concurrency` operations hold a connection, at most
 * `maxQueue` wait, none waits longer than `queueTimeoutMs`. postgres.js queues without bound, so a stuck database
 * would otherwise pile up every request of every user in memory.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];
  readonly stats: LimiterStats = { active: 0, queued: 0, shed: 0, retried: 0 };

  constructor(
    private readonly concurrency: number,
    private readonly bounds: PoolBounds,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      this.sync();
      return Promise.resolve();
    }
    if (this.waiting.length >= this.bounds.maxQueue) {
      this.stats.shed++;
      return Promise.reject(new DatabaseUnavailableError('QUEUE_FULL', 'database pool queue full'));
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          this.stats.shed++;
          this.sync();
          reject(
            new DatabaseUnavailableError(
              'QUEUE_TIMEOUT',
              `no database connection within ${this.bounds.queueTimeoutMs} ms`,
            ),
          );
        }, this.bounds.queueTimeoutMs),
      };
      entry.timer.unref();
      this.waiting.push(entry);
      this.sync();
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next)
      next.grant(); // the slot passes to the next in line: `active` is unchanged
    else this.active--;
    this.sync();
  }

  private sync(): void {
    this.stats.active = this.active;
    this.stats.queued = this.waiting.length;
  }
}

/** A statement that only reads: running it twice is harmless. */
const READ_ONLY = /^\s*(select|show|values)\b/i;
const LOCKING_OR_WRITING =
  /\b(for\s+(update|share|no\s+key\s+update|key\s+share)|insert|update|delete|nextval|setval|pg_advisory)/i;

function isRead(query: unknown): boolean {
  return typeof query === 'string' && READ_ONLY.test(query) && !LOCKING_OR_WRITING.test(query);
}

type PendingQuery = PromiseLike<unknown> & { values(): PendingQuery };

/**
 * The postgres.js client as Drizzle uses it (`unsafe(…)`, `unsafe(…).values()`, `begin(…)`), with every top-level
 * operation going through `limiter`; statements inside a transaction use the transaction's own connection.
 * Retries once: a read whose connection failed, and a transaction whose connection failed before its body started
 * (nothing of it was sent but BEGIN, which the server rolled back with the session). Writes outside a transaction
 * and transactions already under way are never retried: they may have been applied.
 */
/** A transaction's client whose statements (`unsafe`, as Drizzle sends them) get their span (tracing.ts). */
function tracedTransaction(sql: postgres.TransactionSql): postgres.TransactionSql {
  const unsafe = (query: string, parameters?: unknown[], options?: unknown): PendingQuery => {
    let values = false;
    let promise: Promise<unknown> | undefined;
    const run = () =>
      (promise ??= tracedStatement(query, () => {
        const pending = sql.unsafe(query, parameters as never, options as never);
        return values ? pending.values() : pending;
      }));
    const pending: PendingQuery = {
      values() {
        values = true;
        return pending;
      },
      then(onFulfilled, onRejected) {
        return run().then(onFulfilled, onRejected);
      },
    };
    return pending;
  };
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === 'unsafe') return unsafe;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

export function guardClient(client: postgres.Sql, limiter: Limiter): postgres.Sql {
  const unsafe = (query: string, parameters?: unknown[], options?: unknown): PendingQuery => {
    let values = false;
    const attempt = () => {
      const pending = client.unsafe(query, parameters as never, options as never);
      return values ? pending.values() : pending;
    };
    let promise: Promise<unknown> | undefined;
    // One span per statement when the caller is traced (tracing.ts): the wait for a connection included.
    const run = () =>
      (promise ??= tracedStatement(query, () =>
        limiter.run(async () => {
          try {
            return await attempt();
          } catch (error) {
            if (!isRead(query) || !isConnectionFailure(error)) throw error;
            limiter.stats.retried++;
            return await attempt();
          }
        }),
      ));
    const pending: PendingQuery = {
      values() {
        values = true;
        return pending;
      },
      then(onFulfilled, onRejected) {
        return run().then(onFulfilled, onRejected);
      },
    };
    return pending;
  };

  const begin = (...args: unknown[]) => {
    const body = args.at(-1) as (sql: unknown) => unknown;
    const mode = args.length > 1 ? args[0] : undefined;
    return limiter.run(async () => {
      let started = false;
      const attempt = () => {
        const wrapped = (sql: unknown) => {
          started = true;
          return body(tracedTransaction(sql as postgres.TransactionSql));
        };
        return mode === undefined ? client.begin(wrapped as never) : client.begin(mode as string, wrapped as never);
      };
      try {
        return await attempt();
      } catch (error) {
        if (started || !isConnectionFailure(error)) throw error;
        limiter.stats.retried++;
        return await attempt();
      }
    });
  };

  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') return unsafe;
      if (property === 'begin') return begin;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** The postgres.js options that carry a role's timeouts. */
export function sessionOptions(role: ConnectionRole, timeouts: SessionTimeouts = SESSION_TIMEOUTS[role]) {
  return {
    connect_timeout: timeouts.connectSeconds,
    // Reconnect quickly after a lost connection (postgres.js backs off up to 20 s by default, its retries counted
    // for the whole pool: a burst of terminated sessions left requests waiting for seconds).
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    connection: {
      application_name: `navette-${role}`,
      statement_timeout: timeouts.statementMs,
      lock_timeout: timeouts.lockMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    },
  };
}
