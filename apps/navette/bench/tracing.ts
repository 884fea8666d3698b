// The cost of OpenTelemetry traces (issue 15 §5), measured: the same product twice on one database, one started before
// the SDK (traces off: no Hive OpenTelemetry plugin, no subgraph middleware, no SQL spans) and one after (every request
// traced from the gateway through the subgraphs to SQL and exported over OTLP/HTTP to a receiver in this process), under
// the same load, in turns.
//
//   node apps/navette/bench/tracing.ts [--duration=10] [--connections=10] [--rounds=2]
//
// Needs the workspace built and PostgreSQL on 127.0.0.1:5432 (or NAVETTE_TEST_ADMIN_URL). The load generator and the
// receiver run in this process, as the gateways and subgraphs do: figures are comparable with each other, not absolute.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '@navette/db';
import { createTestDatabase } from '@navette/db/testing';
import { startTelemetry } from '@navette/subgraph-server';
import { startNavette, type RunningNavette } from '../src/start.ts';

/** autocannon is CommonJS without bundled types: the parts used here. */
interface AutocannonResult {
  non2xx: number;
  errors: number;
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
}
const autocannon = (
  (await import('autocannon')) as { default: (options: Record<string, unknown>) => Promise<AutocannonResult> }
).default;

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
  },
});

const QUERIES = {
  'viewer (structures only)': '{ viewer { email organisation { name } } }',
  'directory (structures + formation)':
    '{ siaes(first: 20, filter: { departement: "25" }) { edges { node { name kind agency { name employmentServices { title } } } } } }',
};

async function signIn(navette: RunningNavette): Promise<string> {
  const response = await fetch(navette.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
      variables: { e: 'siae@demo.navette.fr', p: DEMO_PASSWORD },
    }),
  });
  const body = (await response.json()) as { data: { signIn: { accessToken: string } } };
  return body.data.signIn.accessToken;
}

async function load(url: string, token: string, query: string) {
  const cpu = process.cpuUsage();
  const result = await autocannon({
    url,
    method: 'POST',
    connections: Number(args.connections),
    duration: Number(args.duration),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMs };
}

// The OTLP/HTTP receiver: reads each export, counts its spans, answers 200.
let exportedSpans = 0;
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      resourceSpans: { scopeSpans: { spans: unknown[] }[] }[];
    };
    for (const r of body.resourceSpans) for (const s of r.scopeSpans) exportedSpans += s.spans.length;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));

const database = await createTestDatabase();
const common = {
  databaseUrl: database.url,
  port: 0,
  appsDir: '/nonexistent',
  arbitraryDocumentsForUsers: true,
  rateLimits: false as const,
  jobs: false,
};
// Started before the SDK: traces off for this one, for good.
const off = await startNavette({ ...common });
const telemetry = await startTelemetry('navette-bench', {
  ...process.env,
  OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
});
if (!telemetry) throw new Error('the SDK did not start');
const on = await startNavette({ ...common, demoData: false });
try {
  const variants = [
    { name: 'traces off', navette: off, token: await signIn(off) },
    { name: 'traces on (exported)', navette: on, token: await signIn(on) },
  ];
  console.log(
    `load average ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${args.connections} connections, ${args.duration} s × ${args.rounds} rounds each`,
  );
  for (const [label, query] of Object.entries(QUERIES)) {
    const totals = new Map<string, { rps: number[]; p50: number[]; p99: number[]; cpuMs: number[] }>();
    for (let round = 0; round < Number(args.rounds); round += 1) {
      for (const v of round % 2 === 0 ? variants : [...variants].reverse()) {
        const r = await load(v.navette.graphqlUrl, v.token, query);
        const t = totals.get(v.name) ?? { rps: [], p50: [], p99: [], cpuMs: [] };
        t.rps.push(r.rps);
        t.p50.push(r.p50);
        t.p99.push(r.p99);
        t.cpuMs.push(r.cpuMs);
        totals.set(v.name, t);
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`\n${label}`);
    console.log('| variant | req/s | p50 ms | p99 ms | CPU ms per request |\n|---|---|---|---|---|');
    for (const [name, t] of totals)
      console.log(
        `| ${name} | ${mean(t.rps).toFixed(0)} | ${mean(t.p50).toFixed(1)} | ${mean(t.p99).toFixed(1)} | ${mean(t.cpuMs).toFixed(2)} |`,
      );
    const [a, b] = [...totals.values()];
    console.log(
      `throughput ratio (on ÷ off): ×${(mean(b!.rps) / mean(a!.rps)).toFixed(2)}; CPU per request ratio: ×${(mean(b!.cpuMs) / mean(a!.cpuMs)).toFixed(2)}`,
    );
  }
  await telemetry.forceFlush();
  console.log(`\nspans received by the OTLP receiver: ${exportedSpans}`);
} finally {
  await off.stop();
  await on.stop();
  await telemetry.shutdown();
  await database.drop();
  receiver.close();
}
