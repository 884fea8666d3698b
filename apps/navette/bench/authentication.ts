// One authentication per request (issue 16 §1), measured: the same product twice on one database, with and without
// the gateway's principal cache and the signed principal to the subgraphs, under the same load, in turns.
//
//   node apps/navette/bench/authentication.ts [--duration=10] [--connections=10] [--rounds=2]
//
// Needs the workspace built and PostgreSQL on 127.0.0.1:5432 (or NAVETTE_TEST_ADMIN_URL). The load generator runs in
// this process, as the gateways and subgraphs do: figures are comparable with each other, not absolute.
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '@navette/db';
import { createTestDatabase } from '@navette/db/testing';
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
  // CPU of this process (gateway, subgraphs and the load generator) per answered request: steadier than wall time
  // on a shared machine.
  const cpuMs = (used.user + used.system) / 1000 / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuMs };
}

const database = await createTestDatabase();
const common = {
  databaseUrl: database.url,
  port: 0,
  appsDir: '/nonexistent',
  arbitraryDocumentsForUsers: true,
  rateLimits: false as const,
  jobs: false,
};
const once = await startNavette({ ...common });
const twice = await startNavette({ ...common, demoData: false, authenticateOnce: false });
try {
  const variants = [
    { name: 'verified once, principal signed', navette: once, token: await signIn(once) },
    { name: 'verified at gateway and subgraphs', navette: twice, token: await signIn(twice) },
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
      `throughput ratio (once ÷ twice): ×${(mean(a!.rps) / mean(b!.rps)).toFixed(2)}; CPU per request ratio: ×${(mean(a!.cpuMs) / mean(b!.cpuMs)).toFixed(2)}`,
    );
  }
} finally {
  await once.stop();
  await twice.stop();
  await database.drop();
}
