// The gateway under faults (issue 12): a subgraph that stops answering costs a request at most the upstream timeout
// (the other subgraphs' fields still come back: partial data), the user reads one French SERVICE_UNAVAILABLE error,
// and /readiness says the truth about the subgraphs and the database, cheaply (checked at most once a second or so).
import type { ServerResponse } from 'node:http';
import { SERVICE_UNAVAILABLE_MESSAGE, serviceUnavailable } from '@navette/subgraph-server';
import { GraphQLError } from 'graphql';
import { currentLogger, rootLogger } from '@navette/subgraph-server';

function fromEnvironment(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * One gateway → subgraph call, at most: longer than a subgraph's own worst case (pool wait 3 s + statement 5 s), so a
 * slow but working subgraph still answers. NAVETTE_UPSTREAM_TIMEOUT_MS overrides it.
 */
export const UPSTREAM_TIMEOUT_MS = fromEnvironment('NAVETTE_UPSTREAM_TIMEOUT_MS', 10_000);
/** A whole client request, upload included (70 Mo of supporting documents on a slow line). NAVETTE_REQUEST_DEADLINE_MS. */
export const REQUEST_DEADLINE_MS = fromEnvironment('NAVETTE_REQUEST_DEADLINE_MS', 120_000);
/** Each readiness check must answer within this… */
export const READINESS_TIMEOUT_MS = 1_500;
/** …and its verdict is reused this long, so a load balancer polling often costs the subgraphs nothing. */
export const READINESS_CACHE_MS = 1_000;

/** Codes of a subgraph that could not be reached or did not answer in time (Hive Gateway, undici, Node). */
const UNREACHABLE_CODES = new Set([
  'GATEWAY_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'EPIPE',
]);

function unreachable(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const code =
      (current as { extensions?: { code?: unknown } }).extensions?.code ?? (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return code;
    if ((current as { name?: unknown }).name === 'TimeoutError') return 'GATEWAY_TIMEOUT';
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A connection to a subgraph refused, reset or closed before its answer: not a timeout, which is never retried. */
const CONNECTION_FAILURE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);

/** Whether `error` (or an error it wraps) is a connection to a subgraph refused, reset or closed before its answer. */
export function isUpstreamConnectionFailure(error: unknown): boolean {
  const code = unreachable(error);
  return code !== undefined && CONNECTION_FAILURE_CODES.has(code);
}

/** Retries of a read whose connection to a subgraph failed: after 100 ms, then 400 ms. */
export const UPSTREAM_READ_RETRY = { maxRetries: 2, retryDelay: 100, retryDelayFactor: 4 } as const;

/**
 * Hive Gateway's `upstreamRetry`: a **query** whose connection to a subgraph was refused or reset before the answer is
 * sent again (a subgraph restarting, or closing its idle keep-alive connections as it stops while the gateway writes on
 * one of them). A mutation never is: reset after it was sent, it may have run; the portals resend it with the same
 * Idempotency-Key, which the subgraph answers once (issue 12). Timeouts are not retried either: each already cost
 * UPSTREAM_TIMEOUT_MS.
 */
export function upstreamRetryPolicy(payload: { executionRequest: { operationType?: string } }):
  | {
      maxRetries: number;
      retryDelay: number;
      retryDelayFactor: number;
      shouldRetry: (attempt: { executionResult?: unknown }) => boolean;
    }
  | undefined {
  if (payload.executionRequest.operationType !== 'query') return undefined;
  return {
    ...UPSTREAM_READ_RETRY,
    shouldRetry: ({ executionResult }) => {
      const errors = (executionResult as { errors?: readonly unknown[] } | undefined)?.errors;
      return Array.isArray(errors) && errors.some(isUpstreamConnectionFailure);
    },
  };
}

/**
 * The French SERVICE_UNAVAILABLE error when `error` says a subgraph or the database could not serve in time;
 * undefined otherwise (the caller masks it as usual). Keeps the path, so the other fields' data stays usable.
 */
export function gatewayUnavailable(error: unknown): GraphQLError | undefined {
  const path = error instanceof GraphQLError ? error.path : undefined;
  const database = serviceUnavailable(error);
  const upstream = database ? undefined : unreachable(error);
  if (!database && !upstream) return undefined;
  const reason =
    database?.extensions.reason ?? (upstream === 'GATEWAY_TIMEOUT' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNREACHABLE');
  currentLogger().warn({ reason, path: path?.join('.') }, 'service unavailable');
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    ...(path ? { path } : {}),
    extensions: { code: 'SERVICE_UNAVAILABLE', reason },
  });
}

export type ReadinessCheck = () => Promise<void>;

export interface ReadinessVerdict {
  ready: boolean;
  /** Names of the checks that failed or timed out. */
  failing: string[];
}

/** GET of a subgraph's /health (it checks its own database), as a readiness check. */
export function subgraphHealthCheck(graphqlUrl: string, timeoutMs = READINESS_TIMEOUT_MS): ReadinessCheck {
  const url = new URL('/health', graphqlUrl).toString();
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`health ${response.status}`);
  };
}

/**
 * Runs every check at once, each within `timeoutMs`; the verdict is cached `cacheMs` and concurrent callers share
 * the run in flight.
 */
export function createReadiness(
  checks: Record<string, ReadinessCheck>,
  options: { timeoutMs?: number; cacheMs?: number } = {},
) {
  const timeoutMs = options.timeoutMs ?? READINESS_TIMEOUT_MS;
  const cacheMs = options.cacheMs ?? READINESS_CACHE_MS;
  let cached: { at: number; verdict: ReadinessVerdict } | undefined;
  let inFlight: Promise<ReadinessVerdict> | undefined;

  const runAll = async (): Promise<ReadinessVerdict> => {
    const names = Object.keys(checks);
    const results = await Promise.allSettled(
      names.map(async (name) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([
            checks[name]!(),
            new Promise<never>((_, reject) => {
              timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
            }),
          ]);
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    const failing = names.filter((_, i) => results[i]!.status === 'rejected');
    return { ready: failing.length === 0, failing };
  };

  const verdict = (): Promise<ReadinessVerdict> => {
    if (cached && Date.now() - cached.at < cacheMs) return Promise.resolve(cached.verdict);
    inFlight ??= runAll()
      .then((v) => {
        cached = { at: Date.now(), verdict: v };
        if (!v.ready) rootLogger().warn({ failing: v.failing }, 'not ready');
        return v;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return {
    verdict,
    /** Answers /readiness: 200 when every check passed, 503 with the failing names otherwise. */
    async respond(res: ServerResponse): Promise<void> {
      const v = await verdict();
      res
        .writeHead(v.ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify(v.ready ? { status: 'ready' } : { status: 'unavailable', failing: v.failing }));
    },
  };
}
