// Load test of server mode: mixed reads and writes through the gateway for a while, then checks that every
// acknowledged write is in the database once (no lost, no duplicated row) and how each process's memory moved.
// Results are written up in docs/benchmarks.md ("Server mode under load").
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/navette npm run start:server -- --demo-data    # in a terminal
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/navette node apps/gateway/bench/load.ts \
//     [--url=http://127.0.0.1:4000/graphql] [--duration=60] [--connections=20] [--state-dir=.navette/server]
//
// Each connection loops over: the directory (structures + formation through the gateway), the caller's people
// (parcours) and recordPerson (a write, parcours). Signs in as the demo prescripteur (demo data needed).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, DEMO_PASSWORD, tables } from '@navette/db';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '20' },
    'state-dir': { type: 'string', default: resolve(import.meta.dirname, '../../../.navette/server') },
  },
});
const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl) {
  console.error('DATABASE_URL (the server mode database) is required: the rows are counted there');
  process.exit(2);
}

interface Processes {
  services: { name: string; pid: number | null }[];
}
function rssByProcess(): Record<string, number | null> {
  const state = JSON.parse(readFileSync(resolve(args['state-dir'], 'processes.json'), 'utf8')) as Processes;
  const out: Record<string, number | null> = {};
  for (const { name, pid } of state.services) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      out[`${name} (${pid})`] = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      out[`${name} (${pid})`] = null;
    }
  }
  return out;
}

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(args.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as {
    data?: Record<string, { accessToken?: string } | null> | null;
    errors?: unknown[];
  };
}

const signIn = await post({
  query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
  variables: { email: 'prescripteur@demo.navette.fr', password: DEMO_PASSWORD },
});
const token = signIn.data?.['signIn']?.accessToken;
if (!token) {
  console.error(
    'sign-in of the demo prescripteur failed (was server mode started with --demo-data?):',
    JSON.stringify(signIn.errors),
  );
  process.exit(1);
}
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

const database = await createDatabase({ url: databaseUrl, maxConnections: 1 });
const rowsBefore = await database.db.$count(tables.people);
const rssBefore = rssByProcess();

const READ_DIRECTORY = JSON.stringify({
  query:
    '{ siaes(first: 20, filter: { departement: "25" }) { edges { node { name kind agency { name employmentServices { title } } } } } }',
});
const READ_PEOPLE = JSON.stringify({ query: '{ people(first: 20) { edges { node { id lastName } } } }' });
const RECORD = 'mutation($input: PersonInput!) { recordPerson(input: $input) { id } }';
const run = `${Date.now().toString(36)}`;
let sequence = 0;
let acknowledged = 0;
let refusedWrites = 0;
let graphqlErrors = 0;

// autocannon is CommonJS without bundled types; only the parts used here are described.
type Request = { method: string; path: string; headers: Record<string, string>; body?: string };
type Result = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
};
const autocannon = (
  (await import('autocannon')) as {
    default: (options: Record<string, unknown>, done: (error: Error | null, result: Result) => void) => unknown;
  }
).default;
const path = new URL(args.url).pathname;
const countErrors = (_status: number, body: string) => {
  if (body.includes('"errors"')) graphqlErrors += 1;
};
const result = await new Promise<Result>((resolveRun, reject) => {
  autocannon(
    {
      url: new URL(args.url).origin,
      connections: Number(args.connections),
      duration: Number(args.duration),
      requests: [
        { method: 'POST', path, headers, body: READ_DIRECTORY, onResponse: countErrors },
        { method: 'POST', path, headers, body: READ_PEOPLE, onResponse: countErrors },
        {
          method: 'POST',
          path,
          headers,
          setupRequest: (request: Request) => {
            sequence += 1;
            // Synthetic people (load test data, not real persons).
            const input = { firstName: `Charge${sequence}`, lastName: `Essai-${run}`, birthDate: '1990-01-01' };
            return { ...request, body: JSON.stringify({ query: RECORD, variables: { input } }) };
          },
          onResponse: (_status: number, body: string) => {
            try {
              const parsed = JSON.parse(body) as {
                data?: { recordPerson?: { id?: string } | null } | null;
                errors?: unknown[];
              };
              if (parsed.data?.recordPerson?.id) acknowledged += 1;
              else refusedWrites += 1;
              if (parsed.errors) graphqlErrors += 1;
            } catch {
              refusedWrites += 1;
            }
          },
        },
      ],
    },
    (error, res) => (error ? reject(error) : resolveRun(res)),
  );
});

// Writes still in flight when autocannon stops are not counted as acknowledged: wait for the row count to settle.
let rowsAfter = await database.db.$count(tables.people);
for (let i = 0; i < 20; i++) {
  await new Promise((r) => setTimeout(r, 250));
  const n = await database.db.$count(tables.people);
  if (n === rowsAfter) break;
  rowsAfter = n;
}
const rssAfter = rssByProcess();
await database.close();

const rows = rowsAfter - rowsBefore;
console.log(`\nServer mode under load: ${args.connections} connections, ${args.duration} s, ${args.url}`);
console.log(`  requests        ${result.requests.total} (${result.requests.average.toFixed(1)} req/s)`);
console.log(
  `  latency         p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
);
console.log(
  `  errors          ${result.errors} socket errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL errors`,
);
// A write sent in the last instant may be committed without its answer being counted: rows may exceed the
// acknowledged writes by the requests cut at the end, never the writes sent (a duplicate), never fall below (a loss).
console.log(
  `  writes          ${sequence} sent, ${acknowledged} acknowledged, ${refusedWrites} refused; ${rows} rows added (lost: ${Math.max(0, acknowledged - rows)}, beyond the writes sent: ${Math.max(0, rows - sequence)})`,
);
console.log('  RSS (MiB)       before → after');
for (const name of Object.keys(rssAfter)) {
  const before = Object.entries(rssBefore).find(([k]) => k === name)?.[1];
  console.log(`    ${name.padEnd(32)} ${before?.toFixed(0) ?? '(restarted)'} → ${rssAfter[name]?.toFixed(0) ?? '?'}`);
}
const failed =
  result.errors + result.timeouts + result.non2xx + graphqlErrors > 0 || rows < acknowledged || rows > sequence;
process.exit(failed ? 1 : 0);
