// Test databases on a real PostgreSQL: one template per migration set (migrated and seeded once, under an advisory
// lock so parallel test files build it once), then one fresh database per test file cloned from it (~30 ms).
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createDatabase, type DatabaseHandle } from './client.js';
import { migrationsFolder, runMigrations } from './migrate.js';
import { demoAccounts, demoApiClient } from './seed/accounts.js';
import { buildDemoDataSet, seedDemoData } from './seed/demo.js';

export const adminUrl = (): string =>
  process.env['NAVETTE_TEST_ADMIN_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  hash.update(JSON.stringify(buildDemoDataSet()));
  hash.update(JSON.stringify([demoAccounts, demoApiClient]));
  return hash.digest('hex').slice(0, 12);
}

async function ensureTemplate(admin: postgres.Sql): Promise<string> {
  const template = `navette_tpl_${migrationsHash()}`;
  await admin.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${template}))`;
    const exists = await tx`select 1 from pg_database where datname = ${template}`;
    if (exists.length > 0) return;
    await admin.unsafe(`create database "${template}"`);
    const handle = await createDatabase({ url: withDatabase(adminUrl(), template), maxConnections: 2 });
    try {
      await runMigrations(handle);
      await seedDemoData(handle.db);
    } finally {
      await handle.close();
    }
  });
  return template;
}

/**
 * Waits until the test PostgreSQL server ({@link adminUrl}) answers — CI may still be starting it — asking it again
 * each time a connection is refused, up to `timeoutMs` (a hang guard, not a pause), then throws saying where it
 * looked and how to start one.
 */
export async function waitForPostgres(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const admin = postgres(adminUrl(), { max: 1, onnotice: () => {}, connect_timeout: 5 });
    try {
      await admin`select 1`;
      return;
    } catch (error) {
      last = error;
    } finally {
      await admin.end({ timeout: 1 });
    }
    if (Date.now() > deadline) {
      const where = new URL(adminUrl());
      where.password = '';
      throw new Error(
        `PostgreSQL did not answer at ${where.host} within ${timeoutMs} ms (NAVETTE_TEST_ADMIN_URL or DATABASE_URL ` +
          `name another server; .ci/run starts one): ${last instanceof Error ? last.message : String(last)}`,
      );
    }
    // Connection refused at once: a short breath before asking again rather than a busy loop.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Makes the migrated and seeded template once (test files then clone it); its name. */
export async function prepareTestTemplate(): Promise<string> {
  const admin = postgres(adminUrl(), { max: 2, onnotice: () => {} });
  try {
    return await ensureTemplate(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export interface TestDatabase extends DatabaseHandle {
  url: string;
  name: string;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/** A fresh database with the migrations and the demo data, for one test file. */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const admin = postgres(adminUrl(), { max: 2, onnotice: () => {} });
  try {
    const name = `navette_test_${randomBytes(6).toString('hex')}`;
    if (options.seeded === false) {
      await admin.unsafe(`create database "${name}"`);
    } else {
      const template = await ensureTemplate(admin);
      await admin.unsafe(`create database "${name}" template "${template}"`);
    }
    const url = withDatabase(adminUrl(), name);
    const handle = await createDatabase({ url, maxConnections: 5 });
    return {
      ...handle,
      url,
      name,
      drop: async () => {
        await handle.close();
        const a = postgres(adminUrl(), { max: 1, onnotice: () => {} });
        try {
          await a.unsafe(`drop database if exists "${name}" with (force)`);
        } finally {
          await a.end({ timeout: 5 });
        }
      },
    };
  } finally {
    await admin.end({ timeout: 5 });
  }
}

const snapshotFile = () => join(tmpdir(), `navette-pglite-${migrationsHash()}.tar.gz`);

function readSnapshot(): Buffer | undefined {
  try {
    return readFileSync(snapshotFile());
  } catch {
    return undefined;
  }
}

/** Migrates and seeds a PGlite in memory and writes its snapshot (renamed into place: a reader never sees half). */
async function makeSnapshot(): Promise<{ handle: DatabaseHandle; snapshot: Buffer }> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create('memory://');
  const handle = await createDatabase({ pglite });
  await runMigrations(handle);
  await seedDemoData(handle.db);
  const snapshot = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
  const file = snapshotFile();
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, new Uint8Array(snapshot));
  renameSync(partial, file);
  return { handle: { ...handle, close: () => pglite.close() }, snapshot };
}

/**
 * The snapshot of a migrated PGlite with the demo data (PGlite's dumpDataDir, gzipped tar): made once per migrations
 * and demo data set and kept in the OS temporary folder, so that every PGlite test after the first, in any process,
 * loads it (a fraction of a second) instead of migrating and seeding (seconds, minutes on a loaded machine; issue 17
 * §3). Concurrent makers each write a file of their own and rename it into place.
 */
export async function seededPgliteSnapshot(): Promise<Buffer> {
  const snapshot = readSnapshot();
  if (snapshot) return snapshot;
  const made = await makeSnapshot();
  await made.handle.close();
  return made.snapshot;
}

/**
 * A PGlite database in memory, migrated, with the demo data — loaded from {@link seededPgliteSnapshot}. A missing or
 * unreadable snapshot (an older PGlite's) is made again.
 */
export async function createSeededPglite(): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const snapshot = readSnapshot();
  if (snapshot) {
    try {
      const pglite = await PGlite.create({ dataDir: 'memory://', loadDataDir: new Blob([new Uint8Array(snapshot)]) });
      return { ...(await createDatabase({ pglite })), close: () => pglite.close() };
    } catch {
      rmSync(snapshotFile(), { force: true }); // unreadable: made again below
    }
  }
  return (await makeSnapshot()).handle;
}

/**
 * A PGlite data folder on disk holding the migrated and seeded database, from {@link seededPgliteSnapshot}: the
 * product's embedded start (`startNavette({ dataDir })`) then finds its migrations applied and its demo data loaded.
 */
export async function writeSeededPgliteDataDir(dataDir: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create({
    dataDir,
    loadDataDir: new Blob([new Uint8Array(await seededPgliteSnapshot())]),
  });
  await pglite.close();
}

/** A migrated database with the demo data, and how to dispose of it. */
export interface EngineSetup {
  db: DatabaseHandle['db'];
  close: () => Promise<void>;
}

/**
 * Both engines the product runs on, for `describe.each`: a fresh PostgreSQL database (from the template) and an
 * in-memory PGlite, each migrated and seeded.
 */
export const BOTH_ENGINES: readonly [string, () => Promise<EngineSetup>][] = [
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      return { db: database.db, close: () => database.drop() };
    },
  ],
  [
    'PGlite (embedded)',
    async () => {
      const handle = await createSeededPglite();
      return { db: handle.db, close: () => handle.close() };
    },
  ],
];

/** A person with a whole parcours written as the tables' owner, dated in the past (testing-people.ts). */
export { FIXTURE_SIAE, makePerson } from './testing-people.js';
