// One OpenTelemetry span per SQL statement (issue 15 §5), under the span of the request that runs it (a subgraph's
// server span, telemetry.ts in @navette/subgraph-server). Only @opentelemetry/api here: the process's entry point
// decides whether an SDK exports anything. Nothing is done outside a traced request (no recording parent span): with
// traces off, the cost is one look-up of the active span per statement. The statement's text is not recorded (a
// hand-written statement may carry a literal); its kind and first table are.
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { PGlite, Transaction } from '@electric-sql/pglite';

const OPERATION =
  /^\s*(?:with\b[\s\S]*?\)\s*)?(select|insert|update|delete|begin|commit|rollback|savepoint|release|set|with|copy|lock|call)\b/i;
const TABLE = /\b(?:from|into|update|join)\s+(?:"?([a-z_][a-z0-9_]*)"?\.)?"?([a-z_][a-z0-9_]*)"?/i;

/** The statement's kind (SELECT, INSERT…; OTHER when unknown) and the first table it names, if any. */
export function describeStatement(statement: string): { operation: string; table: string | undefined } {
  const operation = OPERATION.exec(statement)?.[1]?.toUpperCase() ?? 'OTHER';
  const table = TABLE.exec(statement)?.[2];
  return { operation, table };
}

function startSpan(statement: string): Span | undefined {
  const parent = trace.getActiveSpan();
  if (!parent?.isRecording()) return undefined;
  const { operation, table } = describeStatement(statement);
  return trace.getTracer('@navette/db').startSpan(table ? `${operation} ${table}` : operation, {
    kind: SpanKind.CLIENT,
    attributes: {
      'db.system.name': 'postgresql',
      'db.operation.name': operation,
      ...(table ? { 'db.collection.name': table } : {}),
    },
  });
}

function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) span.setAttribute('db.response.status_code', code);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** Runs one statement inside its span (when the caller is traced). */
export async function tracedStatement<T>(statement: string, run: () => PromiseLike<T>): Promise<T> {
  const span = startSpan(statement);
  if (!span) return run();
  try {
    const result = await context.with(trace.setSpan(context.active(), span), run);
    endSpan(span);
    return result;
  } catch (error) {
    endSpan(span, error);
    throw error;
  }
}

/** The PGlite instance drizzle uses, with a span per `query` (transactions' statements included). */
export function tracedPglite(pglite: PGlite): PGlite {
  const traceQueries = <C extends PGlite | Transaction>(client: C): C =>
    new Proxy(client, {
      get(target, property, receiver) {
        if (property === 'query') {
          return (statement: string, ...rest: unknown[]) =>
            tracedStatement(statement, () =>
              (target.query as (...args: unknown[]) => Promise<unknown>).call(target, statement, ...rest),
            );
        }
        if (property === 'transaction') {
          return <T>(body: (tx: Transaction) => Promise<T>) =>
            (target as PGlite).transaction((tx) => body(traceQueries(tx)));
        }
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  return traceQueries(pglite);
}
