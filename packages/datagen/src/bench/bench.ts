// Benchmark of the national data set (issues 6, 16): the product in server mode on a database loaded by `generate`, six
// of the portals' queries (their persisted documents) through the gateway (autocannon), the same document straight to
// the subgraph that owns it (signed as the gateway signs it, with the caller's principal), and the same SQL run
// directly on PostgreSQL as the subgraphs run it; then one table of p50, p95, p99 and req/s per target and number of
// callers, with the ratios and the load average.
//
//   pnpm --filter @navette/datagen bench -- --database navette_bench [--duration 15] [--warmup 5]
//        [--connections 1,10] [--only inbox,employees,stats-departement,stats-national,indicators-departement,
//        indicators-national] [--label before]
//        [--json out.json] [--plans plans.txt] [--no-direct] [--no-gateway] [--no-subgraph]
//        [--product-flags '--max-semi-space-size=32'] [--navette …/start.js --pilotage …/dist --parcours …/dist]
// (--no-gateway alone measures the subgraph and the SQL).
// `npm run bench:national [-- --quick]` generates the data set when needed, then runs this (national.ts).
//
// Needs the workspace built (apps/navette/dist) and PostgreSQL. Two processes, so that the load generator does not
// share the product's event loop: this one (sign-in, autocannon, direct SQL, EXPLAIN ANALYZE, report) and a child
// `--role=product` running `startNavette({ databaseUrl, port: 0, demoData: false, jobs: false, appsDir: '/nonexistent' })`
// with a clock fixed on the data set's "today" (10:00, Paris time).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '@navette/db';
import postgres from 'postgres';
import type { BenchAccount } from '../accounts.js';
import { databaseUrl, readDataSetInfo, type DataSetInfo } from '../load.js';
import { SCENARIOS, stepsOf, type Scenario, type Statement } from './scenarios.js';
import { principalOfToken, startBenchProduct } from './product.js';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    role: { type: 'string' },
    database: { type: 'string', default: 'navette_bench' },
    'admin-url': { type: 'string' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10' },
    only: { type: 'string' },
    label: { type: 'string', default: '' },
    json: { type: 'string' },
    plans: { type: 'string' },
    'no-direct': { type: 'boolean', default: false },
    'no-gateway': { type: 'boolean', default: false },
    'no-subgraph': { type: 'boolean', default: false },
    /** A scenario whose single request takes longer (ms) is not loaded: its one request is reported. */
    'slow-limit': { type: 'string', default: '10000' },
    /** Writes a V8 CPU profile of the product process into this folder (node --cpu-prof). */
    profile: { type: 'string' },
    /** Node options of the product process, as a deployment would give them (e.g. `--max-semi-space-size=32`). */
    'product-flags': { type: 'string', default: '' },
    pilotage: {
      type: 'string',
      default: fileURLToPath(new URL('../../../../apps/subgraph-pilotage/dist', import.meta.url)),
    },
    parcours: {
      type: 'string',
      default: fileURLToPath(new URL('../../../../apps/subgraph-parcours/dist', import.meta.url)),
    },
    navette: {
      type: 'string',
      default: fileURLToPath(new URL('../../../../apps/navette/dist/start.js', import.meta.url)),
    },
    /** The repository's apps/ (the portals' persisted documents) and packages/ (the gateway's signature). */
    root: { type: 'string', default: fileURLToPath(new URL('../../../../', import.meta.url)) },
  },
});

const adminUrl =
  args['admin-url'] ??
  process.env['NAVETTE_TEST_ADMIN_URL'] ??
  process.env['DATABASE_URL'] ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const url = databaseUrl(adminUrl, args.database);
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// ---------------------------------------------------------------------------------------------------------------
// Child: the product

async function runProduct(): Promise<void> {
  const today = process.env['BENCH_TODAY']!;
  const running = await startBenchProduct(args.navette, url, today);
  const stop = () => running.stop().then(() => process.exit(0));
  process.on('message', (m) => m === 'stop' && void stop());
  process.on('disconnect', () => void stop());
  process.send!({
    type: 'ready',
    url: running.graphqlUrl,
    subgraphs: running.subgraphs,
    subgraphSecret: running.subgraphSecret,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Parent

interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
}

const TARGETS = ['gateway', 'subgraph', 'direct SQL'] as const;
type Target = (typeof TARGETS)[number];

interface Row extends Figures {
  scenario: string;
  target: Target;
  connections: number;
  /** Set when the scenario was too slow to load: the figures are those of one request. */
  single?: true;
  /** Load average (1, 5, 15 min) when the figures were taken. */
  load?: string;
}

const single = (scenario: string, target: Row['target'], elapsed: number): Row => ({
  scenario,
  target,
  connections: 1,
  single: true,
  requests: 1,
  rps: 1000 / elapsed,
  p50: elapsed,
  p95: elapsed,
  p99: elapsed,
  max: elapsed,
  errors: 0,
});

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function figures(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    errors,
  };
}

async function post(graphqlUrl: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const parsed = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (response.status !== 200 || parsed.errors || !parsed.data) {
    throw new Error(`${response.status}: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 500)}`);
  }
  return parsed.data;
}

/** A portal's persisted document by operation name: its hash (what the portal sends) and its text. */
function persistedDocument(portal: string, operation: string): { hash: string; text: string } {
  const file = `${args.root}/apps/${portal}/src/generated/persisted-documents.json`;
  const documents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const found = Object.entries(documents).find(([, text]) => new RegExp(`\\bquery ${operation}\\b`).test(text));
  if (!found) throw new Error(`no persisted document ${operation} in ${file}`);
  return { hash: found[0].replace(/^sha256:/, ''), text: found[1] };
}

interface SignatureModule {
  signGatewayRequest(
    secret: string,
    request: { authorization?: string | null; principal?: string | null; body: string },
  ): string;
  encodePrincipal(principal: unknown): string;
  GATEWAY_SIGNATURE_HEADER: string;
  GATEWAY_PRINCIPAL_HEADER: string;
}

/**
 * Headers of one request straight to a subgraph, one set per session: the gateway's signature (fresh for 60 s:
 * made again before each run) over the caller's token, the principal it verified and the body.
 */
function subgraphHeaders(signature: SignatureModule, secret: string, tokens: readonly string[], body: string) {
  return tokens.map((authorization) => {
    const principal = signature.encodePrincipal(principalOfToken(authorization));
    return {
      'content-type': 'application/json',
      authorization,
      [signature.GATEWAY_PRINCIPAL_HEADER]: principal,
      [signature.GATEWAY_SIGNATURE_HEADER]: signature.signGatewayRequest(secret, { authorization, principal, body }),
    };
  });
}

interface AutocannonResult {
  requests: { total: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
}
/** The run: awaited for its result, listened to for each response (what `on` returns is not used). */
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult> & {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
  ): unknown;
};

/**
 * Loads `graphqlUrl` with `connections` connections, each signed in with its own session (its own token): identical
 * requests with the same headers would be answered once by Hive Gateway's in-flight deduplication (see the gateway
 * benchmark above in docs/benchmarks.md), which real users, each with their own token, do not get.
 */
async function autocannon(
  graphqlUrl: string,
  body: string,
  headersOf: () => readonly Record<string, string>[],
  connections: number,
  seconds: number,
): Promise<Figures> {
  // autocannon is CommonJS without bundled types; only the parts used here are described.
  const run = (await import('autocannon')).default as Autocannon;
  const latencies: number[] = [];
  let next = 0;
  const headers = headersOf();
  const instance = run({
    url: graphqlUrl,
    method: 'POST',
    headers: headers[0],
    body,
    connections,
    setupClient: (client: { setHeaders(headers: Record<string, string>): void }) => {
      client.setHeaders(headers[next++ % headers.length]!);
    },
    duration: seconds,
    timeout: 60,
    verifyBody: (body: string) => {
      try {
        const parsed = JSON.parse(body) as { errors?: unknown; data?: unknown };
        return parsed.errors === undefined && parsed.data != null;
      } catch {
        return false;
      }
    },
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  return figures(
    latencies,
    result.duration || seconds,
    result.non2xx + result.errors + result.timeouts + result.mismatches,
  );
}

/** Ids the list statement returns, as the DataLoaders get them. */
interface Keys {
  ids: string[];
  personIds: string[];
  siaeIds: string[];
}

async function identityTransaction<T>(
  sql: postgres.Sql,
  organisationId: string,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  return (await sql.begin(async (tx) => {
    await tx`select set_config('role', 'navette_app', true), set_config('navette.organisation_id', ${organisationId}, true), set_config('navette.user_id', '', true)`;
    return work(tx);
  })) as T;
}

/** One request's SQL: the steps in order, the transactions of one step at once (as the DataLoaders do). */
async function runSteps(
  sql: postgres.Sql,
  steps: Statement[][][],
  organisationId: string,
  today: string,
): Promise<Keys> {
  const keys: Keys = { ids: [], personIds: [], siaeIds: [] };
  for (const step of steps) {
    await Promise.all(
      step.map(async (transaction) => {
        const execute = async (tx: postgres.Sql | postgres.TransactionSql) => {
          for (const statement of transaction) {
            const rows = await tx.unsafe(statement.text, statement.params({ today, ...keys }) as never[]);
            if (keys.ids.length === 0 && rows.length > 0 && 'person_id' in rows[0]!) {
              const page = rows.slice(0, 20);
              keys.ids = page.map((r) => r['id'] as string);
              keys.personIds = [...new Set(page.map((r) => r['person_id'] as string))];
              keys.siaeIds = [...new Set(page.map((r) => r['siae_id'] as string))];
            }
          }
        };
        if (transaction.every((s) => s.directory)) await execute(sql);
        else await identityTransaction(sql, organisationId, execute);
      }),
    );
  }
  return keys;
}

async function direct(
  sql: postgres.Sql,
  steps: Statement[][][],
  organisationId: string,
  today: string,
  connections: number,
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          await runSteps(sql, steps, organisationId, today);
          latencies.push(performance.now() - started);
        } catch (error) {
          errors++;
          if (errors === 1) console.error(error);
        }
      }
    }),
  );
  return figures(latencies, seconds, errors);
}

/** EXPLAIN (ANALYZE, BUFFERS) of each read, as the caller; returns the plans and each statement's execution time. */
async function explain(sql: postgres.Sql, steps: Statement[][][], organisationId: string, today: string) {
  const keys = await runSteps(sql, steps, organisationId, today);
  const out: { label: string; ms: number; plan: string }[] = [];
  for (const statement of steps.flat(2).filter((s) => !s.write)) {
    const text = `explain (analyze, buffers) ${statement.text}`;
    const params = statement.params({ today, ...keys }) as never[];
    const rows = statement.directory
      ? await sql.unsafe(text, params)
      : await identityTransaction(sql, organisationId, (tx) => tx.unsafe(text, params));
    const plan = rows.map((r) => r['QUERY PLAN'] as string).join('\n');
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
    out.push({
      label: statement.label,
      ms,
      plan: `-- ${statement.label}\n${statement.text.replace(/\s+/g, ' ')}\n${plan}\n`,
    });
  }
  return out;
}

interface Product {
  child: ChildProcess;
  url: string;
  subgraphs: Record<string, string>;
  subgraphSecret: string;
}

function startProduct(info: DataSetInfo): Promise<Product> {
  const child = fork(
    fileURLToPath(import.meta.url),
    [
      '--role=product',
      `--database=${args.database}`,
      `--navette=${args.navette}`,
      ...(args['admin-url'] ? [`--admin-url=${args['admin-url']}`] : []),
    ],
    {
      // As deployed (docker-compose.yml): NODE_ENV=production spares graphql-js its development checks.
      env: { ...process.env, NODE_ENV: process.env['NODE_ENV'] ?? 'production', BENCH_TODAY: info.today },
      execArgv: [
        ...args['product-flags'].split(' ').filter(Boolean),
        ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the product did not start within 120 s')), 120_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      const ready = m as { url: string; subgraphs: Record<string, string>; subgraphSecret: string };
      resolve({ child, url: ready.url, subgraphs: ready.subgraphs, subgraphSecret: ready.subgraphSecret });
    });
    child.once('exit', (code) => reject(new Error(`the product exited (${code}) before it was ready`)));
  });
}

async function stopProduct(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.send('stop');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const ratio = (x: number | undefined, y: number | undefined) =>
  x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) && y > 0
    ? `${(x / y).toFixed(2)}×`
    : '–';

/**
 * The answer in one table (issue 16 §5): per scenario, target and number of callers, p50, p95, p99 and req/s with the
 * load average when measured; then the ratios of p50 and of throughput between the targets.
 */
function summary(scenarios: readonly Scenario[], rows: readonly Row[], connectionsList: readonly number[]): string {
  const header = ['scenario', 'target', 'callers', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors', 'load average'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i < 2 || i === 8 ? '---' : '---:')).join('|')}|`,
  ];
  for (const r of rows) {
    lines.push(
      `| ${[r.scenario, r.target, r.single ? '1 (one request)' : r.connections, ms(r.p50), ms(r.p95), ms(r.p99), r.rps.toFixed(1), r.errors, r.load ?? ''].join(' | ')} |`,
    );
  }
  const ratioHeader = [
    'scenario',
    'callers',
    'gateway ÷ SQL p50',
    'subgraph ÷ SQL p50',
    'gateway ÷ subgraph p50',
    'SQL ÷ gateway req/s',
    'SQL ÷ subgraph req/s',
  ];
  lines.push(
    '',
    `| ${ratioHeader.join(' | ')} |`,
    `|${ratioHeader.map((_, i) => (i < 1 ? '---' : '---:')).join('|')}|`,
  );
  for (const scenario of scenarios) {
    for (const connections of connectionsList) {
      const of = (target: Target) =>
        rows.find(
          (r) => r.scenario === scenario.name && r.target === target && (r.single || r.connections === connections),
        );
      const [gateway, subgraph, direct] = TARGETS.map(of);
      if (!gateway && !subgraph && !direct) continue;
      lines.push(
        `| ${[
          scenario.name,
          connections,
          ratio(gateway?.p50, direct?.p50),
          ratio(subgraph?.p50, direct?.p50),
          ratio(gateway?.p50, subgraph?.p50),
          ratio(direct?.rps, gateway?.rps),
          ratio(direct?.rps, subgraph?.rps),
        ].join(' | ')} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const sql = postgres(url, { max: 12, onnotice: () => {}, connection: { application_name: 'navette-bench-direct' } });
  // As the subgraphs' Drizzle client: a json/jsonb parameter is sent as the text given (not JSON-encoded again), and
  // dates and times are read as the database writes them.
  const asIs = (value: unknown) => value;
  for (const type of [114, 3802]) sql.options.serializers[type] = asIs;
  for (const type of [1082, 1083, 1114, 1184, 1182, 1185, 1115, 1231]) {
    sql.options.parsers[type] = asIs;
    sql.options.serializers[type] = asIs;
  }
  let product: Product | null = null;
  try {
    const info = await readDataSetInfo(sql);
    if (!info)
      throw new Error(`${args.database} was not loaded by @navette/datagen (no generator note on the database)`);
    const account = (key: BenchAccount['key']) => info.accounts.find((a) => a.key === key)!;
    const departement = account('agency').departement!;
    const connectionsList = args.connections.split(',').map(Number);
    const only = args.only ? new Set(args.only.split(',')) : null;
    const scenarios = SCENARIOS.filter((s) => !only || only.has(s.name));
    const duration = Number(args.duration);
    const warmup = Number(args.warmup);
    const slowLimit = Number(args['slow-limit']);
    const [{ version }] = (await sql`select current_setting('server_version') as version`) as unknown as [
      { version: string },
    ];
    console.log(
      `Data set ${args.database}: scale ${info.scale}${info.directoryScale !== undefined ? ` (directory ${info.directoryScale})` : ''}, seed ${info.seed}, today ${info.today}; ${info.counts.people.toLocaleString('en')} people, ` +
        `${info.counts.approvals.toLocaleString('en')} agréments, ${info.counts.approvalRequests.toLocaleString('en')} requests.`,
    );
    console.log(
      `Node ${process.version}, PostgreSQL ${version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}); load average ${loadavg()}${args.label ? `; label ${args.label}` : ''}`,
    );
    const rows: Row[] = [];
    const explained: Record<string, { label: string; ms: number; plan: string }[]> = {};

    // Gateway and direct SQL of one scenario are measured one after the other, so that both see the same machine load.
    const tokens = new Map<string, string[]>();
    // --no-gateway alone still measures the subgraph (the product runs); with --no-subgraph too, no product at all.
    if (!args['no-gateway'] || !args['no-subgraph']) {
      product = await startProduct(info);
      // One session per connection (see autocannon()).
      const sessions = Math.max(...connectionsList);
      for (const key of new Set(scenarios.map((s) => s.account))) {
        const list: string[] = [];
        for (let i = 0; i < sessions; i++) {
          const data = await post(
            product.url,
            JSON.stringify({
              query: `mutation { signIn(email: "${account(key).email}", password: "${DEMO_PASSWORD}") { accessToken } }`,
            }),
          );
          list.push(`Bearer ${(data['signIn'] as { accessToken: string }).accessToken}`);
        }
        tokens.set(key, list);
      }
    }
    for (const scenario of scenarios) {
      console.log(`\n${scenario.name} — ${scenario.title}, as ${account(scenario.account).organisationName}:`);
      if (product) {
        const context = { departement, year: info.today.slice(0, 4) };
        const document = persistedDocument(scenario.document.portal, scenario.document.operation);
        const variables = scenario.document.variables(context);
        const sessionTokens = tokens.get(scenario.account)!;
        const gatewayBody = JSON.stringify({
          operationName: scenario.document.operation,
          variables,
          extensions: { persistedQuery: { version: 1, sha256Hash: document.hash } },
        });
        const subgraphText = scenario.document.subgraphDocument?.(document.text) ?? document.text;
        const subgraphBody = JSON.stringify({
          query: subgraphText,
          operationName: scenario.document.operation,
          variables,
        });
        const signature = (await import(
          pathToFileURL(`${args.root}/packages/subgraph-server/dist/gateway-signature.js`).href
        )) as SignatureModule;
        const http: { target: Target; url: string; body: string; headersOf: () => Record<string, string>[] }[] = [
          ...(args['no-gateway']
            ? []
            : [
                {
                  target: 'gateway' as const,
                  url: product.url,
                  body: gatewayBody,
                  headersOf: () =>
                    sessionTokens.map((authorization) => ({ 'content-type': 'application/json', authorization })),
                },
              ]),
          ...(args['no-subgraph']
            ? []
            : [
                {
                  target: 'subgraph' as const,
                  url: product.subgraphs[scenario.document.subgraph]!,
                  body: subgraphBody,
                  headersOf: () => subgraphHeaders(signature, product!.subgraphSecret, sessionTokens, subgraphBody),
                },
              ]),
        ];
        for (const { target, url: targetUrl, body, headersOf } of http) {
          const probeStarted = performance.now();
          const probe = await post(targetUrl, body, headersOf()[0]);
          const probeMs = performance.now() - probeStarted;
          console.log(`  ${target}: ${scenario.check(probe)} (first answer ${ms(probeMs)} ms)`);
          if (probeMs > slowLimit) {
            const again = performance.now();
            await post(targetUrl, body, headersOf()[0]);
            rows.push({ ...single(scenario.name, target, performance.now() - again), load: loadavg() });
            console.log(
              `  ${target}: slower than ${slowLimit} ms, not loaded; a second request took ${ms(rows.at(-1)!.p50)} ms; load average ${loadavg()}`,
            );
            continue;
          }
          for (const connections of connectionsList) {
            process.stdout.write(`  ${target}, ${connections} connection(s): warm-up ${warmup} s… `);
            if (warmup > 0) await autocannon(targetUrl, body, headersOf, connections, warmup);
            const f = await autocannon(targetUrl, body, headersOf, connections, duration);
            rows.push({ scenario: scenario.name, target, connections, ...f, load: loadavg() });
            console.log(
              `${f.rps.toFixed(1)} req/s, p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, p99 ${ms(f.p99)} ms, errors ${f.errors}; load average ${loadavg()}`,
            );
          }
          // autocannon returns at the end of its duration with its last requests possibly in flight: let them end.
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
      const caller = account(scenario.account);
      const steps = await stepsOf(scenario, {
        departement,
        today: info.today,
        caller: {
          organisationKind: caller.organisationKind,
          organisationId: caller.organisationId,
          userId: caller.userId,
        },
        pilotageDist: args['pilotage'],
        parcoursDist: args['parcours'],
        // The statements are recorded as they run on the data set, as the caller: a statement built from an earlier
        // one's rows (the habilitation spans) is the one the subgraph sends, not one built from no rows.
        answer: async (text, params, method, directory) => {
          const run = async (tx: postgres.Sql | postgres.TransactionSql) => {
            const rows = tx.unsafe(text, params as never[]);
            return method === 'all' ? [...(await rows.values())] : [...(await rows)];
          };
          return directory ? run(sql) : identityTransaction(sql, caller.organisationId, run);
        },
      });
      if (args['no-direct'] || steps.length === 0) continue;
      const organisationId = account(scenario.account).organisationId;
      explained[scenario.name] = await explain(sql, steps, organisationId, info.today);
      for (const e of explained[scenario.name]!)
        console.log(`  EXPLAIN ANALYZE (as navette_app) ${e.label}: ${ms(e.ms)} ms`);
      const once = performance.now();
      await runSteps(sql, steps, organisationId, info.today);
      const onceMs = performance.now() - once;
      if (onceMs > slowLimit) {
        rows.push({ ...single(scenario.name, 'direct SQL', onceMs), load: loadavg() });
        console.log(
          `  direct SQL: slower than ${slowLimit} ms, not loaded; one request took ${ms(onceMs)} ms; load average ${loadavg()}`,
        );
        continue;
      }
      for (const connections of connectionsList) {
        process.stdout.write(`  direct SQL, ${connections} connection(s): warm-up ${warmup} s… `);
        if (warmup > 0) await direct(sql, steps, organisationId, info.today, connections, warmup);
        const f = await direct(sql, steps, organisationId, info.today, connections, duration);
        rows.push({ scenario: scenario.name, target: 'direct SQL', connections, ...f, load: loadavg() });
        console.log(
          `${f.rps.toFixed(1)} req/s, p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, p99 ${ms(f.p99)} ms, errors ${f.errors}; load average ${loadavg()}`,
        );
      }
    }
    if (product) {
      await stopProduct(product.child);
      product = null;
    }

    console.log(`\n${summary(scenarios, rows, connectionsList)}`);
    console.log(`\nLoad average at the end: ${loadavg()}`);
    if (args.plans) {
      writeFileSync(
        args.plans,
        Object.entries(explained)
          .map(([name, plans]) => `=== ${name} ===\n${plans.map((p) => p.plan).join('\n')}`)
          .join('\n'),
      );
      console.log(`Plans written to ${args.plans}`);
    }
    if (args.json) {
      writeFileSync(
        args.json,
        `${JSON.stringify({ date: new Date().toISOString(), label: args.label, loadavg: os.loadavg(), info, rows, explained }, null, 2)}\n`,
      );
    }
    if (rows.some((r) => r.errors > 0)) process.exitCode = 1;
  } finally {
    if (product) await stopProduct(product.child);
    await sql.end({ timeout: 5 });
  }
}

const run = args.role === 'product' ? runProduct() : main();
run.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
