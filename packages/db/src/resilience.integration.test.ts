// The pool under faults on a real PostgreSQL (issue 12): session timeouts per role, the bounded waiting line, and
// connections terminated by the server during traffic (postgres.js patched: patches/postgres@3.4.9.patch).
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from './client.js';
import { databaseUnavailability } from './resilience.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

let database: TestDatabase;
let admin: postgres.Sql;
const handles: DatabaseHandle[] = [];

async function open(options: Parameters<typeof createDatabase>[0]): Promise<DatabaseHandle> {
  const handle = await createDatabase(options);
  handles.push(handle);
  return handle;
}

/** Resolves once `condition` holds (polled), so no test depends on a fixed sleep. */
async function until(condition: () => boolean | Promise<boolean>, what: string, limitMs = 300_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > limitMs) throw new Error(`still waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Rows of a raw `execute` (typed `unknown` over both drivers). */
const rowsOf = (result: unknown) => [...(result as Iterable<Record<string, unknown>>)];

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => databaseUnavailability(error) ?? `other: ${(error as Error).message}`,
  );

beforeAll(async () => {
  database = await createTestDatabase({ seeded: false });
  admin = postgres(database.url, { max: 2, onnotice: () => {} });
  await admin`create table fault_parent (id int primary key)`;
  await admin`create table fault_child (parent_id int primary key references fault_parent (id))`;
});
afterAll(async () => {
  for (const handle of handles) await handle.close();
  await admin?.end({ timeout: 5 });
  await database?.drop();
});

describe('session timeouts', () => {
  it('sets statement, lock and idle-in-transaction timeouts and the role name on every session of the pool', async () => {
    const handle = await open({ url: database.url, maxConnections: 2 });
    const rows = await handle.db.execute(
      sql`select current_setting('statement_timeout') s, current_setting('lock_timeout') l,
        current_setting('idle_in_transaction_session_timeout') i, current_setting('application_name') a`,
    );
    expect(rowsOf(rows)).toEqual([{ s: '5s', l: '2s', i: '10s', a: 'navette-request' }]);
    const gateway = await open({ url: database.url, maxConnections: 1, role: 'gateway' });
    const g = rowsOf(
      await gateway.db.execute(sql`select current_setting('statement_timeout') s, current_setting('lock_timeout') l`),
    );
    expect(g).toEqual([{ s: '2s', l: '1s' }]);
  });

  it('a statement over its timeout and a lock wait over lock_timeout fail with their reason; the pool keeps serving', async () => {
    const handle = await open({ url: database.url, maxConnections: 2, timeouts: { statementMs: 300, lockMs: 200 } });
    expect(await reasonOf(handle.db.execute(sql`select pg_sleep(3)`))).toBe('STATEMENT_TIMEOUT');

    const holder = await admin.reserve();
    try {
      await holder`begin`;
      await holder`lock table fault_parent in access exclusive mode`;
      const blocked = handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into fault_parent values (-1)`);
      });
      expect(await reasonOf(blocked)).toBe('LOCK_TIMEOUT');
      expect(rowsOf(await handle.db.execute(sql`select 1 as one`))).toEqual([{ one: 1 }]);
    } finally {
      await holder`rollback`;
      holder.release();
    }
    expect(await admin`select count(*)::int as n from fault_parent`).toEqual([{ n: 0 }]); // nothing half-written
  });
});

describe('bounded waiting line', () => {
  it('refuses at once beyond the queue length, and after the wait timeout in the queue', async () => {
    const handle = await open({ url: database.url, maxConnections: 2, bounds: { maxQueue: 3, queueTimeoutMs: 400 } });
    const stats = handle.poolStats!;
    const busy = [0, 1].map(() => reasonOf(handle.db.execute(sql`select pg_sleep(4)`)));
    await until(() => stats.active === 2, 'both connections busy');
    const queued = [0, 1, 2].map(() => reasonOf(handle.db.execute(sql`select 1`)));
    await until(() => stats.queued === 3, 'three waiting');
    expect(await reasonOf(handle.db.execute(sql`select 1`))).toBe('QUEUE_FULL');
    expect(await Promise.all(queued)).toEqual(['QUEUE_TIMEOUT', 'QUEUE_TIMEOUT', 'QUEUE_TIMEOUT']);
    expect(stats.shed).toBe(4);
    await admin`select pg_cancel_backend(pid) from pg_stat_activity where datname = ${database.name} and query like 'select pg_sleep(4)%'`;
    expect(await Promise.all(busy)).toEqual(['STATEMENT_TIMEOUT', 'STATEMENT_TIMEOUT']); // cancelled: 57014
    expect(rowsOf(await handle.db.execute(sql`select 2 as two`))).toEqual([{ two: 2 }]);
  });
});

describe('connections terminated by the server during traffic', () => {
  it('fails only the work that used them, never the process; no half-written transaction; then everything succeeds', async () => {
    const handle = await open({ url: database.url, maxConnections: 6 });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    let stop = false;
    let nextId = 1;
    const outcome = { committed: [] as number[], failed: 0, reads: 0, other: [] as string[] };
    const worker = async () => {
      while (!stop) {
        const id = nextId++;
        try {
          if (id % 3 === 0) {
            await handle.db.execute(sql`select count(*) from fault_parent`);
            outcome.reads++;
          } else {
            // Two statements: after a lost connection, the second must never run alone on a new session.
            await handle.db.transaction(async (tx) => {
              await tx.execute(sql`insert into fault_parent values (${id})`);
              await tx.execute(sql`select pg_sleep(0.002)`);
              await tx.execute(sql`insert into fault_child values (${id})`);
            });
            outcome.committed.push(id);
          }
        } catch (error) {
          if (databaseUnavailability(error)) outcome.failed++;
          else outcome.other.push((error as Error).message);
        }
      }
    };
    const workers = Array.from({ length: 12 }, worker);
    let kills = 0;
    try {
      // Terminate every session of the pool, again and again, until enough work has failed and succeeded.
      while (kills < 10 || outcome.failed < 5 || outcome.committed.length < 10) {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = ${database.name} and pid <> pg_backend_pid() and application_name = 'navette-request'`;
        kills++;
        // The pool recovers after each storm: wait for a transaction to commit before the next one.
        const before = outcome.committed.length;
        await until(() => outcome.committed.length > before, 'a transaction committed after the terminations');
        if (kills > 200) throw new Error(`too few failures: ${outcome.failed}`);
      }
    } finally {
      stop = true;
      await Promise.all(workers);
      process.off('unhandledRejection', onUnhandled);
    }

    expect(outcome.other).toEqual([]);
    expect(unhandled).toEqual([]);

    // Every acknowledged transaction is there whole; no parent without its child, no child without its parent.
    const [orphans] = await admin`select
      (select count(*)::int from fault_parent p where not exists (select 1 from fault_child c where c.parent_id = p.id)) as parents,
      (select count(*)::int from fault_child c where not exists (select 1 from fault_parent p where p.id = c.parent_id)) as children`;
    expect(orphans).toEqual({ parents: 0, children: 0 });
    const present = new Set((await admin`select id from fault_parent`).map((r) => r['id'] as number));
    expect(outcome.committed.filter((id) => !present.has(id))).toEqual([]);

    // Recovered: a burst of work after the storm all succeeds.
    const after = await Promise.all(
      Array.from({ length: 30 }, (_, i) => reasonOf(handle.db.execute(sql`select ${i}::int as i`))),
    );
    expect(after.every((r) => r === 'ok')).toBe(true);
  });
});
