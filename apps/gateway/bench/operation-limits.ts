// What the operation limits add (issue 11), in one run, written up in docs/benchmarks.md ("Operation limits"):
//   1. per portal operation (all persisted documents of the four portals and @navette/ui), the time of the gateway's
//      checks with and without the limits, p50/p99 in microseconds:
//        - cold: a document seen for the first time (parse + validate + cost);
//        - warm: a document already parsed and validated (Yoga caches both per document), so only the per-request
//          checks remain (cost with the variables, introspection guard);
//   2. the CPU time of rejecting a 100-level cyclic query: the checks alone (and their parts), and the gateway's whole
//      request over HTTP (the product's startGateway in a child process, whose own CPU time is read).
//
//   node apps/gateway/bench/operation-limits.ts [--rounds=200]
//
// Needs the workspace built (dist/ of @navette/subgraph-server and @navette/gateway). No database: rejected queries
// never reach a subgraph.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  buildSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import {
  OPERATION_LIMITS,
  asksForSchema,
  costLimitError,
  generateGatewaySecret,
  limitedParseOptions,
  operationLimitRules,
} from '@navette/subgraph-server';
import { startGateway } from '@navette/gateway';
import { ANONYMOUS } from '@navette/auth';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '200' }, role: { type: 'string' } },
});
const rounds = Number(args.rounds);

if (args.role === 'gateway') {
  // The child: the product's gateway, anonymous callers (a refused query never reaches a subgraph).
  const gateway = await startGateway({
    port: 0,
    subgraphSecret: generateGatewaySecret(),
    authenticate: () => Promise.resolve(ANONYMOUS),
  });
  process.on('message', (message) => {
    if (message === 'cpu') process.send!({ cpu: process.cpuUsage() });
    if (message === 'stop') void gateway.stop().then(() => process.exit(0));
  });
  process.send!({ url: gateway.url });
  await new Promise(() => {});
}

const root = new URL('../../../', import.meta.url);
const schema: GraphQLSchema = buildSchema(readFileSync(new URL('apps/gateway/schema.graphql', root), 'utf8'));
const texts = [
  'apps/portal-prescripteur',
  'apps/portal-siae',
  'apps/portal-agence',
  'apps/console-pilotage',
  'packages/ui',
].flatMap((dir) =>
  Object.values(
    JSON.parse(readFileSync(new URL(`${dir}/src/generated/persisted-documents.json`, root), 'utf8')) as Record<
      string,
      string
    >,
  ),
);
const documents = [...new Set(texts)];

/** Page sizes of 100 wherever a `first` is a variable (the worst the API accepts); other variables absent. */
function variablesOf(document: DocumentNode): Record<string, unknown> {
  const operation = getOperationAST(document) as OperationDefinitionNode;
  return Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((v) => v.variable.name.value === 'first')
      .map((v) => [v.variable.name.value, 100]),
  );
}

const limitRules = operationLimitRules();
const rules = [...specifiedRules, ...limitRules];

function coldWithout(text: string): void {
  const document = parse(text);
  if (validate(schema, document, specifiedRules).length) throw new Error('invalid');
}
function coldWith(text: string): void {
  const document = parse(text, limitedParseOptions());
  if (validate(schema, document, rules).length) throw new Error('refused');
  if (asksForSchema(document, getOperationAST(document) ?? undefined)) throw new Error('schema');
  if (costLimitError(schema, document, variablesOf(document), undefined)) throw new Error('cost');
}
const parsed = documents.map((text) => {
  const document = parse(text);
  return { document, variables: variablesOf(document) };
});
function warmWith(i: number): void {
  const { document, variables } = parsed[i]!;
  if (asksForSchema(document, getOperationAST(document) ?? undefined)) throw new Error('schema');
  if (costLimitError(schema, document, variables, undefined)) throw new Error('cost');
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Microseconds per call, one sample per (round, document). */
function time(run: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < documents.length; i++) {
      const start = process.hrtime.bigint();
      run(i);
      samples.push(Number(process.hrtime.bigint() - start) / 1_000);
    }
  }
  return samples;
}

// Warm up the JIT on every path before measuring.
for (let r = 0; r < 20; r++) documents.forEach((t, i) => (coldWithout(t), coldWith(t), warmWith(i)));

const cold = {
  without: percentiles(time((i) => coldWithout(documents[i]!))),
  with: percentiles(time((i) => coldWith(documents[i]!))),
};
const warm = { without: { p50: 0, p99: 0 }, with: percentiles(time(warmWith)) };

// The 100-level cyclic query of the issue (departement → employmentAreas → departement → …).
let inner = 'code';
for (let level = 2; level < 100; level += 2) inner = `employmentAreas { departement { ${inner} } }`;
const deepQuery = `{ departements { ${inner} } }`;
function rejectDeep(): void {
  const document = parse(deepQuery, limitedParseOptions());
  const errors = validate(schema, document, rules);
  if (!errors.some((e) => e.extensions['limit'] === 'depth')) throw new Error('not refused');
}
for (let i = 0; i < 50; i++) rejectDeep();
const deepRounds = 1_000;
let cpu = process.cpuUsage();
for (let i = 0; i < deepRounds; i++) rejectDeep();
cpu = process.cpuUsage(cpu);
const deepChecksMs = (cpu.user + cpu.system) / 1_000 / deepRounds;

const partRounds = 1_000;
const cpuPerCall = (run: () => void): number => {
  const before = process.cpuUsage();
  for (let i = 0; i < partRounds; i++) run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1_000 / partRounds;
};
const deepDocument = parse(deepQuery);
const parts = {
  parse: cpuPerCall(() => parse(deepQuery, limitedParseOptions())),
  specifiedRules: cpuPerCall(() => validate(schema, deepDocument, specifiedRules)),
  limitRules: cpuPerCall(() => validate(schema, deepDocument, limitRules)),
};

// Through the real gateway, over HTTP, in a child process whose CPU time is read before and after.
const child = fork(fileURLToPath(import.meta.url), ['--role=gateway'], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const next = () =>
  new Promise<{ url?: string; cpu?: NodeJS.CpuUsage }>((resolve) => child.once('message', (m) => resolve(m as never)));
const { url } = await next();
const post = async () => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: deepQuery }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { limit?: string } }[] };
  if (response.status !== 400 || body.errors?.[0]?.extensions?.limit !== 'depth')
    throw new Error(`not refused: ${JSON.stringify(body)}`);
};
for (let i = 0; i < 100; i++) await post();
const httpRounds = 500;
child.send('cpu');
const before = (await next()).cpu!;
for (let i = 0; i < httpRounds; i++) await post();
child.send('cpu');
const after = (await next()).cpu!;
child.send('stop');
const deepHttpMs = (after.user - before.user + after.system - before.system) / 1_000 / httpRounds;

const fmt = (n: number) => n.toFixed(1).padStart(8);
console.log(
  `Operation limits: ${documents.length} distinct persisted documents × ${rounds} rounds, limits ${JSON.stringify(OPERATION_LIMITS)}`,
);
console.log('checks per request (µs)            p50       p99');
console.log(`cold, without limits          ${fmt(cold.without.p50)}  ${fmt(cold.without.p99)}   (parse + validate)`);
console.log(
  `cold, with limits             ${fmt(cold.with.p50)}  ${fmt(cold.with.p99)}   (parse with maxTokens + validate with limits + cost)`,
);
console.log(
  `  added                       ${fmt(cold.with.p50 - cold.without.p50)}  ${fmt(cold.with.p99 - cold.without.p99)}`,
);
console.log(
  `warm (cached document), added ${fmt(warm.with.p50)}  ${fmt(warm.with.p99)}   (cost with variables + introspection guard)`,
);
console.log(
  `rejecting the 100-level query, CPU per request: checks ${deepChecksMs.toFixed(3)} ms (parse ${parts.parse.toFixed(3)}, ` +
    `graphql-js rules ${parts.specifiedRules.toFixed(3)}, limit rules ${parts.limitRules.toFixed(3)}); ` +
    `the gateway's whole HTTP request ${deepHttpMs.toFixed(3)} ms`,
);
