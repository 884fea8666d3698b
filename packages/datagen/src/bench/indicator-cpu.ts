// Node's CPU per request of the pilotage subgraph's indicator tables (issue 16 §3), and its answers, in one process: the
// product started as the benchmark starts it (bench.ts, clock fixed on the data set's "today"), the console's
// `Indicators` document sent straight to the subgraph (signed as the gateway signs it) `--rounds` times in a row after 5,
// `process.cpuUsage()` over them (the in-process client's fetch included). Less sensitive to the machine's load than a
// latency: alternate builds (`--navette`) to compare them, e.g. under `node --cpu-prof`.
// `--out DIR` writes the raw answers for eight filters (country, a département, a kind, a month, a quarter, an agence,
// a SIAE, a SIAE and a kind), to compare two builds byte for byte (`cmp`).
//
//   node packages/datagen/dist/bench/indicator-cpu.js --database navette_bench_quick [--rounds 40]
//        [--cases departement,country] [--out DIR] [--navette /other/apps/navette/dist/start.js]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '@navette/db';
import postgres from 'postgres';
import { databaseUrl, readDataSetInfo } from '../load.js';
import { principalOfToken, startBenchProduct } from './product.js';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    database: { type: 'string', default: 'navette_bench_quick' },
    'admin-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    rounds: { type: 'string', default: '40' },
    cases: { type: 'string', default: 'departement,country' },
    out: { type: 'string' },
    navette: {
      type: 'string',
      default: fileURLToPath(new URL('../../../../apps/navette/dist/start.js', import.meta.url)),
    },
    root: { type: 'string', default: fileURLToPath(new URL('../../../../', import.meta.url)) },
  },
});

interface Signature {
  signGatewayRequest(secret: string, request: { authorization: string; principal: string; body: string }): string;
  encodePrincipal(principal: unknown): string;
  GATEWAY_SIGNATURE_HEADER: string;
  GATEWAY_PRINCIPAL_HEADER: string;
}

const url = databaseUrl(args['admin-url'], args.database);
const sql = postgres(url, { max: 1, onnotice: () => {} });
const info = await readDataSetInfo(sql);
await sql.end();
if (!info) throw new Error(`${args.database} was not loaded by @navette/datagen`);
const signature = (await import(
  pathToFileURL(`${args.root}/packages/subgraph-server/dist/gateway-signature.js`).href
)) as Signature;
const running = await startBenchProduct(args.navette, url, info.today);
const documents = JSON.parse(
  readFileSync(`${args.root}/apps/console-pilotage/src/generated/persisted-documents.json`, 'utf8'),
) as Record<string, string>;
const text = Object.values(documents).find((t) => /\bquery Indicators\b/.test(t))!;
const account = (key: string) => info.accounts.find((a) => a.key === key)!;

const tokens: Record<string, string> = {};
for (const key of ['steering', 'agency', 'siae']) {
  const response = await fetch(running.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(email: "${account(key).email}", password: "${DEMO_PASSWORD}") { accessToken } }`,
    }),
  });
  const { data } = (await response.json()) as { data: { signIn: { accessToken: string } } };
  tokens[key] = `Bearer ${data.signIn.accessToken}`;
}

const year = info.today.slice(0, 4);
const wholeYear = { from: `${year}-01-01`, to: `${year}-12-31` };
const CASES: Record<string, [string, Record<string, unknown>]> = {
  country: ['steering', wholeYear],
  departement: ['steering', { departement: account('agency').departement, ...wholeYear }],
  kind: ['steering', { siaeKind: 'ETTI', ...wholeYear }],
  month: ['steering', { from: `${year}-10-01`, to: `${year}-10-31` }],
  quarter: ['steering', { from: `${year}-07-01`, to: `${year}-09-30` }],
  agence: ['agency', wholeYear],
  siae: ['siae', { from: `${year}-03-01`, to: `${year}-10-31` }],
  'siae-kind': ['siae', { siaeKind: 'AI' }],
};

async function ask(name: string): Promise<string> {
  const [key, filter] = CASES[name]!;
  const body = JSON.stringify({ query: text, operationName: 'Indicators', variables: { filter } });
  const authorization = tokens[key]!;
  const principal = signature.encodePrincipal(principalOfToken(authorization));
  const response = await fetch(running.subgraphs['pilotage']!, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      authorization,
      [signature.GATEWAY_PRINCIPAL_HEADER]: principal,
      [signature.GATEWAY_SIGNATURE_HEADER]: signature.signGatewayRequest(running.subgraphSecret, {
        authorization,
        principal,
        body,
      }),
    },
  });
  const answer = await response.text();
  if (response.status !== 200) throw new Error(`${name}: ${response.status} ${answer.slice(0, 300)}`);
  return answer;
}

if (args.out) {
  mkdirSync(args.out, { recursive: true });
  for (const name of Object.keys(CASES)) {
    const answer = await ask(name);
    writeFileSync(`${args.out}/${name}.json`, answer);
    console.log(`${name}: ${answer.length.toLocaleString('en')} characters`);
  }
}
const rounds = Number(args.rounds);
for (const name of rounds > 0 ? args.cases.split(',') : []) {
  for (let i = 0; i < 5; i++) await ask(name);
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await ask(name);
    latencies.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  latencies.sort((x, y) => x - y);
  console.log(
    `${name}: Node CPU ${((used.user + used.system) / 1000 / rounds).toFixed(1)} ms per request, p50 ${latencies[latencies.length >> 1]!.toFixed(1)} ms (${rounds} requests)`,
  );
}
await running.stop();
process.exit(0);
