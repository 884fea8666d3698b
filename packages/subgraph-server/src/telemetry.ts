// OpenTelemetry traces (issue 15 §5): one trace from the gateway through each subgraph down to SQL.
// - The process's entry point calls `startTelemetry` once; it starts the OpenTelemetry Node SDK only when an OTLP
//   endpoint is configured by the standard variables (OTEL_EXPORTER_OTLP_ENDPOINT or
//   OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) and OTEL_SDK_DISABLED is not true. Off by default: no provider is registered,
//   every span below is the API's no-op and the subgraph middleware is not even installed.
// - The exporter speaks the protocol of OTEL_EXPORTER_OTLP_TRACES_PROTOCOL, else OTEL_EXPORTER_OTLP_PROTOCOL, else the
//   specification's default `http/protobuf` (`http/json` and `grpc` too; any other value stops the start), the sampler and
//   the batch settings come from OTEL_TRACES_SAMPLER / OTEL_BSP_* as the SDK reads them, the service's name from
//   OTEL_SERVICE_NAME (else the name the entry point gives), the propagators from OTEL_PROPAGATORS (W3C trace context
//   and baggage by default).
// - The gateway's spans come from Hive Gateway's OpenTelemetry plugin, which injects `traceparent` into its requests
//   to the subgraphs; a subgraph opens its server span from that header (`traceSubgraphRequests`), and packages/db
//   opens one span per SQL statement under it (@opentelemetry/api only there).
// No personal data in spans: no statement text, no variables, no bodies, only names, ids and codes.
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { ReadableSpan, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { NextFunction, Request, Response } from 'express';

/**
 * Attributes never exported, whoever set them (Hive Gateway's plugin records the GraphQL document, whose inline
 * literals may be a person's data, and the client's address).
 */
export const WITHHELD_ATTRIBUTES = ['graphql.document', 'http.client_ip', 'client.address', 'url.query'] as const;
const URL_ATTRIBUTES = ['http.url', 'url.full', 'http.target'] as const;

/** The span with the withheld attributes removed and the query strings of its URLs cut (in place: before export). */
export function withheld<S extends Pick<ReadableSpan, 'attributes'>>(span: S): S {
  const attributes = span.attributes as Record<string, unknown>;
  for (const key of WITHHELD_ATTRIBUTES) delete attributes[key];
  for (const key of URL_ATTRIBUTES) {
    const value = attributes[key];
    if (typeof value === 'string' && value.includes('?')) attributes[key] = value.slice(0, value.indexOf('?'));
  }
  return span;
}

export interface Telemetry {
  /** The service name spans are exported under. */
  serviceName: string;
  /** Exports the spans ended so far (tests, before reading what the collector received). */
  forceFlush(): Promise<void>;
  /** Exports what is left and unregisters the SDK (on stop). */
  shutdown(): Promise<void>;
}

let active: Telemetry | undefined;

/** Whether traces are exported by this process (startTelemetry started the SDK). */
export function telemetryActive(): boolean {
  return active !== undefined;
}

/** True when the standard variables ask for traces: an OTLP endpoint, and OTEL_SDK_DISABLED not true. */
export function telemetryRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if ((env['OTEL_SDK_DISABLED'] ?? '').trim().toLowerCase() === 'true') return false;
  if ((env['OTEL_TRACES_EXPORTER'] ?? '').trim().toLowerCase() === 'none') return false;
  return Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT']?.trim() || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']?.trim());
}

export type OtlpProtocol = 'http/protobuf' | 'http/json' | 'grpc';
const OTLP_PROTOCOLS: readonly OtlpProtocol[] = ['http/protobuf', 'http/json', 'grpc'];

/**
 * The OTLP protocol of the traces, as the specification reads it: OTEL_EXPORTER_OTLP_TRACES_PROTOCOL, else
 * OTEL_EXPORTER_OTLP_PROTOCOL, else `http/protobuf`. Any other value is a configuration error (thrown: the process
 * does not start and says why, rather than export nothing).
 */
export function otlpTracesProtocol(env: NodeJS.ProcessEnv = process.env): OtlpProtocol {
  const value = (env['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL'] ?? env['OTEL_EXPORTER_OTLP_PROTOCOL'] ?? '').trim();
  if (value === '') return 'http/protobuf';
  if ((OTLP_PROTOCOLS as readonly string[]).includes(value)) return value as OtlpProtocol;
  throw new Error(
    `Configuration error: OTEL_EXPORTER_OTLP_PROTOCOL must be one of ${OTLP_PROTOCOLS.join(', ')} (got "${value}")`,
  );
}

/**
 * The OTLP trace exporter the environment asks for, its endpoint read from `env` (the SDK would read process.env
 * itself): OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as is, else OTEL_EXPORTER_OTLP_ENDPOINT (plus /v1/traces over HTTP).
 * Each exporter's module is loaded only when chosen.
 */
export async function createTraceExporter(env: NodeJS.ProcessEnv = process.env): Promise<SpanExporter> {
  const protocol = otlpTracesProtocol(env);
  const tracesEndpoint = env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']?.trim();
  const base = env['OTEL_EXPORTER_OTLP_ENDPOINT']?.trim().replace(/\/+$/, '');
  if (!tracesEndpoint && !base) throw new Error('Configuration error: no OTLP endpoint for the traces');
  if (protocol === 'grpc') {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-grpc');
    return new OTLPTraceExporter({ url: tracesEndpoint || base });
  }
  const url = tracesEndpoint || `${base}/v1/traces`;
  if (protocol === 'http/json') {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    return new OTLPTraceExporter({ url });
  }
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
  return new OTLPTraceExporter({ url });
}

/**
 * Starts the OpenTelemetry SDK for this process when the environment asks for it (see telemetryRequested), once;
 * returns undefined when traces are off. `serviceName` is used unless OTEL_SERVICE_NAME is set. The SDK is imported
 * only then: a process without traces does not even load it.
 */
export async function startTelemetry(
  serviceName: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Telemetry | undefined> {
  if (active) return active;
  if (!telemetryRequested(env)) return undefined;
  const exporter = await createTraceExporter(env);
  const [{ NodeSDK }, { BatchSpanProcessor }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/sdk-trace-base'),
  ]);
  if (active) return active;
  const name = env['OTEL_SERVICE_NAME']?.trim() || serviceName;
  const batch = new BatchSpanProcessor(exporter);
  const processor: SpanProcessor = {
    onStart: (span, parentContext) => batch.onStart(span, parentContext),
    onEnd: (span) => batch.onEnd(withheld(span)),
    forceFlush: () => batch.forceFlush(),
    shutdown: () => batch.shutdown(),
  };
  const sdk = new NodeSDK({
    serviceName: name,
    spanProcessors: [processor],
    // Metrics are Prometheus' (/metrics, metrics.ts) and logs go to stdout: the SDK exports traces only.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
  });
  sdk.start();
  const telemetry: Telemetry = {
    serviceName: name,
    forceFlush: () => processor.forceFlush(),
    shutdown: async () => {
      if (active === telemetry) active = undefined;
      await sdk.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
  active = telemetry;
  return telemetry;
}

/**
 * `startTelemetry` for a process's entry point: a configuration error (an unknown OTLP protocol, no endpoint) is
 * logged as one fatal line and the process exits with status 2, as every other configuration error does.
 */
export async function startTelemetryOrExit(
  serviceName: string,
  logger: { fatal(message: string): void },
  env: NodeJS.ProcessEnv = process.env,
): Promise<Telemetry | undefined> {
  try {
    return await startTelemetry(serviceName, env);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.startsWith('Configuration error')) throw error;
    logger.fatal(message);
    process.exit(2);
  }
}

const tracer = () => trace.getTracer('@navette/subgraph-server');

/**
 * Express middleware of a subgraph's /graphql: a SERVER span per request, child of the gateway's span named by the
 * `traceparent` header, active while the request runs (the SQL spans of packages/db hang under it). Installed after
 * the body is read, like the request id (the body's stream events do not run in the request's async context).
 */
export function traceSubgraphRequests(subgraph: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span: Span = tracer().startSpan(
      `subgraph ${subgraph}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'navette.subgraph': subgraph,
          'http.request.method': req.method,
          'url.path': req.path,
          'http.route': '/graphql',
        },
      },
      parent,
    );
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Marks the current span (if any) with the GraphQL operation a subgraph runs and the error codes it answers. */
export function annotateCurrentSpan(attributes: Record<string, string | number | boolean | string[]>): void {
  const span = trace.getActiveSpan();
  if (span?.isRecording()) span.setAttributes(attributes);
}

/** The current trace's ids for log lines (none when traces are off or outside a traced request). */
export function currentTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  // A non-recording span from an untraced request still carries the caller's ids; keep them only when sampled.
  if (!span.isRecording() && (traceFlags & 1) === 0) return undefined;
  return { traceId, spanId };
}
