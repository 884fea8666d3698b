// Prometheus metrics (issue 15 §5), one registry per process, served at /metrics by the gateway and each subgraph.
// - Labels are bounded and never carry personal data: service and subgraph names, operation names of the portals'
//   persisted documents (anything else is `anonymous`), error codes of a fixed list (anything else `OTHER`).
// - /metrics answers a bearer token equal to NAVETTE_METRICS_TOKEN; without the variable, only loopback callers.
// - The process's default metrics (CPU, memory, event loop lag, GC, handles) are collected once per process.
import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The registry of this process (one, whatever the number of servers the process runs). */
export const metricsRegistry = new Registry();
// Server mode's workers of one service share its port (issue 16 §2): each series says which worker counted it, so that
// a scrape landing on either worker adds up rather than overwrites (docs/operations.md).
const worker = process.env['NAVETTE_WORKER'];
if (worker !== undefined && /^\d{1,2}$/.test(worker)) metricsRegistry.setDefaultLabels({ worker });
let defaultsCollected = false;

function ensureDefaults(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: metricsRegistry, prefix: 'navette_' });
}

/** Request latency buckets (seconds): 5 ms to 10 s. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Metrics are created once per process and shared by every server in it (a test starts several). */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The error codes used as labels: the API's `extensions.code` values (docs/security.md) and the GraphQL server's own.
 * Any other value (a library's code, anything unexpected) is counted as OTHER: the label's values stay this list.
 */
export const ERROR_CODE_LABELS: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_REQUIRED',
  'OPERATION_RESOLUTION_FAILURE',
  'DOWNSTREAM_SERVICE_ERROR',
]);

/** An error code as a label: one of ERROR_CODE_LABELS, else OTHER. */
export function codeLabel(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE_LABELS.has(code) ? code : 'OTHER';
}

/** The codes of a GraphQL answer's errors (`extensions.code`, INTERNAL_SERVER_ERROR when absent). */
export function errorCodesOf(errors: readonly unknown[] | undefined): string[] {
  if (!errors) return [];
  return errors.map((error) => codeLabel((error as { extensions?: { code?: unknown } }).extensions?.code));
}

export const subgraphMetrics = once(() => {
  ensureDefaults();
  return {
    requests: new Counter({
      name: 'navette_subgraph_requests_total',
      help: 'GraphQL requests answered by a subgraph, by subgraph and outcome (ok or error).',
      labelNames: ['subgraph', 'outcome'] as const,
      registers: [metricsRegistry],
    }),
    errors: new Counter({
      name: 'navette_subgraph_errors_total',
      help: 'GraphQL errors answered by a subgraph, by subgraph and extensions.code.',
      labelNames: ['subgraph', 'code'] as const,
      registers: [metricsRegistry],
    }),
    duration: new Histogram({
      name: 'navette_subgraph_request_duration_seconds',
      help: 'Time a subgraph takes to answer a GraphQL request, by subgraph and operation type.',
      labelNames: ['subgraph', 'operation_type'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [metricsRegistry],
    }),
  };
});

export const gatewayMetrics = once(() => {
  ensureDefaults();
  return {
    requests: new Counter({
      name: 'navette_gateway_requests_total',
      help: 'GraphQL requests answered by the gateway, by operation (persisted documents; else anonymous) and outcome.',
      labelNames: ['operation', 'outcome'] as const,
      registers: [metricsRegistry],
    }),
    errors: new Counter({
      name: 'navette_gateway_errors_total',
      help: 'GraphQL errors answered by the gateway, by operation and extensions.code.',
      labelNames: ['operation', 'code'] as const,
      registers: [metricsRegistry],
    }),
    duration: new Histogram({
      name: 'navette_gateway_request_duration_seconds',
      help: 'Time the gateway takes to answer a GraphQL request, by operation.',
      labelNames: ['operation'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [metricsRegistry],
    }),
    subgraphDuration: new Histogram({
      name: 'navette_gateway_subgraph_duration_seconds',
      help: 'Time of the gateway’s calls to each subgraph, by subgraph and operation.',
      labelNames: ['subgraph', 'operation'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [metricsRegistry],
    }),
    subgraphErrors: new Counter({
      name: 'navette_gateway_subgraph_errors_total',
      help: 'Failed calls of the gateway to a subgraph (transport errors or errors in the answer), by subgraph.',
      labelNames: ['subgraph'] as const,
      registers: [metricsRegistry],
    }),
  };
});

const jobMetrics = once(() => {
  ensureDefaults();
  return {
    runs: new Counter({
      name: 'navette_job_runs_total',
      help: 'Runs of a background job, by job and outcome (ok or failed).',
      labelNames: ['job', 'outcome'] as const,
      registers: [metricsRegistry],
    }),
    lastSuccess: new Gauge({
      name: 'navette_job_last_success_timestamp_seconds',
      help: 'When a background job last finished a run without error (Unix time): its lag is time() minus this.',
      labelNames: ['job'] as const,
      registers: [metricsRegistry],
    }),
    lastDuration: new Gauge({
      name: 'navette_job_last_duration_seconds',
      help: 'How long the last run of a background job took.',
      labelNames: ['job'] as const,
      registers: [metricsRegistry],
    }),
  };
});

/** Records a background job's run (tacit grants, idempotency expiry, audit retention): outcome, time, duration. */
export function recordJobRun(job: string, outcome: 'ok' | 'failed', durationSeconds: number): void {
  const metrics = jobMetrics();
  metrics.runs.inc({ job, outcome });
  metrics.lastDuration.set({ job }, durationSeconds);
  if (outcome === 'ok') metrics.lastSuccess.set({ job }, Date.now() / 1000);
}

/** Pool statistics of a database handle (server mode), read at each scrape. */
export interface PoolStatsSource {
  active: number;
  queued: number;
  shed: number;
  retried: number;
}

const poolSources = new Map<string, PoolStatsSource>();
const poolMetrics = once(() => {
  ensureDefaults();
  const gauge = (name: string, help: string, read: (stats: PoolStatsSource) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['pool'] as const,
      registers: [metricsRegistry],
      collect() {
        this.reset();
        for (const [pool, stats] of poolSources) this.set({ pool }, read(stats));
      },
    });
  return [
    gauge('navette_db_pool_active', 'Database connections in use, by pool.', (s) => s.active),
    gauge('navette_db_pool_queued', 'Operations waiting for a database connection, by pool.', (s) => s.queued),
    gauge(
      'navette_db_pool_shed_total',
      'Operations refused since start (waiting line full or waited too long), by pool.',
      (s) => s.shed,
    ),
    gauge(
      'navette_db_pool_retried_total',
      'Operations retried once after a lost connection since start, by pool.',
      (s) => s.retried,
    ),
  ];
});

/** Exposes a pool's statistics (LimiterStats of @navette/db) under `pool`; returns what removes them. */
export function registerPoolMetrics(pool: string, stats: PoolStatsSource): () => void {
  poolMetrics();
  poolSources.set(pool, stats);
  return () => {
    if (poolSources.get(pool) === stats) poolSources.delete(pool);
  };
}

/** A work queue's backlog (the notification and webhook workers' tables), read at scrape time. */
export interface QueueBacklog {
  queue: string;
  /** Items waiting (due now or later). */
  pending: number;
  /** Age of the oldest item waiting, in seconds (0 when none waits). */
  oldestAgeSeconds: number;
}

let backlogSource: (() => Promise<QueueBacklog[]>) | undefined;
/** One read per scrape: both gauges share it (a scrape collects them one after the other). */
let backlogRead: { at: number; rows: Promise<QueueBacklog[]> } | undefined;
const readBacklogOnce = () => {
  if (!backlogSource) return Promise.resolve([]);
  if (!backlogRead || Date.now() - backlogRead.at > 1_000) {
    // A database that does not answer leaves the gauges empty for this scrape rather than failing it.
    backlogRead = { at: Date.now(), rows: backlogSource().catch(() => []) };
  }
  return backlogRead.rows;
};
const backlogMetrics = once(() => {
  ensureDefaults();
  const gauge = (name: string, help: string, read: (row: QueueBacklog) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['queue'] as const,
      registers: [metricsRegistry],
      async collect() {
        const rows = await readBacklogOnce();
        this.reset();
        for (const row of rows) this.set({ queue: row.queue }, read(row));
      },
    });
  return [
    gauge(
      'navette_queue_pending',
      'Items waiting in a work queue (notifications, e-mails, webhooks), by queue.',
      (r) => r.pending,
    ),
    gauge(
      'navette_queue_oldest_age_seconds',
      'Age of the oldest item waiting in a work queue, by queue: a worker stopped or a receiver down shows here.',
      (r) => r.oldestAgeSeconds,
    ),
  ];
});

/** Exposes the work queues' backlog (issue 15 §5, "webhook backlog"), read by `read` at each scrape. */
export function registerBacklogMetrics(read: () => Promise<QueueBacklog[]>): () => void {
  backlogMetrics();
  backlogSource = read;
  backlogRead = undefined;
  return () => {
    if (backlogSource === read) backlogSource = undefined;
  };
}

/** Loopback addresses (IPv4 127/8, ::1, IPv4-mapped 127/8). */
export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(plain) === 4) return plain.startsWith('127.');
  return plain === '::1';
}

/**
 * Who may read /metrics: with a token (NAVETTE_METRICS_TOKEN), a request carrying `Authorization: Bearer <token>`;
 * without one, a loopback caller only. `clientAddress` is the caller as the server worked it out (the gateway: after
 * its trusted proxies).
 */
export function mayReadMetrics(
  authorization: string | undefined,
  clientAddress: string | null | undefined,
  token: string | undefined = metricsToken(),
): boolean {
  if (token) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return false;
    const given = Buffer.from(match[1]!);
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  return isLoopback(clientAddress);
}

/** NAVETTE_METRICS_TOKEN, when set. */
export function metricsToken(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env['NAVETTE_METRICS_TOKEN']?.trim() || undefined;
}

/** Answers GET /metrics (Prometheus text format) or refuses with 401/403. */
export async function respondMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  clientAddress: string | null | undefined,
  token: string | undefined = metricsToken(),
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Méthode refusée');
    return;
  }
  if (!mayReadMetrics(req.headers.authorization, clientAddress, token)) {
    res
      .writeHead(token ? 401 : 403, {
        'content-type': 'text/plain; charset=utf-8',
        ...(token ? { 'www-authenticate': 'Bearer' } : {}),
      })
      .end('Accès refusé');
    return;
  }
  ensureDefaults();
  const body = await metricsRegistry.metrics();
  res.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
