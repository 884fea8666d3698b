// Structured logs (pino, JSON lines on stdout) shared by the gateway, the subgraphs, the jobs and the server-mode
// supervisor. Two rules:
// - every line of a request carries its id (`requestId`): the gateway takes or makes one, sends it to the subgraphs
//   as `x-request-id`, and they log their errors (SQL included) under it; with traces on (telemetry.ts), the lines
//   written inside a traced request also carry its `traceId` and `spanId`;
// - no personal data in any line: no request bodies, variables or SQL parameters, only ids. Errors go through
//   `serializeError`, which keeps what an operator needs (type, SQLSTATE, constraint/table/column names, stack
//   frames) and drops what carries values: postgres.js `detail`/`parameters`/`query`/`where`, drizzle's
//   "Failed query: … params: …" message, the message of data exceptions (class 22 quotes the rejected value).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { pino, type Level, type Logger } from 'pino';
import { currentTraceIds } from './telemetry.js';

export type { Logger } from 'pino';

const LEVELS = new Set<string>(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** LOG_LEVEL (fatal, error, warn, info, debug, trace, silent); `info` by default. */
export function logLevelFromEnvironment(env: NodeJS.ProcessEnv = process.env): Level | 'silent' {
  const value = env['LOG_LEVEL']?.trim().toLowerCase();
  return value && LEVELS.has(value) ? (value as Level | 'silent') : 'info';
}

/** Keys whose values are never logged, wherever they appear in a line's attributes. */
const SENSITIVE_KEYS = new Set([
  'body',
  'variables',
  'params',
  'parameters',
  'query',
  'document',
  'args',
  'input',
  'detail',
  'where',
  'internal_query',
  'data',
  'result',
  'response',
  'headers',
  'authorization',
  'cookie',
  'password',
]);

/**
 * Values hidden in free text (error messages): quoted literals (PostgreSQL and GraphQL quote the value they reject),
 * e-mail addresses, dates, phone-like and other long digit runs.
 */
export function scrubText(text: string): string {
  return text
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/[^\s@"'<>(),;]+@[^\s@"'<>(),;]+\.[^\s@"'<>(),;]+/g, '[email]')
    .replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{2}\/\d{2}\/\d{4}\b/g, '[date]')
    .replace(/\+?\d(?:[ .-]?\d){8,}/g, '[number]');
}

// SQLSTATE classes whose messages name objects (constraints, columns, connections) but never quote row values.
const SAFE_SQLSTATE_CLASSES = new Set(['08', '23', '25', '40', '42', '53', '54', '55', '57', '58', '3D', '0A']);
const IDENTIFIER_FIELDS = [
  'code',
  'severity',
  'routine',
  'schema_name',
  'table_name',
  'column_name',
  'constraint_name',
  'type_name',
] as const;

function frames(stack: string | undefined): string[] | undefined {
  if (!stack) return undefined;
  const lines = stack
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .map((line) => line.trim());
  return lines.length > 0 ? lines.slice(0, 12) : undefined;
}

function isPostgresError(
  error: Error,
): error is Error & Record<(typeof IDENTIFIER_FIELDS)[number], string | undefined> {
  const candidate = error as Error & { code?: unknown; severity?: unknown };
  return (
    error.name === 'PostgresError' ||
    (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code) && 'severity' in candidate)
  );
}

function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    // Something thrown that is not an Error: its kind only (its content may be anything).
    return { type: error === null ? 'null' : typeof error };
  }
  const out: Record<string, unknown> = { type: error.constructor?.name || error.name };
  if (isPostgresError(error)) {
    for (const field of IDENTIFIER_FIELDS) if (typeof error[field] === 'string') out[field] = error[field];
    const sqlClass = (error.code ?? '').slice(0, 2);
    out['message'] = SAFE_SQLSTATE_CLASSES.has(sqlClass) ? scrubText(error.message) : '(withheld: may quote a value)';
  } else if (error.constructor?.name === 'DrizzleQueryError' || error.message.startsWith('Failed query:')) {
    out['message'] = 'Failed query (statement and parameters withheld)';
  } else {
    const code = (error as { code?: unknown }).code ?? (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code === 'string' || typeof code === 'number') out['code'] = code;
    out['message'] = scrubText(error.message);
  }
  const stack = frames(error.stack);
  if (stack) out['stack'] = stack;
  return out;
}

// Outputs of serializeError: the logger's `err` serializer sees them again (callers serialise explicitly too).
const serialized = new WeakSet<object>();

/** An error (and its causes) as log attributes without personal data. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (typeof error === 'object' && error !== null && serialized.has(error)) return error as Record<string, unknown>;
  const root = describe(error);
  serialized.add(root);
  let current = root;
  let next = error instanceof Error ? ((error as { originalError?: unknown }).originalError ?? error.cause) : undefined;
  for (let depth = 0; depth < 5 && next !== undefined && next !== null; depth++) {
    const cause = describe(next);
    current['cause'] = cause;
    current = cause;
    next = next instanceof Error ? ((next as { originalError?: unknown }).originalError ?? next.cause) : undefined;
  }
  return root;
}

/** Attributes with the sensitive keys removed and errors serialised (for loggers we do not own, e.g. the gateway's). */
export function scrubAttributes(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return serializeError(value);
  if (depth > 6) return '[depth]';
  if (Array.isArray(value)) return value.map((item) => scrubAttributes(item, depth + 1));
  if (typeof value === 'string') return scrubText(value);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SENSITIVE_KEYS.has(key.toLowerCase()) ? '[withheld]' : scrubAttributes(item, depth + 1);
    }
    return out;
  }
  return value;
}

let root: Logger | undefined;

/** The process's logger; `service` names the process in every line (set once, by the entry point). */
export function rootLogger(): Logger {
  root ??= createLogger(process.env['NAVETTE_SERVICE'] ?? 'navette');
  return root;
}

export function createLogger(service: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: logLevelFromEnvironment(),
      base: { service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError, error: serializeError },
      // The trace's ids in every line written inside a traced request (traces on: telemetry.ts).
      mixin: () => currentTraceIds() ?? {},
      redact: { paths: [...SENSITIVE_KEYS].flatMap((key) => [key, `*.${key}`]), censor: '[withheld]' },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** Sets the process's logger (entry points: `configureLogging('gateway')`). */
export function configureLogging(service: string): Logger {
  root = createLogger(service);
  return root;
}

interface RequestScope {
  requestId: string;
  /** The API client calling, once the request is authenticated (issue 15 §1): in its log lines and metrics. */
  apiClientId?: string;
}
const requestScope = new AsyncLocalStorage<RequestScope>();

/** The logger of the current request (with its `requestId`, and `apiClientId` for a client's), or `base` outside of one. */
export function currentLogger(base: Logger = rootLogger()): Logger {
  const scope = requestScope.getStore();
  if (!scope) return base;
  return base.child(
    scope.apiClientId ? { requestId: scope.requestId, apiClientId: scope.apiClientId } : { requestId: scope.requestId },
  );
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/**
 * The id of the API client that made the current request, once it is authenticated (gateway and subgraphs); undefined
 * for users, anonymous callers and outside a request. For log lines and per-client metrics.
 */
export function currentApiClientId(): string | undefined {
  return requestScope.getStore()?.apiClientId;
}

/** Marks the current request as made by this API client (called where the caller is authenticated). */
export function setCurrentApiClientId(clientId: string): void {
  const scope = requestScope.getStore();
  if (scope) scope.apiClientId = clientId;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** A request id as received (when well-formed: it is copied into logs) or a new one. */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** Runs `fn` with `requestId` as the current request's id (see currentLogger). */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

/** Express middleware: the request's id from `x-request-id` (sent by the gateway), echoed in the response. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = requestIdFrom(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  requestScope.run({ requestId }, next);
}
