// Which process layout serves best (issue 16 §2), measured on one database in turns, in one run:
//   - one process: `npm start` on DATABASE_URL (gateway and four subgraphs in one Node process);
//   - server mode, one worker per service (gateway apart from the subgraphs: five processes);
//   - server mode, --workers per service (default: one per core, i.e. as many processes per service as cores).
// Each layout runs as its own processes (the load generator stays in this one), with the demo region's year of
// activity, its rate limits raised out of the way (they are still counted in PostgreSQL, as in production). Each query
// at 1 and at 10 callers; p50/p95/p99 and req/s, with the load average.
//
//   node apps/navette/bench/server-layout.ts [--duration=8] [--rounds=2] [--workers=auto]
//
// Needs the workspace built and PostgreSQL on 127.0.0.1:5432 (or NAVETTE_TEST_ADMIN_URL).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '@navette/db';
import { createTestDatabase } from '@navette/db/testing';

/** autocannon is CommonJS without bundled types: the parts used here. */
interface AutocannonResult {
  non2xx: number;
  errors: number;
  requests: { average: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number };
}
const autocannon = (
  (await import('autocannon')) as { default: (options: Record<string, unknown>) => Promise<AutocannonResult> }
).default;

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '2' },
    workers: { type: 'string', default: 'auto' },
  },
});
const workers = args.workers === 'auto' ? availableParallelism() : Number(args.workers);

const QUERIES: { label: string; account: string; query: string }[] = [
  {
    label: 'viewer (structures)',
    account: 'siae@demo.navette.fr',
    query: '{ viewer { email organisation { name } } }',
  },
  {
    label: 'directory (structures + formation)',
    account: 'siae@demo.navette.fr',
    query:
      '{ siaes(first: 20, filter: { departement: "25" }) { edges { node { name kind agency { name employmentServices { title } } } } } }',
  },
  {
    label: 'indicator table, region (pilotage)',
    account: 'pilotage@demo.navette.fr',
    query: '{ indicators { id table { siaeKinds departements { code } states values } } }',
  },
];
const CALLERS = [1, 10];

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const UNLIMITED = { NAVETTE_RATE_LIMIT_IP: '999999999/1', NAVETTE_RATE_LIMIT_PRINCIPAL: '999999999/1' };

async function freePort(): Promise<number> {
  // Five consecutive free ports (server mode puts the subgraphs after the gateway's).
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const free = await Promise.all(
      [0, 1, 2, 3, 4].map(
        (i) =>
          new Promise<boolean>((resolve) => {
            const server = createServer();
            server.once('error', () => resolve(false));
            server.listen(base + i, '127.0.0.1', () => server.close(() => resolve(true)));
          }),
      ),
    );
    if (free.every(Boolean)) return base;
  }
}

interface Layout {
  name: string;
  script: string;
  env: Record<string, string>;
  ready: string;
}

/** Starts a layout as child processes; resolves once it logs that it is ready. */
async function start(layout: Layout, databaseUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const stateDir = mkdtempSync(join(tmpdir(), 'navette-layout-'));
  const child: ChildProcess = spawn(process.execPath, [join(repositoryRoot, layout.script)], {
    env: {
      ...process.env,
      ...UNLIMITED,
      ...layout.env,
      DATABASE_URL: databaseUrl,
      NAVETTE_PORT: String(port),
      NAVETTE_HOST: '127.0.0.1',
      NAVETTE_STATE_DIR: stateDir,
      NAVETTE_DATA_DIR: stateDir,
      // The bench sends its own documents with users' tokens (refused with NODE_ENV=production).
      NAVETTE_AD_HOC_DOCUMENTS_FOR_USERS: '1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.includes(layout.ready)) resolve();
      if (buffer.length > 100_000) buffer = buffer.slice(-10_000);
    });
    void exited.then(() => reject(new Error(`${layout.name} exited before it was ready:\n${buffer.slice(-3000)}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
      variables: { e: email, p: DEMO_PASSWORD },
    }),
  });
  const body = (await response.json()) as { data?: { signIn: { accessToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return body.data.signIn.accessToken;
}

async function load(url: string, token: string, query: string, connections: number) {
  const body = JSON.stringify({ query });
  // A first answer checked: a layout that answers errors fast would otherwise win.
  const check = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const answer = (await check.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`the query failed: ${JSON.stringify(answer.errors).slice(0, 300)}`);
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: Number(args.duration),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  // autocannon's percentiles: p97.5 stands for p95 (its histogram has no p95 bucket).
  return { rps: result.requests.average, p50: result.latency.p50, p95: result.latency.p97_5, p99: result.latency.p99 };
}

const layouts: Layout[] = [
  { name: 'one process (npm start)', script: 'apps/navette/dist/main.js', env: {}, ready: 'Press Ctrl-C to stop.' },
  {
    name: 'server mode, 1 worker per service',
    script: 'apps/navette/dist/server-mode.js',
    env: { NAVETTE_WORKERS: '1' },
    ready: 'server mode ready',
  },
  {
    name: `server mode, ${workers} workers per service`,
    script: 'apps/navette/dist/server-mode.js',
    env: { NAVETTE_WORKERS: String(workers) },
    ready: 'server mode ready',
  },
];

const database = await createTestDatabase();
type Figures = { rps: number[]; p50: number[]; p95: number[]; p99: number[] };
const results = new Map<string, Figures>(); // key: query|callers|layout
const loads: number[] = [];
try {
  // The first start loads the demo region's year of activity (npm start does it); the others find it there.
  for (let round = 0; round < Number(args.rounds); round += 1) {
    for (const layout of round % 2 === 0 ? layouts : [...layouts].reverse()) {
      const running = await start(layout, database.url);
      try {
        const tokens = new Map<string, string>();
        for (const { account } of QUERIES)
          if (!tokens.has(account)) tokens.set(account, await signIn(running.url, account));
        for (const q of QUERIES) {
          for (const callers of CALLERS) {
            loads.push(loadavg()[0]!);
            const r = await load(running.url, tokens.get(q.account)!, q.query, callers);
            const key = `${q.label}|${callers}|${layout.name}`;
            const f = results.get(key) ?? { rps: [], p50: [], p95: [], p99: [] };
            f.rps.push(r.rps);
            f.p50.push(r.p50);
            f.p95.push(r.p95);
            f.p99.push(r.p99);
            results.set(key, f);
          }
        }
      } finally {
        await running.stop();
      }
    }
  }
} finally {
  await database.drop();
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `load average during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ${availableParallelism()} cores; ${args.duration} s × ${args.rounds} rounds per figure`,
);
for (const q of QUERIES) {
  for (const callers of CALLERS) {
    console.log(`\n${q.label}, ${callers} caller${callers > 1 ? 's' : ''}`);
    console.log('| layout | req/s | p50 ms | p95 ms | p99 ms | req/s ÷ one process |\n|---|---|---|---|---|---|');
    const reference = mean(results.get(`${q.label}|${callers}|${layouts[0]!.name}`)!.rps);
    for (const layout of layouts) {
      const f = results.get(`${q.label}|${callers}|${layout.name}`)!;
      console.log(
        `| ${layout.name} | ${mean(f.rps).toFixed(0)} | ${mean(f.p50).toFixed(1)} | ${mean(f.p95).toFixed(1)} | ${mean(f.p99).toFixed(1)} | ×${(mean(f.rps) / reference).toFixed(2)} |`,
      );
    }
  }
}
