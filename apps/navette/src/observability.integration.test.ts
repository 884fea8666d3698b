// Observability (issue 15 §5): OpenTelemetry traces exported over OTLP/HTTP to a real receiver started here, one trace
// from the gateway through the subgraphs down to SQL; Prometheus /metrics of the gateway and the subgraphs; traces
// off by default. Real PostgreSQL, real gateway (startNavette).
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { DEMO_PASSWORD } from '@navette/db';
import {
  createLogger,
  startTelemetry,
  telemetryActive,
  telemetryRequested,
  type Telemetry,
} from '@navette/subgraph-server';
import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedInHeaders } from './testing/graphql.js';

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  scope: string;
  service: string;
  attributes: Record<string, unknown>;
}

/** An OTLP/HTTP receiver (JSON encoding, POST /v1/traces) keeping every span it is sent. */
async function startReceiver(): Promise<{
  url: string;
  spans: ReceivedSpan[];
  requests: number;
  close(): Promise<void>;
}> {
  const spans: ReceivedSpan[] = [];
  const state = { requests: 0 };
  const attributesOf = (list: { key: string; value: Record<string, unknown> }[] | undefined) =>
    Object.fromEntries((list ?? []).map(({ key, value }) => [key, Object.values(value)[0]]));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      state.requests++;
      if (req.url !== '/v1/traces' || !String(req.headers['content-type']).includes('json')) {
        res.writeHead(415).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: Record<string, unknown> }[] };
          scopeSpans: {
            scope: { name: string };
            spans: (Omit<ReceivedSpan, 'scope' | 'service' | 'attributes'> & {
              attributes?: { key: string; value: Record<string, unknown> }[];
            })[];
          }[];
        }[];
      };
      for (const resourceSpans of body.resourceSpans) {
        const service = String(attributesOf(resourceSpans.resource.attributes)['service.name']);
        for (const scopeSpans of resourceSpans.scopeSpans) {
          for (const span of scopeSpans.spans) {
            spans.push({
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
              kind: span.kind,
              scope: scopeSpans.scope.name,
              service,
              attributes: attributesOf(span.attributes),
            });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A sample of the Prometheus text format: the value of `name` with exactly these labels (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const found = Object.fromEntries(
      [...line.slice(name.length + 1, line.lastIndexOf('}')).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    const wanted = Object.entries(labels);
    if (wanted.length === Object.keys(found).length && wanted.every(([k, v]) => found[k] === v)) {
      return Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return 0;
}

const FEDERATED = `{ siaes(first: 2, filter: { departement: "25" }) {
  edges { node { id name approvalDecisionDeadline(receivedOn: "2026-01-05") } } } }`;
/** The Espace SIAE's persisted directory query (apps/portal-siae/src/generated/persisted-documents.json). */
const SIAE_DIRECTORY_HASH = 'ec3c85214bdedc0ed560aaa354e17fbba3cd235144783c80c54aa340aead63d3';
const METRICS_TOKEN = 'metrics-token-of-the-observability-test-0123456789';

let database: TestDatabase;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const savedEnvironment = { ...process.env };

beforeAll(async () => {
  database = await createTestDatabase();
  receiver = await startReceiver();
});
afterAll(async () => {
  process.env = savedEnvironment;
  await receiver?.close();
  await database?.drop();
});

describe('a wrong OTLP setting', () => {
  it('stops the start with one structured configuration error and status 2, naming the variable', async () => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], {
      env: {
        ...process.env,
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'carrier-pigeon',
        NAVETTE_DATA_DIR: '/nonexistent/navette-otlp-test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    const fatal = printed
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(fatal).toEqual([
      expect.objectContaining({
        level: 'fatal',
        msg: expect.stringContaining('OTEL_EXPORTER_OTLP_PROTOCOL must be one of'),
      }),
    ]);
  });
});

describe('traces off by default', () => {
  it('starts no SDK without an OTLP endpoint, nor with OTEL_SDK_DISABLED=true, and sends nothing', async () => {
    expect(telemetryRequested({})).toBe(false);
    expect(telemetryRequested({ OTEL_SERVICE_NAME: 'navette' })).toBe(false);
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(await startTelemetry('navette', { OTEL_SERVICE_NAME: 'navette' })).toBeUndefined();
    expect(
      await startTelemetry('navette', { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SDK_DISABLED: 'TRUE' }),
    ).toBeUndefined();
    expect(telemetryActive()).toBe(false);

    const navette = await startNavette({
      databaseUrl: database.url,
      port: 0,
      demoData: false,
      appsDir: '/nonexistent',
    });
    try {
      const headers = await signedInHeaders(navette.graphqlUrl, 'siae@demo.navette.fr', DEMO_PASSWORD);
      const answer = await fetch(navette.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          extensions: { persistedQuery: { version: 1, sha256Hash: SIAE_DIRECTORY_HASH } },
          variables: { first: 2 },
        }),
      });
      expect(answer.status).toBe(200);
      // No provider: the API's spans are non-recording, nothing was exported.
      expect(trace.getTracer('test').startSpan('probe').isRecording()).toBe(false);
    } finally {
      await navette.stop();
    }
    expect(receiver.requests).toBe(0);
  });
});

describe('with an OTLP endpoint', () => {
  let telemetry: Telemetry;
  let navette: RunningNavette;
  let headers: Record<string, string>;

  beforeAll(async () => {
    process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] = receiver.url;
    process.env['OTEL_EXPORTER_OTLP_PROTOCOL'] = 'http/json'; // the receiver below reads JSON
    process.env['OTEL_SERVICE_NAME'] = 'navette-observability-test';
    // Read at each scrape by the gateway and the subgraphs.
    process.env['NAVETTE_METRICS_TOKEN'] = METRICS_TOKEN;
    telemetry = (await startTelemetry('navette'))!;
    expect(telemetry).toBeDefined();
    navette = await startNavette({
      databaseUrl: database.url,
      port: 0,
      demoData: false,
      appsDir: '/nonexistent',
      arbitraryDocumentsForUsers: true,
    });
    headers = await signedInHeaders(navette.graphqlUrl, 'siae@demo.navette.fr', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await navette?.stop();
    await telemetry?.shutdown();
  });

  it('exports one trace from the gateway through both subgraphs of a federated query down to their SQL', async () => {
    const answer = await graphql(navette.graphqlUrl, FEDERATED, undefined, headers);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!['siaes'].edges.length).toBeGreaterThan(0);

    // The trace whose root is the gateway's HTTP span of that request, complete once both subgraphs' SQL arrived.
    const traceOfQuery = () => {
      const roots = receiver.spans.filter(
        (s) => s.scope === 'gateway' && !s.parentSpanId && s.name.includes('/graphql') && s.kind === 2,
      );
      for (const root of roots) {
        const spans = receiver.spans.filter((s) => s.traceId === root.traceId);
        const subgraphs = spans.filter((s) => s.scope === '@navette/subgraph-server');
        const names = new Set(subgraphs.map((s) => s.name));
        const sql = spans.filter((s) => s.scope === '@navette/db');
        if (names.has('subgraph structures') && names.has('subgraph parcours') && sql.length > 0) {
          return { root, spans, subgraphs, sql };
        }
      }
      return undefined;
    };
    let found = traceOfQuery();
    while (!found) {
      await telemetry.forceFlush();
      found = traceOfQuery();
    }
    const { spans, subgraphs, sql } = found;
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (span: ReceivedSpan) => {
      const chain: ReceivedSpan[] = [];
      for (let parent = byId.get(span.parentSpanId); parent; parent = byId.get(parent.parentSpanId)) chain.push(parent);
      return chain;
    };
    // Each subgraph's span is a child of the gateway's call to it (traceparent across the hop).
    for (const subgraph of subgraphs) {
      const parent = byId.get(subgraph.parentSpanId);
      expect(parent?.scope).toBe('gateway');
      expect(subgraph.kind).toBe(2); // SERVER
      expect(ancestors(subgraph).at(-1)?.spanId).toBe(found.root.spanId);
    }
    // Every SQL span belongs to the request (the gateway's own reads, e.g. rate limits, hang under its spans; the
    // subgraph's under the subgraph's), and names the statement's kind and table, never its text.
    for (const statement of sql) {
      expect(ancestors(statement).at(-1)?.spanId).toBe(found.root.spanId);
      expect(statement.attributes['db.system.name']).toBe('postgresql');
      expect(statement.attributes).not.toHaveProperty('db.query.text');
    }
    const underStructures = sql.filter((s) =>
      ancestors(s).some((a) => a.scope === '@navette/subgraph-server' && a.name === 'subgraph structures'),
    );
    expect(underStructures.map((s) => s.name)).toContain('SELECT siaes');
    // No document text (inline literals may be a person's data) in any span.
    expect(spans.every((s) => !('graphql.document' in s.attributes))).toBe(true);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(['navette-observability-test']));
  });

  it('writes the trace and span ids into the log lines of a traced request', () => {
    const lines: string[] = [];
    const logger = createLogger(
      'test',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      }),
    );
    logger.info('outside');
    trace.getTracer('test').startActiveSpan('traced', (span) => {
      logger.info('inside');
      span.end();
      const [outside, inside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(outside).not.toHaveProperty('traceId');
      expect(inside).toMatchObject({ traceId: span.spanContext().traceId, spanId: span.spanContext().spanId });
    });
  });

  it('refuses /metrics without the token, then counts requests by persisted operation and errors by code', async () => {
    const metricsUrl = `${navette.url}/metrics`;
    expect((await fetch(metricsUrl)).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const read = async () => {
      const response = await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      return response.text();
    };
    const before = await read();

    const persisted = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: SIAE_DIRECTORY_HASH } },
        variables: { first: 2 },
      }),
    });
    expect(persisted.status).toBe(200);
    // An ad-hoc document's name is the caller's: counted as anonymous. Without a session: UNAUTHENTICATED.
    const refused = await graphql(navette.graphqlUrl, 'query MyOwnName { siaes(first: 1) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const after = await read();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta('navette_gateway_requests_total', { operation: 'SiaeDirectory', outcome: 'ok' })).toBe(1);
    expect(delta('navette_gateway_request_duration_seconds_count', { operation: 'SiaeDirectory' })).toBe(1);
    expect(
      delta('navette_gateway_subgraph_duration_seconds_count', { subgraph: 'structures', operation: 'SiaeDirectory' }),
    ).toBeGreaterThanOrEqual(1);
    expect(delta('navette_gateway_errors_total', { operation: 'anonymous', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(delta('navette_gateway_requests_total', { operation: 'anonymous', outcome: 'error' })).toBe(1);
    expect(after).not.toContain('MyOwnName');
    expect(delta('navette_subgraph_requests_total', { subgraph: 'structures', outcome: 'ok' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(after).toContain('navette_process_cpu_seconds_total');
    expect(after).toMatch(/navette_db_pool_active\{pool="navette"\} \d+/);
    // The background jobs run at start: once done, their last success is there (their lag is time() minus it).
    const jobs = ['tacit-grants', 'idempotency-expiry', 'audit-retention'];
    let scraped = after;
    while (!jobs.every((job) => sample(scraped, 'navette_job_runs_total', { job, outcome: 'ok' }) >= 1)) {
      expect(jobs.every((job) => sample(scraped, 'navette_job_runs_total', { job, outcome: 'failed' }) === 0)).toBe(
        true,
      );
      scraped = await read();
    }
    for (const job of jobs) {
      expect(sample(scraped, 'navette_job_last_success_timestamp_seconds', { job })).toBeGreaterThan(0);
    }
    // No person's data in any label: the e-mail of the signed-in user nowhere.
    expect(after).not.toContain('@demo.navette.fr');
  });

  it('serves /metrics on each subgraph too, with the same token rule', async () => {
    const subgraphMetrics = navette.subgraphs.structures.replace(/\/graphql$/, '/metrics');
    expect((await fetch(subgraphMetrics)).status).toBe(401);
    const response = await fetch(subgraphMetrics, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('navette_subgraph_request_duration_seconds_bucket');
  });
});
