// Server mode as run by `npm run start:server`: the supervisor (dist/server-mode.js) on a database that does not exist
// yet, the four subgraphs and the gateway as separate processes. Faults are real: SIGTERM during traffic (requests
// held in flight by a table lock), SIGKILL of a subgraph, SIGTERM of the supervisor. Every line the processes print
// is captured: the last test fails if a personal datum of the people recorded here appears in any of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { get as httpGet } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { DEMO_PASSWORD } from '@navette/db';
import { adminUrl, createTestDatabase } from '@navette/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, signedInHeaders } from './testing/graphql.js';

const supervisorScript = fileURLToPath(new URL('../dist/server-mode.js', import.meta.url));
const databaseName = `navette_test_sm_${randomBytes(5).toString('hex')}`;
const databaseUrl = (() => {
  const u = new URL(adminUrl());
  u.pathname = `/${databaseName}`;
  return u.toString();
})();
const stateDir = mkdtempSync(join(tmpdir(), 'navette-server-mode-'));

// The personal data of this file's people: none of it may reach a log line.
const PERSON = {
  firstName: 'Zéphyrine',
  lastName: 'Quillebœuf-Marchetti',
  birthDate: '1987-04-23',
  email: 'zephyrine.quilleboeuf@exemple.fr',
  phone: '06 71 42 93 58',
};
const PERSONAL = [
  PERSON.firstName,
  PERSON.lastName,
  'Quilleb',
  PERSON.birthDate,
  '23/04/1987',
  PERSON.email,
  'zephyrine',
  PERSON.phone,
  '0671429358',
  '71 42 93',
  'Rejetée-Ondine',
  '1991-02-30',
  'pas-une-adresse',
];

type Line = Record<string, unknown>;
const output: string[] = [];
const lines: Line[] = [];
let supervisor: ChildProcess;
let supervisorExit: Promise<number | null>;
let gatewayUrl: string;
let headers: Record<string, string>;
let admin: postgres.Sql;
/** Connections per worker, as the supervisor planned them from max_connections. */
let poolSize: number;

async function freePorts(count: number): Promise<number> {
  // `count` consecutive free ports (the gateway's, then the subgraphs').
  const probe = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
    });
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (let i = 0; i < count && ok; i++) ok = await probe(base + i);
    if (ok) return base;
  }
}

async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 300_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const lineWhere =
  (predicate: (line: Line) => boolean, from = 0) =>
  () =>
    lines.slice(from).find(predicate);

/** Two workers per service (NAVETTE_WORKERS=2), sharing each service's port. */
const WORKERS = 2;

function processList() {
  return (
    JSON.parse(readFileSync(join(stateDir, 'processes.json'), 'utf8')) as {
      services: { name: string; worker: number; pid: number | null }[];
    }
  ).services;
}

/** The pid of a service's first worker. */
function pidOf(service: string): number {
  const pid = processList().find((s) => s.name === service && s.worker === 0)?.pid;
  if (!pid) throw new Error(`${service} has no process`);
  return pid;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** GET on a connection of its own (no keep-alive pool): the kernel picks the worker that accepts it. */
function statusOnNewConnection(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpGet(`http://127.0.0.1:${new URL(gatewayUrl).port}${path}`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once('error', reject);
  });
}

const PEOPLE = '{ people(first: 3) { edges { node { id } } } }';

/**
 * Holds parcours.people under an exclusive lock, sends `n` reads that wait on it (in flight), runs `during` (the fault),
 * releases the lock and returns the answers.
 */
async function inFlightThrough(n: number, during: () => Promise<void>) {
  const target = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const locker = await target.reserve();
  try {
    await locker`begin`;
    await locker`lock table parcours.people in access exclusive mode`;
    const requests = Array.from({ length: n }, () =>
      graphql<{ people: { edges: unknown[] } }>(
        `
          ${gatewayUrl}
        `,
        PEOPLE,
        {},
        headers,
      ),
    );
    // In flight for sure: each request holds one of the subgraph's connections, waiting on the lock. Hence n at most
    // one worker's pool (all may reach the same worker): past it, a request could still be on its way to the subgraph
    // when the stop begins (the gateway's retry covers that race for reads: faults.integration.test.ts) or wait in
    // the pool's queue past its 3 s bound.
    if (n > poolSize) throw new Error(`at most one worker's pool (${poolSize}) requests in flight`);
    await waitFor('requests waiting on the lock', async () => {
      const [row] = await admin<
        { n: number }[]
      >`select count(*)::int as n from pg_stat_activity where datname = ${databaseName} and wait_event_type = 'Lock'`;
      return (row?.n ?? 0) >= n;
    });
    await during();
    await locker`rollback`;
    return await Promise.all(requests);
  } finally {
    locker.release();
    await target.end({ timeout: 5 });
  }
}

beforeAll(async () => {
  admin = postgres(adminUrl(), { max: 3, onnotice: () => {} });
  const base = await freePorts(5);
  gatewayUrl = `http://127.0.0.1:${base}/graphql`;
  supervisor = spawn(process.execPath, [supervisorScript], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NAVETTE_PORT: String(base),
      NAVETTE_HOST: '127.0.0.1',
      NAVETTE_STATE_DIR: stateDir,
      NAVETTE_DEMO_DATA: '1',
      NAVETTE_WORKERS: String(WORKERS),
      // The requests held on a table lock (inFlightThrough) wait until the stop is under way — a condition, however
      // long a loaded machine takes to reach it — not production's bounds (lock 2 s, statement 5 s, gateway → subgraph
      // 10 s), which would answer them SERVICE_UNAVAILABLE first at load average 30.
      NAVETTE_DB_LOCK_TIMEOUT_MS: '0',
      NAVETTE_DB_STATEMENT_TIMEOUT_MS: '0',
      NAVETTE_UPSTREAM_TIMEOUT_MS: '600000',
      // The test sends documents of its own with users' tokens (refused with NODE_ENV=production).
      NAVETTE_AD_HOC_DOCUMENTS_FOR_USERS: '1',
      NODE_ENV: 'test',
      // Every level: no personal data even in debug lines.
      LOG_LEVEL: 'debug',
      NAVETTE_AUTH_PRIVATE_KEY: '',
      NAVETTE_AUTH_PUBLIC_KEY: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  supervisorExit = new Promise((resolve) => supervisor.once('exit', (code) => resolve(code)));
  for (const stream of [supervisor.stdout!, supervisor.stderr!]) {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n')) >= 0) {
        const text = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        output.push(text);
        try {
          lines.push(JSON.parse(text) as Line);
        } catch {
          lines.push({ unstructured: text });
        }
      }
    });
  }
  await waitFor(
    'server mode ready',
    lineWhere((l) => l['msg'] === 'server mode ready' || l['level'] === 'fatal'),
  );
  const fatal = lines.find((l) => l['level'] === 'fatal');
  if (fatal) throw new Error(`server mode did not start: ${JSON.stringify(fatal)}`);
  poolSize = Number(lines.find((l) => l['msg'] === 'server mode ready')?.['poolSize']);
  headers = await signedInHeaders(gatewayUrl, 'prescripteur@demo.navette.fr', DEMO_PASSWORD);
});

afterAll(async () => {
  if (supervisor && supervisor.exitCode === null) {
    supervisor.kill('SIGTERM');
    await supervisorExit;
  }
  await admin?.unsafe(`drop database if exists "${databaseName}" with (force)`);
  await admin?.end({ timeout: 5 });
  rmSync(stateDir, { recursive: true, force: true });
});

describe('server mode (npm run start:server)', () => {
  it('refuses a NAVETTE_WORKERS that is not a count, naming the variable, before touching the database', async () => {
    const bad = spawn(process.execPath, [supervisorScript], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', NAVETTE_WORKERS: 'deux' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    bad.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => bad.once('exit', resolve));
    expect(code).toBe(2);
    expect(printed).toContain('Configuration error: NAVETTE_WORKERS must be');
  });

  it('refuses an explicit NAVETTE_WORKERS whose processes the database cannot serve: configuration error, status 2', async () => {
    // A migrated database of its own whose CONNECTION LIMIT (20) cannot hold two workers per service: ten processes
    // at two connections each beside the five kept for operators need 25. Refused after reading the limits, before
    // any service starts (with `auto` the supervisor would run fewer workers instead: workers.test.ts).
    const tight = await createTestDatabase();
    const state = mkdtempSync(join(tmpdir(), 'navette-server-mode-tight-'));
    try {
      await admin.unsafe(`alter database "${tight.name}" connection limit 20`);
      const refused = spawn(process.execPath, [supervisorScript], {
        env: {
          ...process.env,
          DATABASE_URL: tight.url,
          NAVETTE_PORT: String(await freePorts(5)),
          NAVETTE_HOST: '127.0.0.1',
          NAVETTE_STATE_DIR: state,
          NAVETTE_WORKERS: '2',
          NAVETTE_AUTH_PRIVATE_KEY: '',
          NAVETTE_AUTH_PUBLIC_KEY: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let printed = '';
      for (const stream of [refused.stdout, refused.stderr])
        stream.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => refused.once('exit', resolve));
      expect(code).toBe(2);
      const fatal = printed
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Line)
        .find((line) => line['level'] === 'fatal');
      expect(fatal).toMatchObject({ variable: 'NAVETTE_WORKERS', connectionLimit: 20 });
      expect(fatal?.['msg']).toMatch(
        /^Configuration error: NAVETTE_WORKERS=2 needs .*CONNECTION LIMIT.*lower NAVETTE_WORKERS/,
      );
      expect(printed).not.toContain('server mode ready');
    } finally {
      await tight.drop();
      rmSync(state, { recursive: true, force: true });
    }
  });

  it('created the database, migrated it, generated the key pair and the subgraph secret (0600), and answers', async () => {
    expect(lines.some((l) => l['msg'] === 'database created' && l['database'] === databaseName)).toBe(true);
    for (const file of ['signing-key.pem', 'subgraph-secret']) {
      expect(statSync(join(stateDir, file)).mode & 0o777).toBe(0o600);
    }
    expect(readFileSync(join(stateDir, 'subgraph-secret'), 'utf8').trim().length).toBeGreaterThanOrEqual(32);
    const answer = await graphql<{ people: { edges: unknown[] } }>(gatewayUrl, PEOPLE, {}, headers);
    expect(answer.errors).toBeUndefined();
    // Five services besides the supervisor, each two workers alive.
    for (const name of [
      'subgraph-structures',
      'subgraph-parcours',
      'subgraph-formation',
      'subgraph-pilotage',
      'gateway',
    ]) {
      const pids = processList()
        .filter((s) => s.name === name)
        .map((s) => s.pid);
      expect(new Set(pids).size, name).toBe(WORKERS);
      expect(
        pids.every((pid) => pid !== null && alive(pid)),
        name,
      ).toBe(true);
    }
    // Every pool together within what PostgreSQL serves (issue 16 §2), keeping room for everyone else.
    const ready = lines.find((l) => l['msg'] === 'server mode ready')!;
    const [limits] = await admin<{ max: number }[]>`select current_setting('max_connections')::int as max`;
    expect(ready['workersPerService']).toBe(WORKERS);
    expect(poolSize).toBeGreaterThanOrEqual(2);
    expect(poolSize * WORKERS * 4 + Number(ready['gatewayPoolSize']) * WORKERS).toBeLessThan(limits!.max - 5);
  });

  it('logs JSON lines; an error in a subgraph is logged under the request id the gateway sent', async () => {
    // A person recorded (personal data in the variables and the SQL parameters).
    const recorded = await graphql(
      gatewayUrl,
      'mutation($input: PersonInput!) { recordPerson(input: $input) { id } }',
      { input: PERSON },
      headers,
    );
    expect(recorded.errors).toBeUndefined();
    // Validation errors (the values are quoted back by GraphQL and the rules).
    const invalidDate = await graphql(
      gatewayUrl,
      'mutation($input: PersonInput!) { recordPerson(input: $input) { id } }',
      { input: { ...PERSON, birthDate: '1991-02-30' } },
      headers,
    );
    expect(invalidDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalidEmail = await graphql(
      gatewayUrl,
      'mutation($input: PersonInput!) { recordPerson(input: $input) { id } }',
      { input: { ...PERSON, email: 'pas-une-adresse' } },
      headers,
    );
    expect(invalidEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // A constraint violation whose DETAIL holds the value ("Key (email)=(…) already exists").
    const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await db.unsafe(
        `create unique index navette_test_people_email on parcours.people (email) where email like '%@exemple.fr'`,
      );
      // An internal error whose message quotes personal data (as PostgreSQL's data exceptions do).
      await db.unsafe(`
        create function parcours.navette_test_reject() returns trigger language plpgsql as $$
        begin
          if new.first_name = 'Rejetée-Ondine' then
            raise exception 'rejected % % born %', new.first_name, new.email, new.birth_date using errcode = '22023';
          end if;
          return new;
        end $$;
        create trigger navette_test_reject before insert on parcours.people for each row execute function parcours.navette_test_reject();`);
    } finally {
      await db.end({ timeout: 5 });
    }
    // Another person with the same e-mail: past the natural key of people (name and birth date, migration 0016), caught by
    // the index above; a unique violation is the user's CONFLICT, logged as a warning by constraint name only.
    const duplicateId = `test-duplicate-${randomBytes(4).toString('hex')}`;
    const duplicate = await graphql(
      gatewayUrl,
      'mutation($input: PersonInput!) { recordPerson(input: $input) { id } }',
      { input: { ...PERSON, firstName: 'Homonyme-Évariste' } },
      { ...headers, 'x-request-id': duplicateId },
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const internalId = `test-internal-${randomBytes(4).toString('hex')}`;
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': internalId, ...headers },
      body: JSON.stringify({
        query: 'mutation($input: PersonInput!) { recordPerson(input: $input) { id } }',
        variables: { input: { ...PERSON, firstName: 'Rejetée-Ondine', email: 'ondine@exemple.fr' } },
      }),
    });
    expect(response.headers.get('x-request-id')).toBe(internalId);
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    // The subgraph's line of each error: under the gateway's request id, with the SQLSTATE and no values.
    const internalLine = await waitFor(
      'the internal error logged by the parcours subgraph',
      lineWhere((l) => l['service'] === 'subgraph-parcours' && l['requestId'] === internalId && l['level'] === 'error'),
    );
    expect(JSON.stringify(internalLine)).toContain('22023');
    const duplicateLine = await waitFor(
      'the constraint violation logged by the parcours subgraph',
      lineWhere((l) => l['service'] === 'subgraph-parcours' && l['requestId'] === duplicateId && l['level'] === 'warn'),
    );
    expect(JSON.stringify(duplicateLine)).toContain('navette_test_people_email');
    expect(
      lines.every((l) => 'unstructured' in l || (typeof l['level'] === 'string' && typeof l['time'] === 'string')),
    ).toBe(true);

    const db2 = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await db2.unsafe(
        'drop trigger navette_test_reject on parcours.people; drop index parcours.navette_test_people_email',
      );
    } finally {
      await db2.end({ timeout: 5 });
    }
  });

  it('SIGTERM to a subgraph during traffic: every request in flight is answered, it exits 0 and is restarted', async () => {
    const pid = pidOf('subgraph-parcours');
    const from = lines.length;
    const answers = await inFlightThrough(poolSize, async () => {
      process.kill(pid, 'SIGTERM');
      await waitFor(
        'the subgraph stopping',
        lineWhere(
          (l) => l['service'] === 'subgraph-parcours' && l['pid'] === pid && String(l['msg']).startsWith('stopping'),
          from,
        ),
      );
    });
    expect(answers.filter((a) => a.status !== 200 || a.errors || !a.data?.people)).toEqual([]);
    const exit = await waitFor(
      'the supervisor seeing it exit',
      lineWhere((l) => l['msg'] === 'service exited: restarting' && l['name'] === 'subgraph-parcours', from),
    );
    expect(exit['code']).toBe(0);
    await waitFor('parcours answering again', async () => {
      const a = await graphql(gatewayUrl, PEOPLE, {}, headers);
      const restarted = processList().find((s) => s.name === 'subgraph-parcours' && s.worker === 0)?.pid;
      return !a.errors && restarted != null && restarted !== pid;
    });
  });

  it('restarts a subgraph that was killed', async () => {
    const pid = pidOf('subgraph-formation');
    const from = lines.length;
    process.kill(pid, 'SIGKILL');
    const exit = await waitFor(
      'the restart',
      lineWhere((l) => l['msg'] === 'service exited: restarting' && l['name'] === 'subgraph-formation', from),
    );
    expect(exit['signal']).toBe('SIGKILL');
    await waitFor(
      'the new formation process ready',
      lineWhere(
        (l) => l['service'] === 'subgraph-formation' && l['pid'] !== pid && String(l['msg']).endsWith('ready'),
        from,
      ),
    );
    const res = await fetch(`http://127.0.0.1:${new URL(gatewayUrl).port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
  });

  it('SIGTERM to a gateway worker during traffic: it answers every request in flight, exits 0, the other serves', async () => {
    // Whatever the test before left (a subgraph restarting), parcours answers first.
    await waitFor(
      'parcours answering',
      async () => (await graphql(gatewayUrl, PEOPLE, {}, headers)).errors === undefined,
    );
    const pid = pidOf('gateway');
    const from = lines.length;
    const answers = await inFlightThrough(poolSize, async () => {
      process.kill(pid, 'SIGTERM');
      await waitFor(
        'the gateway stopping',
        lineWhere(
          (l) => l['service'] === 'gateway' && l['pid'] === pid && String(l['msg']).startsWith('stopping'),
          from,
        ),
      );
      // The stopping worker accepts no new connection; the port still answers: the other worker takes them.
      for (let i = 0; i < 5; i++) expect(await statusOnNewConnection('/healthcheck')).toBe(200);
    });
    expect(answers.filter((a) => a.status !== 200 || a.errors || !a.data?.people)).toEqual([]);
    const exit = await waitFor(
      'the supervisor seeing it exit',
      lineWhere((l) => l['msg'] === 'service exited: restarting' && l['name'] === 'gateway', from),
    );
    expect(exit['code']).toBe(0);
    await waitFor('the gateway answering again', async () => {
      try {
        return (await graphql(gatewayUrl, PEOPLE, {}, headers)).errors === undefined;
      } catch {
        return false;
      }
    });
  });

  it('SIGTERM to the supervisor stops every service and exits 0; no personal data in any line printed', async () => {
    const pids = processList().map((s) => s.pid!);
    expect(pids).toHaveLength(5 * WORKERS);
    supervisor.kill('SIGTERM');
    expect(await supervisorExit).toBe(0);
    expect(pids.filter(alive)).toEqual([]);

    expect(output.length).toBeGreaterThan(20);
    const leaks = output.filter((text) => PERSONAL.some((datum) => text.toLowerCase().includes(datum.toLowerCase())));
    expect(leaks).toEqual([]);
  });
});
