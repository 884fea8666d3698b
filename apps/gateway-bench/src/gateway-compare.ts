// Gateway benchmark (issue 16 §4): Hive Gateway in the product's own configuration (`startGateway` as
// apps/gateway/src/main.ts runs it: no in-flight deduplication, the principal cache, the verified caller signed to
// the subgraphs, rate limits counted in PostgreSQL) against @apollo/gateway on the same supergraph with the same
// principal cache and the same signed caller, with the structures subgraph queried directly as a baseline. Each
// virtual user (connection) has a token of its own (a session each). The product's configuration is also run with
// the Rust query planner of @graphql-hive/router-runtime (its `unifiedGraphHandler`), a dependency of this package only.
// Each row also gives the CPU time the process under test spent per request (process.cpuUsage() around the measure).
// Results are written up in docs/benchmarks.md.
// This package is a benchmark only: @apollo/gateway (ELv2) is none of the product's dependencies.
//
//   npm run bench:gateway -- [--duration=15] [--warmup=5] [--connections=10] [--rounds=1] [--json=out.json]
//
// Needs the workspace built (dist/ of @navette/gateway, @navette/db and the subgraphs) and PostgreSQL on
// 127.0.0.1:5432 (or NAVETTE_TEST_ADMIN_URL / DATABASE_URL). One process per role so that the load generator,
// the gateway and the subgraphs do not share an event loop:
//   - this process: creates the test database, runs autocannon, prints the table, drops the database;
//   - a child `--role=subgraphs`: the four subgraphs on free loopback ports (one postgres.js pool, as in the product);
//   - a child `--role=product`, `--role=product-rust`, …, `--role=apollo`: the gateway under test, started and stopped
//     in turn.
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RemoteGraphQLDataSource as ApolloDataSource } from '@apollo/gateway';
import type { Database } from '@navette/db';

const HOST = '127.0.0.1';

/** Crosses two subgraphs: SIAE and their agence from structures, the agence's services from formation. */
const federatedQuery = `{ siaes(first: 20, filter: { departement: "25" }) { edges { node { name kind agency { name employmentServices { title } } } } } }`;
/** The same query without the field owned by formation: served by structures alone. */
const baselineQuery = `{ siaes(first: 20, filter: { departement: "25" }) { edges { node { name kind agency { name } } } } }`;

type Role = 'subgraphs' | 'product' | 'product-rust' | 'product-no-limits' | 'hive-dedupe' | 'apollo' | 'apollo-fetch';
type Ready = { type: 'ready'; url: string; urls?: Record<string, string> };
/** A child's CPU time so far (user + system, µs), asked for by the parent around a measure. */
type CpuReport = { type: 'cpu'; micros: number };

const { values: args } = parseArgs({
  options: {
    role: { type: 'string' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '1' },
    json: { type: 'string' },
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Children

function onStop(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('message', (message) => {
    if (message === 'stop') handler();
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ type: 'cpu', micros: user + system } satisfies CpuReport);
    }
  });
  process.on('disconnect', handler); // the parent died: do not linger
}

async function runSubgraphs(): Promise<void> {
  const { createDatabase } = await import('@navette/db');
  const { startSubgraph } = await import('@navette/subgraph-server');
  const { structuresSubgraph } = await import('@navette/subgraph-structures');
  const { parcoursSubgraph } = await import('@navette/subgraph-parcours');
  const { formationSubgraph } = await import('@navette/subgraph-formation');
  const { pilotageSubgraph } = await import('@navette/subgraph-pilotage');
  const { createAuthenticator } = await import('@navette/subgraph-server');
  const { createTokenIssuer, createTokenVerifier } = await import('@navette/auth');
  const handle = await createDatabase({ url: process.env['BENCH_DATABASE_URL']! });
  // Every subgraph authenticates each request itself, as in the product.
  const authenticator = createAuthenticator(
    handle.db,
    createTokenVerifier({ publicKeyPem: process.env['BENCH_PUBLIC_KEY']! }),
  );
  const issuer = createTokenIssuer({ privateKeyPem: process.env['BENCH_PRIVATE_KEY']! });
  const listen = { port: 0, host: HOST, gatewaySecret: process.env['BENCH_SUBGRAPH_SECRET']! };
  const running = [
    await startSubgraph(structuresSubgraph(handle.db, { authenticator, issuer }), listen),
    await startSubgraph(parcoursSubgraph(handle.db, { authenticator }), listen),
    await startSubgraph(formationSubgraph(handle.db, { authenticator }), listen),
    await startSubgraph(pilotageSubgraph(handle.db, { authenticator }), listen),
  ];
  onStop(async () => {
    for (const subgraph of running) await subgraph.stop();
    await handle.close();
  });
  const urls = Object.fromEntries(running.map((s) => [s.name, s.url]));
  process.send!({ type: 'ready', url: urls['structures']!, urls } satisfies Ready);
}

/** Rate limits out of the way of the load (one caller sends thousands a minute) but still counted, as in production. */
const UNLIMITED = { points: 1_000_000_000, durationSeconds: 1 };

/** The caller verified once per token and kept within the revocation bound, as the product's gateway does. */
async function principalCache(db: Database) {
  const { createAuthenticator, createPrincipalCache } = await import('@navette/subgraph-server');
  const { createTokenVerifier } = await import('@navette/auth');
  return createPrincipalCache(
    db,
    createAuthenticator(db, createTokenVerifier({ publicKeyPem: process.env['BENCH_PUBLIC_KEY']! })),
  );
}

/**
 * The product's gateway (`startGateway`, configured as apps/gateway/src/main.ts does). `dedupe` turns on the
 * deduplication of identical in-flight subgraph requests (@graphql-tools/executor-http's default, off in the product:
 * with 10 connections sending the same query it collapses them into one, which no real traffic does).
 */
async function runHive(
  urls: Record<string, string>,
  options: { dedupe: boolean; rateLimits: boolean; rustPlanner?: boolean },
): Promise<void> {
  const { startGateway } = await import('@navette/gateway');
  // The Rust query planner and its executor (Hive Router's, a native addon) in place of the runtime's JavaScript one.
  const unifiedGraphHandler = options.rustPlanner
    ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler
    : undefined;
  const { createDatabase } = await import('@navette/db');
  const { createRateLimiter, DEFAULT_RATE_LIMITS } = await import('@navette/subgraph-server');
  const handle = await createDatabase({ url: process.env['BENCH_DATABASE_URL']!, maxConnections: 5, role: 'gateway' });
  const authenticator = await principalCache(handle.db);
  const gateway = await startGateway({
    port: 0,
    host: HOST,
    subgraphUrls: urls,
    subgraphSecret: process.env['BENCH_SUBGRAPH_SECRET']!,
    logging: false,
    authenticate: (authorization) => authenticator.authenticate(authorization),
    deduplicateInflightRequests: options.dedupe,
    ...(options.rateLimits
      ? {
          rateLimiter: createRateLimiter(
            { kind: 'database', db: handle.db },
            { ...DEFAULT_RATE_LIMITS, ip: UNLIMITED, principal: UNLIMITED },
          ),
        }
      : {}),
    // The benchmark's queries are its own, sent with a SIAE user's token (the portals send persisted documents).
    arbitraryDocumentsForUsers: true,
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
  });
  onStop(async () => {
    await gateway.stop();
    await handle.close();
  });
  process.send!({ type: 'ready', url: `${gateway.url}/graphql` } satisfies Ready);
}

/**
 * @apollo/gateway with its defaults (subgraph requests through make-fetch-happen), or with `nodeFetch` through
 * Node's own fetch (undici), to tell the gateway's cost from its HTTP client's.
 */
async function runApollo(urls: Record<string, string>, nodeFetch: boolean): Promise<void> {
  const { loadSupergraph } = await import('@navette/gateway');
  const { ApolloGateway, RemoteGraphQLDataSource } = await import('@apollo/gateway');
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const { createDatabase } = await import('@navette/db');
  const { encodePrincipal, GATEWAY_PRINCIPAL_HEADER } = await import('@navette/subgraph-server');
  const handle = await createDatabase({ url: process.env['BENCH_DATABASE_URL']!, maxConnections: 5, role: 'gateway' });
  const authenticator = await principalCache(handle.db);
  // Forwards the caller's Authorization header and, as the product's gateway does, the caller it verified (the same
  // principal cache), signed: the subgraphs then skip the token check and the session read. @apollo/gateway does not
  // enforce the access directives itself: it does less work per request than Hive Gateway here.
  type Context = { authorization?: string; principal?: string };
  class ForwardingDataSource extends RemoteGraphQLDataSource<Context> {
    override willSendRequest({
      request,
      context,
    }: {
      request: { http?: { headers: { set(k: string, v: string): void } } };
      context: Context;
    }) {
      if (context.authorization) request.http?.headers.set('authorization', context.authorization);
      if (context.principal) request.http?.headers.set(GATEWAY_PRINCIPAL_HEADER, context.principal);
    }
  }
  // The supergraph as Hive Gateway gets it (composed by @theguild/federation-composition), except that
  // @apollo/gateway refuses to load one whose @authenticated/@requiresScopes links are `for: SECURITY` ("is for:
  // SECURITY but is unsupported"): they are downgraded here, so Apollo runs without enforcing them.
  // The subgraphs answer signed requests only (issue 11 §3): the final body is signed as the product's gateway does.
  const { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } = await import('@navette/subgraph-server');
  const base = nodeFetch ? (fetch as unknown as ApolloDataSource['fetcher']) : new RemoteGraphQLDataSource({}).fetcher;
  const secret = process.env['BENCH_SUBGRAPH_SECRET']!;
  const fetcher = ((input: string, init: { headers: Record<string, string>; body: string }) =>
    base(input, {
      ...init,
      headers: {
        ...init.headers,
        [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(secret, {
          authorization: init.headers['authorization'],
          principal: init.headers[GATEWAY_PRINCIPAL_HEADER] ?? null,
          body: init.body,
        }),
      },
    })) as unknown as ApolloDataSource['fetcher'];
  const gateway = new ApolloGateway({
    supergraphSdl: loadSupergraph(urls).replaceAll(', for: SECURITY)', ')'),
    buildService: ({ url }: { url?: string }) => new ForwardingDataSource({ url, fetcher }),
  });
  const server = new ApolloServer<Context>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: HOST },
    context: async ({ req }) => {
      const authorization = req.headers.authorization;
      if (!authorization) return {};
      return { authorization, principal: encodePrincipal(await authenticator.authenticate(authorization)) };
    },
  });
  onStop(async () => {
    await server.stop();
    await handle.close();
  });
  process.send!({ type: 'ready', url: new URL('/graphql', url).toString() } satisfies Ready);
}

// ---------------------------------------------------------------------------------------------------------------
// Parent

function start(role: Role, env: Record<string, string>): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(fileURLToPath(import.meta.url), [`--role=${role}`], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} did not start within 30 s`)), 30_000);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve({ child, ready: message as Ready });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${role} exited with code ${code} before it was ready`));
    });
  });
}

/** The child's CPU time so far, in µs (user + system). */
function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no CPU report within 10 s')), 10_000);
    const listener = (message: unknown) => {
      if ((message as CpuReport | null)?.type !== 'cpu') return;
      clearTimeout(timer);
      child.off('message', listener);
      resolve((message as CpuReport).micros);
    };
    child.on('message', listener);
    child.send('cpu');
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.send('stop');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Headers of each virtual user (connection) for one target; the first also sends the probes. */
type HeadersFor = (user: number) => Record<string, string>;

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** A response is good when it is 200 with data, no `errors`, and as many SIAE as the reference answer. */
function checker(expectedEdges: number) {
  return (body: string): boolean => {
    try {
      const parsed = JSON.parse(body) as { data?: { siaes?: { edges?: unknown[] } }; errors?: unknown };
      return parsed.errors === undefined && parsed.data?.siaes?.edges?.length === expectedEdges;
    } catch {
      return false;
    }
  };
}

interface Row {
  target: string;
  query: 'federated' | 'baseline';
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU time of the process under test (the gateway; the subgraphs for the baseline) per request, ms. */
  cpuMsPerRequest: number;
  non2xx: number;
  graphqlErrors: number;
  socketErrors: number;
  timeouts: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  duration: number;
}

async function load(
  url: string,
  body: string,
  headersFor: HeadersFor,
  seconds: number,
  verify: (body: string) => boolean,
) {
  // autocannon is CommonJS without bundled types; only the parts used here are described.
  const autocannon = (
    (await import('autocannon')) as {
      default: (options: Record<string, unknown>) => Promise<AutocannonResult> & {
        on(
          event: 'response',
          listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
        ): unknown;
      };
    }
  ).default;
  const latencies: number[] = [];
  let users = 0;
  const run = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersFor(0) },
    body,
    // Each connection is a user of its own: its own token, so its own entry in the gateway's principal cache.
    setupClient: (client: { setHeaders(headers: Record<string, string>): void }) =>
      client.setHeaders({ 'content-type': 'application/json', ...headersFor(users++) }),
    connections: Number(args.connections),
    duration: seconds,
    timeout: 10,
    verifyBody: verify,
  });
  run.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await run;
  return { result, latencies: Float64Array.from(latencies).sort() };
}

/** `headersOf` is called before the warm-up and again before the measure (a subgraph signature is fresh for 60 s). */
async function measure(
  target: string,
  kind: Row['query'],
  url: string,
  query: string,
  headersOf: () => HeadersFor,
  measured: ChildProcess,
): Promise<Row> {
  const body = JSON.stringify({ query });
  let headersFor = headersOf();
  const probe = await post(url, body, headersFor(0));
  const parsed = JSON.parse(probe.body) as { data?: { siaes?: { edges?: unknown[] } }; errors?: unknown };
  if (probe.status !== 200 || parsed.errors !== undefined || !parsed.data?.siaes?.edges) {
    throw new Error(`${target}: the probe request failed (${probe.status}): ${probe.body.slice(0, 500)}`);
  }
  const edges = parsed.data.siaes.edges.length;
  const verify = checker(edges);
  process.stdout.write(`${target}: ${edges} SIAE per answer; warm-up ${args.warmup} s… `);
  await load(url, body, headersFor, Number(args.warmup), verify);
  process.stdout.write(`measuring ${args.duration} s… `);
  headersFor = headersOf();
  const cpuBefore = await cpuOf(measured);
  const { result, latencies } = await load(url, body, headersFor, Number(args.duration), verify);
  const cpuMicros = (await cpuOf(measured)) - cpuBefore;
  const row: Row = {
    target,
    query: kind,
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || Number(args.duration)),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    cpuMsPerRequest: result.requests.total > 0 ? cpuMicros / 1000 / result.requests.total : Number.NaN,
    non2xx: result.non2xx,
    // autocannon counts a 2xx whose body fails verifyBody as a mismatch.
    graphqlErrors: result.mismatches,
    socketErrors: result.errors,
    timeouts: result.timeouts,
  };
  console.log(`${Math.round(row.rps)} req/s, ${row.cpuMsPerRequest.toFixed(2)} ms CPU per request`);
  return row;
}

const PRODUCT = 'Hive Gateway, product configuration';
const APOLLO = '@apollo/gateway, same principal cache';
const GATEWAYS = [
  // As apps/gateway/src/main.ts runs it: no in-flight dedupe, principal cache, signed caller, rate limits counted.
  ['product', PRODUCT],
  // The same with the Rust query planner (@graphql-hive/router-runtime's unifiedGraphHandler; issue 16 §4).
  ['product-rust', 'Hive Gateway, product configuration, Rust planner'],
  ['product-no-limits', 'Hive Gateway, product configuration without rate limits'],
  ['hive-dedupe', "Hive Gateway + in-flight dedupe (not the product's)"],
  ['apollo', APOLLO],
  ['apollo-fetch', '@apollo/gateway + Node fetch, same principal cache'],
] as const;

/** Averages the rounds of each target (figures of one target in one row). */
function averaged(rows: Row[]): Row[] {
  const byTarget = new Map<string, Row[]>();
  for (const row of rows) byTarget.set(row.target, [...(byTarget.get(row.target) ?? []), row]);
  return [...byTarget.values()].map((list) => {
    const mean = (pick: (r: Row) => number) => list.reduce((n, r) => n + pick(r), 0) / list.length;
    const sum = (pick: (r: Row) => number) => list.reduce((n, r) => n + pick(r), 0);
    return {
      ...list[0]!,
      requests: sum((r) => r.requests),
      rps: mean((r) => r.rps),
      p50: mean((r) => r.p50),
      p95: mean((r) => r.p95),
      p99: mean((r) => r.p99),
      max: Math.max(...list.map((r) => r.max)),
      cpuMsPerRequest: mean((r) => r.cpuMsPerRequest),
      non2xx: sum((r) => r.non2xx),
      graphqlErrors: sum((r) => r.graphqlErrors),
      socketErrors: sum((r) => r.socketErrors),
      timeouts: sum((r) => r.timeouts),
    };
  });
}

function printTable(rows: Row[]): void {
  const product = rows.find((r) => r.target === PRODUCT);
  const header = [
    'target',
    'query',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'CPU ms/req',
    'requests',
    'non-2xx',
    'errors',
    '÷ product',
  ];
  const lines = rows.map((r) => [
    r.target,
    r.query,
    r.rps.toFixed(0),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    r.cpuMsPerRequest.toFixed(2),
    String(r.requests),
    String(r.non2xx),
    String(r.graphqlErrors + r.socketErrors + r.timeouts),
    product && r.query === 'federated' ? `×${(r.rps / product.rps).toFixed(2)}` : '',
  ]);
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
  const apollo = rows.find((r) => r.target === APOLLO);
  if (product && apollo)
    console.log(`\nThroughput, product configuration ÷ @apollo/gateway: ×${(product.rps / apollo.rps).toFixed(2)}`);
  const rust = rows.find((r) => r.target === GATEWAYS[1][1]);
  if (product && rust)
    console.log(
      `Rust planner ÷ JavaScript planner (product configuration): ×${(rust.rps / product.rps).toFixed(2)} req/s, ` +
        `×${(rust.cpuMsPerRequest / product.cpuMsPerRequest).toFixed(2)} CPU per request`,
    );
}

async function main(): Promise<void> {
  const { createTestDatabase } = await import('@navette/db/testing');
  const started = Date.now();
  const database = await createTestDatabase();
  const children: ChildProcess[] = [];
  let failed = false;
  try {
    const { generateSigningKeys, createTokenVerifier } = await import('@navette/auth');
    const { DEMO_PASSWORD } = await import('@navette/db');
    const keys = generateSigningKeys();
    const { generateGatewaySecret, signGatewayRequest, encodePrincipal, createAuthenticator } =
      await import('@navette/subgraph-server');
    const { GATEWAY_SIGNATURE_HEADER, GATEWAY_PRINCIPAL_HEADER } = await import('@navette/subgraph-server');
    const secret = generateGatewaySecret();
    const shared = {
      BENCH_DATABASE_URL: database.url,
      BENCH_PUBLIC_KEY: keys.publicKeyPem,
      BENCH_SUBGRAPH_SECRET: secret,
    };
    const subgraphs = await start('subgraphs', { ...shared, BENCH_PRIVATE_KEY: keys.privateKeyPem });
    children.push(subgraphs.child);
    const urls = subgraphs.ready.urls!;
    /** A request straight to a subgraph, signed as the gateway signs it (with the caller it verified, if any). */
    const signed = (body: string, authorization?: string, principal?: string): Record<string, string> => ({
      ...(authorization ? { authorization } : {}),
      ...(principal ? { [GATEWAY_PRINCIPAL_HEADER]: principal } : {}),
      [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(secret, {
        authorization: authorization ?? null,
        principal: principal ?? null,
        body,
      }),
    });
    // One session per virtual user, as the SIAE demo user (the directory needs a session).
    const signInBody = JSON.stringify({
      query: `mutation { signIn(email: "siae@demo.navette.fr", password: "${DEMO_PASSWORD}") { accessToken } }`,
    });
    const tokens: string[] = [];
    for (let i = 0; i < Number(args.connections); i += 1) {
      const answer = JSON.parse((await post(urls['structures']!, signInBody, signed(signInBody))).body) as {
        data?: { signIn: { accessToken: string } };
        errors?: unknown;
      };
      if (!answer.data) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
      tokens.push(`Bearer ${answer.data.signIn.accessToken}`);
    }
    const verifier = createAuthenticator(database.db, createTokenVerifier({ publicKeyPem: keys.publicKeyPem }));
    const principals = await Promise.all(tokens.map(async (t) => encodePrincipal(await verifier.authenticate(t))));
    const throughGateway = (): HeadersFor => (user) => ({ authorization: tokens[user % tokens.length]! });
    const straight = (query: string) => (): HeadersFor => (user) =>
      signed(JSON.stringify({ query }), tokens[user % tokens.length], principals[user % tokens.length]);
    // Counted here so the write-up says what the data set holds.
    const countsBody = JSON.stringify({
      query: `{ all: siaes { totalCount } doubs: siaes(filter: { departement: "25" }) { totalCount } }`,
    });
    const counts = JSON.parse(
      (await post(urls['structures']!, countsBody, signed(countsBody, tokens[0], principals[0]))).body,
    ) as { data?: { all: { totalCount: number }; doubs: { totalCount: number } } };
    console.log(
      `Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}); database ${database.name}; ` +
        `${counts.data?.all.totalCount} SIAE (${counts.data?.doubs.totalCount} in the Doubs, 25); ` +
        `${tokens.length} users (one token each); load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    const env = { ...shared, BENCH_SUBGRAPH_URLS: JSON.stringify(urls) };

    const rows: Row[] = [];
    for (let round = 0; round < Number(args.rounds); round += 1) {
      rows.push(
        await measure(
          'structures subgraph (direct)',
          'baseline',
          urls['structures']!,
          baselineQuery,
          straight(baselineQuery),
          subgraphs.child,
        ),
      );
      // Every other round in the reverse order, so that no gateway always runs on the warmer (or busier) machine.
      for (const [role, label] of round % 2 === 0 ? GATEWAYS : [...GATEWAYS].reverse()) {
        const gateway = await start(role, env);
        children.push(gateway.child);
        try {
          rows.push(
            await measure(label, 'federated', gateway.ready.url, federatedQuery, throughGateway, gateway.child),
          );
        } finally {
          await stopChild(gateway.child);
        }
      }
    }
    const table = averaged(rows);
    printTable(table);
    console.log(
      `Load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const bad = table.filter((r) => r.non2xx + r.graphqlErrors + r.socketErrors + r.timeouts > 0);
    if (bad.length > 0) {
      failed = true;
      console.error(`\nFailed responses in: ${bad.map((r) => r.target).join(', ')}`);
    }
    if (args.json) {
      writeFileSync(
        args.json,
        `${JSON.stringify({ date: new Date().toISOString(), node: process.version, loadavg: os.loadavg(), rows: table }, null, 2)}\n`,
      );
    }
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await database.drop();
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s; database dropped.`);
  }
  if (failed) process.exitCode = 1;
}

const role = args.role as Role | undefined;
const subgraphUrls = (): Record<string, string> =>
  JSON.parse(process.env['BENCH_SUBGRAPH_URLS'] ?? '{}') as Record<string, string>;
const children: Record<Role, () => Promise<void>> = {
  subgraphs: runSubgraphs,
  product: () => runHive(subgraphUrls(), { dedupe: false, rateLimits: true }),
  'product-rust': () => runHive(subgraphUrls(), { dedupe: false, rateLimits: true, rustPlanner: true }),
  'product-no-limits': () => runHive(subgraphUrls(), { dedupe: false, rateLimits: false }),
  'hive-dedupe': () => runHive(subgraphUrls(), { dedupe: true, rateLimits: false }),
  apollo: () => runApollo(subgraphUrls(), false),
  'apollo-fetch': () => runApollo(subgraphUrls(), true),
};
const run = role ? children[role]() : main();
run.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
