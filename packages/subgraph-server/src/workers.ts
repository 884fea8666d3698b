// Server mode's layout (issue 16 §2): how many worker processes each service runs, and how many PostgreSQL
// connections each may hold so that all of them together stay under the server's `max_connections`.
import { availableParallelism } from 'node:os';

/** At most this many workers per service: past the cores they only add context switches and connections. */
export const MAX_WORKERS = 64;

/** The services of server mode: the gateway and four subgraphs. */
export const SERVICES = 5;

/**
 * `NAVETTE_WORKERS`: a count (1–64) or `auto` (default): as many processes in all as the machine has cores, i.e. one
 * worker per service for every five cores, at least one. Measured on two cores (docs/benchmarks.md, "Which process
 * layout serves best"): two workers per service — ten processes on two cores — served less than one at 10 callers
 * (×0.84–1.04 against ×1.10–1.25 over one process). Throws an English message naming the variable on anything else
 * (the supervisor exits with a configuration error).
 */
export function workersFromSetting(value: string | undefined, cores = availableParallelism()): number {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'auto') return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores / SERVICES)));
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_WORKERS)
    throw new Error(`NAVETTE_WORKERS must be "auto" or a whole number from 1 to ${MAX_WORKERS}`);
  return Number(text);
}

/** What the PostgreSQL server lets the product open. */
export interface ConnectionLimits {
  /** PostgreSQL's `max_connections`. */
  maxConnections: number;
  /** Kept for superusers and roles (`superuser_reserved_connections`, and `reserved_connections` from 16). */
  reservedConnections: number;
  /**
   * The lower of the database's and the product's role's `CONNECTION LIMIT` (`ALTER DATABASE|ROLE … CONNECTION LIMIT`,
   * common on managed servers); null or negative: none.
   */
  connectionLimit?: number | null;
}

export interface PoolPlanInput extends ConnectionLimits {
  /** Every process of the product that opens a pool (gateway and subgraph workers). */
  processes: number;
  /** The most one process needs (the subgraphs' default pool). */
  ceiling?: number;
}

export interface PoolPlan {
  /** Connections per process. */
  perProcess: number;
  /** Left to operators, migrations, backups and a second deployment during a rolling restart. */
  headroom: number;
  /** False when even one connection per process does not fit: fewer workers are needed. */
  fits: boolean;
}

/**
 * Splits what the server allows between the product's processes, keeping a fifth (at least 5) for everyone else; each
 * process gets between 2 and `ceiling` (10) connections. A pool bigger than what PostgreSQL serves would fail under
 * load with "too many clients" instead of queueing in the pool (where the 3 s bound answers SERVICE_UNAVAILABLE).
 */
export function planPools(input: PoolPlanInput): PoolPlan {
  const ceiling = input.ceiling ?? 10;
  const limit = input.connectionLimit ?? -1;
  const usable = Math.min(input.maxConnections - input.reservedConnections, limit >= 0 ? limit : Infinity);
  const headroom = Math.max(5, Math.ceil(usable / 5));
  const share = Math.floor((usable - headroom) / Math.max(1, input.processes));
  return { perProcess: Math.max(1, Math.min(ceiling, share)), headroom, fits: share >= 2 };
}

/** A layout: workers per service and the pool of each process. */
export interface Layout {
  workers: number;
  pools: PoolPlan;
}

/**
 * The layout for `NAVETTE_WORKERS` (`setting`) on a server with these limits. With `auto`, fewer workers when
 * PostgreSQL cannot give each process two connections (down to one per service). A count asked explicitly that does
 * not fit is refused — the operator asked for it, the product does not quietly run fewer: throws an English message
 * naming the variable and the limits (the supervisor exits with a configuration error, status 2).
 */
export function planLayout(
  setting: string | undefined,
  limits: ConnectionLimits,
  cores = availableParallelism(),
): Layout {
  let workers = workersFromSetting(setting, cores);
  let pools = planPools({ ...limits, processes: workers * SERVICES });
  const text = setting?.trim() ?? '';
  if (!pools.fits && text !== '' && text !== 'auto') {
    const limit = limits.connectionLimit ?? -1;
    throw new Error(
      `NAVETTE_WORKERS=${workers} needs at least 2 connections for each of its ${workers * SERVICES} processes beside the ` +
        `${pools.headroom} kept for operators, and PostgreSQL allows ${limits.maxConnections - limits.reservedConnections}` +
        ` (max_connections ${limits.maxConnections} less ${limits.reservedConnections} reserved)` +
        (limit >= 0 ? `, the database or role ${limit} (CONNECTION LIMIT)` : '') +
        ': lower NAVETTE_WORKERS or raise max_connections',
    );
  }
  while (!pools.fits && workers > 1) {
    workers -= 1;
    pools = planPools({ ...limits, processes: workers * SERVICES });
  }
  return { workers, pools };
}
