// `npm run start:server` (scripts/toolchain.mjs start:server): the product as in production, each service its own
// process on DATABASE_URL. This supervisor creates the database when absent, migrates it once (under the
// migrations' advisory lock), makes the signing key pair and the gateway ↔ subgraph secret into files on the first
// start (mode 0600; the environment's values win), starts the four subgraphs then the gateway as child processes with
// the Node that runs it, restarts a service that dies (with backoff), and on SIGTERM/SIGINT stops the gateway first
// (it drains the requests in flight), then the subgraphs, and exits 0.
// Every core at work (issue 16 §2): each service runs NAVETTE_WORKERS processes (default: as many in all as cores) sharing its
// port (SO_REUSEPORT: the kernel spreads the connections), each with a pool sized so that all of them together stay
// under PostgreSQL's max_connections (planPools). The embedded mode (`npm start`, PGlite) stays one process.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { z } from 'zod';
import { derivePublicKeyPem } from '@navette/auth';
import { createDatabase, requestTimeoutsFromEnvironment, runMigrations, seedDemoData } from '@navette/db';
import {
  configureLogging,
  loadOrCreateSigningKeys,
  pemFromEnvironment,
  planLayout,
  workersFromSetting,
  type ConnectionLimits,
  serializeError,
  shutdownGracePeriodMs,
  stopOnTerminationSignals,
} from '@navette/subgraph-server';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

const Environment = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (postgres://user@host:5432/navette)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  /** The gateway's port; the subgraphs take the next four unless NAVETTE_SUBGRAPH_BASE_PORT says otherwise. */
  NAVETTE_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  NAVETTE_HOST: z.string().default('0.0.0.0'),
  NAVETTE_SUBGRAPH_BASE_PORT: z.coerce.number().int().min(1).max(65531).optional(),
  /** Where the generated key pair, secret and process list live. */
  NAVETTE_STATE_DIR: z.string().default(resolve(repositoryRoot, '.navette/server')),
  NAVETTE_DEMO_DATA: z.enum(['0', '1', 'true', 'false']).optional(),
  NAVETTE_AUTH_PRIVATE_KEY: z.string().optional(),
  NAVETTE_AUTH_PUBLIC_KEY: z.string().optional(),
  NAVETTE_SUBGRAPH_SECRET: z.string().min(32, 'NAVETTE_SUBGRAPH_SECRET must hold at least 32 characters').optional(),
  /** Worker processes per service: a count or `auto` (as many processes in all as cores). */
  NAVETTE_WORKERS: z.string().optional(),
  /** Connections per process; by default derived from max_connections and the number of processes. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
});

const logger = configureLogging('server-mode');
const parsed = Environment.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    logger.fatal({ variable: issue.path.join('.') }, `Configuration error: ${issue.message}`);
  process.exit(2);
}
const env = parsed.data;
let requestedWorkers: number;
try {
  requestedWorkers = workersFromSetting(env.NAVETTE_WORKERS);
} catch (error) {
  logger.fatal({ variable: 'NAVETTE_WORKERS' }, `Configuration error: ${(error as Error).message}`);
  process.exit(2);
}
try {
  requestTimeoutsFromEnvironment(); // NAVETTE_DB_STATEMENT_TIMEOUT_MS, NAVETTE_DB_LOCK_TIMEOUT_MS: checked before any start
} catch (error) {
  logger.fatal({}, (error as Error).message);
  process.exit(2);
}
const demoData =
  process.argv.includes('--demo-data') || env.NAVETTE_DEMO_DATA === '1' || env.NAVETTE_DEMO_DATA === 'true';

/** CREATE DATABASE when absent, from the server's `postgres` database (CREATE DATABASE cannot run in a transaction). */
async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  try {
    // Two supervisors starting at once: one creates, the other waits on the lock then sees it. A session lock on one
    // reserved connection: CREATE DATABASE cannot run inside a transaction.
    const connection = await admin.reserve();
    try {
      await connection`select pg_advisory_lock(hashtext('navette:create-database'))`;
      const [row] = await connection`select 1 as found from pg_database where datname = ${name}`;
      if (!row) {
        await connection.unsafe(`create database "${name.replace(/"/g, '""')}"`);
        logger.info({ database: name }, 'database created');
      }
      await connection`select pg_advisory_unlock(hashtext('navette:create-database'))`;
    } finally {
      connection.release();
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** The secret the gateway and the subgraphs share (request signing): the environment's, or a file made once. */
function loadOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  logger.info({ file }, 'subgraph secret generated');
  return secret;
}

/**
 * What the server allows: max_connections less the connections reserved to superusers (and roles, from 16), and the
 * database's or the role's CONNECTION LIMIT when one is set (-1: none).
 */
async function readConnectionLimits(url: string): Promise<ConnectionLimits> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ max: number; reserved: number; database: number; role: number }[]>`
      select current_setting('max_connections')::int as max,
             current_setting('superuser_reserved_connections')::int
               + coalesce(current_setting('reserved_connections', true)::int, 0) as reserved,
             (select datconnlimit from pg_database where datname = current_database()) as database,
             (select rolconnlimit from pg_roles where rolname = current_user) as role`;
    const set = [row!.database, row!.role].filter((limit) => limit >= 0);
    return {
      maxConnections: row!.max,
      reservedConnections: row!.reserved,
      connectionLimit: set.length > 0 ? Math.min(...set) : null,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

interface ServiceSpec {
  name: string;
  /** Its index among the workers of the same service (0 to NAVETTE_WORKERS − 1). */
  worker: number;
  script: string;
  port: number;
  /** Path answering 200 once the service serves. */
  health: string;
  env: Record<string, string>;
}

/** One child process, restarted with backoff (0.5 s doubling to 30 s; reset after 30 s up) while not stopping. */
class Service {
  child: ChildProcess | undefined;
  private stopping = false;
  private failures = 0;
  private startedAt = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private exited: Promise<number | null> = Promise.resolve(0);
  starts = 0;

  constructor(
    readonly spec: ServiceSpec,
    private readonly onChange: () => void,
  ) {}

  start(): void {
    this.starts += 1;
    this.startedAt = Date.now();
    const child = spawn(process.execPath, [this.spec.script], {
      cwd: repositoryRoot,
      env: this.spec.env,
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its own process group: a Ctrl-C reaches this supervisor only, which stops the services in order.
      detached: true,
    });
    this.child = child;
    this.exited = new Promise((resolveExit) => {
      child.once('exit', (code, signal) => {
        this.child = undefined;
        this.onChange();
        resolveExit(code);
        if (this.stopping) return;
        this.failures = Date.now() - this.startedAt > 30_000 ? 1 : this.failures + 1;
        const delay = Math.min(30_000, 500 * 2 ** (this.failures - 1));
        logger.warn(
          { name: this.spec.name, worker: this.spec.worker, code, signal, restartInMs: delay },
          'service exited: restarting',
        );
        this.restartTimer = setTimeout(() => this.start(), delay);
      });
    });
    logger.info(
      { name: this.spec.name, worker: this.spec.worker, childPid: child.pid, port: this.spec.port, start: this.starts },
      'service started',
    );
    this.onChange();
  }

  /** SIGTERM, then SIGKILL if it has not exited after the grace period and 5 s. Resolves with its exit code. */
  async stop(): Promise<number | null> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child) return 0;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), shutdownGracePeriodMs() + 5_000);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills it at once (this supervisor's own exit). */
  kill(): void {
    this.stopping = true;
    this.child?.kill('SIGKILL');
  }
}

async function waitHealthy(service: Service, timeoutMs = 120_000): Promise<void> {
  const url = `http://127.0.0.1:${service.spec.port}${service.spec.health}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${service.spec.name} did not answer ${service.spec.health} within ${timeoutMs / 1000} s`);
}

const stateDir = resolve(env.NAVETTE_STATE_DIR);
mkdirSync(stateDir, { recursive: true, mode: 0o700 });

let limits: ConnectionLimits;
try {
  await ensureDatabase(env.DATABASE_URL);
  limits = await readConnectionLimits(env.DATABASE_URL);
  const handle = await createDatabase({ url: env.DATABASE_URL, maxConnections: 1 });
  try {
    await runMigrations(handle);
    logger.info('migrations applied');
    if (demoData) {
      const { inserted } = await seedDemoData(handle.db);
      logger.info({ inserted }, inserted ? 'demo data loaded' : 'demo data already there');
    }
  } finally {
    await handle.close();
  }
} catch (error) {
  logger.fatal({ err: serializeError(error) }, 'could not prepare the database');
  process.exit(1);
}

// Keys: the environment's when given (the private key alone is enough: the public one derives from it).
const givenPrivate = pemFromEnvironment(env.NAVETTE_AUTH_PRIVATE_KEY);
let privateKeyPem: string;
let publicKeyPem: string;
if (givenPrivate) {
  privateKeyPem = givenPrivate;
  publicKeyPem = pemFromEnvironment(env.NAVETTE_AUTH_PUBLIC_KEY) ?? derivePublicKeyPem(givenPrivate);
} else if (env.NAVETTE_AUTH_PUBLIC_KEY) {
  logger.fatal(
    'Configuration error: NAVETTE_AUTH_PUBLIC_KEY is given without NAVETTE_AUTH_PRIVATE_KEY (the structures subgraph signs people in)',
  );
  process.exit(2);
} else {
  const keyFile = join(stateDir, 'signing-key.pem');
  const existed = existsSync(keyFile);
  ({ privateKeyPem, publicKeyPem } = loadOrCreateSigningKeys(keyFile));
  if (!existed) logger.info({ file: keyFile }, 'signing key pair generated');
}
const secret = env.NAVETTE_SUBGRAPH_SECRET ?? loadOrCreateSecret(join(stateDir, 'subgraph-secret'));

// The layout: as many workers as asked; with `auto`, fewer when PostgreSQL cannot give each process two connections;
// an explicit count that does not fit is refused (planLayout).
let layout: ReturnType<typeof planLayout>;
try {
  layout = planLayout(env.NAVETTE_WORKERS, limits);
} catch (error) {
  logger.fatal(
    { variable: 'NAVETTE_WORKERS', workers: requestedWorkers, ...limits },
    `Configuration error: ${(error as Error).message}`,
  );
  process.exit(2);
}
const { workers, pools } = layout;
const poolSize = env.DATABASE_POOL_SIZE ?? pools.perProcess;
// The gateway only checks identities and counts limits: half a subgraph's pool is plenty (5 by default).
const gatewayPoolSize = env.DATABASE_POOL_SIZE ?? Math.max(1, Math.min(5, pools.perProcess));

const base = env.NAVETTE_SUBGRAPH_BASE_PORT ?? env.NAVETTE_PORT + 1;
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined && !/^(NAVETTE_AUTH_|NAVETTE_SUBGRAPH_SECRET$|PORT$|HOST$)/.test(entry[0]),
  ),
);
const common = {
  NODE_ENV: 'production',
  ...inherited,
  DATABASE_URL: env.DATABASE_URL,
  NAVETTE_SUBGRAPH_SECRET: secret,
};
const subgraphNames = ['structures', 'parcours', 'formation', 'pilotage'] as const;
/** One spec per worker of a service: same port, SO_REUSEPORT when there are several. */
const workersOf = (spec: Omit<ServiceSpec, 'worker'>): ServiceSpec[] =>
  Array.from({ length: workers }, (_, worker) => ({
    ...spec,
    worker,
    env: { ...spec.env, NAVETTE_WORKER: String(worker), NAVETTE_REUSE_PORT: workers > 1 ? '1' : '0' },
  }));
const subgraphSpecs: Omit<ServiceSpec, 'worker'>[] = subgraphNames.map((name, i) => ({
  name: `subgraph-${name}`,
  script: join(repositoryRoot, `apps/subgraph-${name}/dist/main.js`),
  port: base + i,
  health: '/health',
  env: {
    ...common,
    NAVETTE_SERVICE: `subgraph-${name}`,
    // Each process's spans under its own service name (docs/operations.md).
    OTEL_SERVICE_NAME: `subgraph-${name}`,
    PORT: String(base + i),
    // Internal services: loopback only, the gateway is the way in.
    HOST: '127.0.0.1',
    DATABASE_POOL_SIZE: String(poolSize),
    // Only the sign-in subgraph holds the private key.
    ...(name === 'structures'
      ? { NAVETTE_AUTH_PRIVATE_KEY: privateKeyPem }
      : { NAVETTE_AUTH_PUBLIC_KEY: publicKeyPem }),
  },
}));
const gatewaySpec: Omit<ServiceSpec, 'worker'> = {
  name: 'gateway',
  script: join(repositoryRoot, 'apps/gateway/dist/main.js'),
  port: env.NAVETTE_PORT,
  health: '/healthcheck',
  env: {
    ...common,
    NAVETTE_SERVICE: 'gateway',
    OTEL_SERVICE_NAME: 'gateway',
    PORT: String(env.NAVETTE_PORT),
    HOST: env.NAVETTE_HOST,
    DATABASE_POOL_SIZE: String(gatewayPoolSize),
    NAVETTE_AUTH_PUBLIC_KEY: publicKeyPem,
    ...Object.fromEntries(
      subgraphSpecs.map((s, i) => [
        `SUBGRAPH_${subgraphNames[i]!.toUpperCase()}_URL`,
        `http://127.0.0.1:${s.port}/graphql`,
      ]),
    ),
  },
};

// The services' pids, for the operators and the load script (RSS of each process).
const processFile = join(stateDir, 'processes.json');
const writeProcesses = () => {
  const list = services.map((s) => ({
    name: s.spec.name,
    worker: s.spec.worker,
    pid: s.child?.pid ?? null,
    port: s.spec.port,
    starts: s.starts,
  }));
  writeFileSync(`${processFile}.tmp`, JSON.stringify({ supervisor: process.pid, services: list }, null, 2));
  renameSync(`${processFile}.tmp`, processFile);
};
const services: Service[] = [];
const subgraphs = subgraphSpecs.flatMap(workersOf).map((spec) => new Service(spec, writeProcesses));
const gateways = workersOf(gatewaySpec).map((spec) => new Service(spec, writeProcesses));
services.push(...subgraphs, ...gateways);
/** One health check per service (the port answers once one of its workers listens). */
const firstWorkers = (list: Service[]) => list.filter((s) => s.spec.worker === 0);
process.on('exit', () => {
  for (const service of services) service.kill();
});

let stopRequested = false;
stopOnTerminationSignals(async () => {
  stopRequested = true;
  // The gateway first: it finishes the requests in flight, which need the subgraphs; then the subgraphs.
  const codes = [
    ...(await Promise.all(gateways.map((s) => s.stop()))),
    ...(await Promise.all(subgraphs.map((s) => s.stop()))),
  ];
  const failed = [...gateways, ...subgraphs]
    .filter((_, i) => codes[i] !== 0 && codes[i] !== null)
    .map((s) => `${s.spec.name}#${s.spec.worker}`);
  if (failed.length > 0) throw new Error(`services that did not stop cleanly: ${failed.join(', ')}`);
}, logger);

try {
  for (const service of subgraphs) service.start();
  await Promise.all(firstWorkers(subgraphs).map((s) => waitHealthy(s)));
  if (!stopRequested) {
    for (const gateway of gateways) gateway.start();
    await Promise.all(firstWorkers(gateways).map((s) => waitHealthy(s)));
    logger.info(
      {
        workersPerService: workers,
        poolSize,
        gatewayPoolSize,
        maxConnections: limits.maxConnections,
        connectionLimit: limits.connectionLimit,
        url: `http://${env.NAVETTE_HOST === '0.0.0.0' ? '127.0.0.1' : env.NAVETTE_HOST}:${env.NAVETTE_PORT}/graphql`,
        processes: processFile,
      },
      'server mode ready',
    );
  }
} catch (error) {
  if (!stopRequested) {
    logger.fatal({ err: serializeError(error) }, 'services did not start');
    process.exit(1);
  }
}
