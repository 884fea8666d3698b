// Generates the national data set into a fresh database: migrations (@navette/db), the directory, then the parcours
// streamed by PostgreSQL COPY, one stream per table, while the generator walks through the people in batches.
//
// Loading is done as the table owner with `session_replication_role = replica`, which skips triggers: the
// fill_siae_facts trigger (the generator writes agency_id, siae_kind and departement_code itself, from the same
// directory rows) and the foreign-key triggers (the keys are dropped for the load and re-added, hence validated,
// afterwards). Each parcours table is truncated and filled with COPY … (FREEZE) in one transaction, so the rows
// need no later vacuum to be all-visible. Indexes are built after the load and the catalogue is compared with the
// migrated one.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { hashPassword } from '@navette/auth';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, DEMO_PASSWORD, migrationsFolder, runMigrations } from '@navette/db';
import postgres from 'postgres';
import { chooseAccounts, type BenchAccount } from './accounts.js';
import { compareSnapshots, dropForLoad, restoreAfterLoad, snapshot } from './catalog.js';
import { dayOf } from './dates.js';
import { buildDirectory, scaled, writeDirectory } from './directory.js';
import { makeIds } from './ids.js';
import { ParcoursGenerator, type Highlights } from './parcours.js';
import {
  ALL_TABLES,
  DIRECTORY_TABLES,
  encodeRow,
  STREAMED_SCHEMAS,
  STREAMED_TABLES,
  type Cell,
  type StreamedTable,
  type RowSink,
  type TableName,
  type TableSpec,
} from './tables.js';

export const DEFAULT_TODAY = '2026-11-16';

export interface DataSetOptions {
  scale: number;
  /**
   * Scale of the directory (départements' SIAE, agences, prescripteurs), `scale` when absent. The benchmark's quick run
   * keeps the national directory (1) with 1 % of the people, so that its indicator tables have the national shape
   * (every département × SIAE kind) at a hundredth of the rows.
   */
  directoryScale?: number;
  seed: number;
  /** "Today" of the data set (YYYY-MM-DD): six years of history up to it; the benchmark's fixed clock. */
  today: string;
}

export interface LoadOptions extends DataSetOptions {
  /** A server URL whose user may create databases (its path is ignored). */
  adminUrl: string;
  database: string;
  /** Drop the database first when it exists. */
  replace?: boolean;
  log?: (line: string) => void;
}

/** What the generator wrote in the database comment, read back by the benchmark. */
export interface DataSetInfo extends DataSetOptions {
  generator: '@navette/datagen';
  /** The last migration the data set was loaded with (a later one may change what the load wrote). */
  migration: string;
  counts: Record<TableName, number>;
  accounts: BenchAccount[];
  password: 'DEMO_PASSWORD of @navette/db';
}

export interface LoadResult {
  url: string;
  info: DataSetInfo;
  highlights: Highlights;
  seconds: {
    migrate: number;
    generateAndCopy: number;
    indexes: number;
    totals: number;
    analyze: number;
    total: number;
  };
  databaseBytes: number;
  schemaDifferences: string[];
  /** previous_end_on values of training records the rebuild had to correct (0: the generator wrote them right). */
  correctedPreviousEnds: number;
}

export const databaseUrl = (adminUrl: string, name: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

const qualified = (spec: TableSpec) => `${spec.schema}.${spec.name}`;
const FLUSH_BYTES = 1 << 18;

/** Rows of the directory, kept in memory (a few thousand). */
class MemorySink implements RowSink {
  readonly rows = new Map<TableName, (readonly Cell[])[]>();
  add(table: TableName, row: readonly Cell[]): void {
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push(row);
  }
}

/** One open COPY per parcours table; rows are encoded and written in chunks, with back-pressure. */
class CopySink implements RowSink {
  readonly counts = {} as Record<StreamedTable, number>;
  private readonly pieces = new Map<StreamedTable, string[]>();
  private readonly sizes = new Map<StreamedTable, number>();
  private drains: Promise<unknown>[] = [];

  constructor(private readonly streams: Map<StreamedTable, Writable>) {
    for (const table of streams.keys()) {
      this.counts[table] = 0;
      this.pieces.set(table, []);
      this.sizes.set(table, 0);
    }
  }

  add(table: TableName, row: readonly Cell[]): void {
    const t = table as StreamedTable;
    const pieces = this.pieces.get(t);
    if (!pieces) throw new Error(`no COPY stream for ${table}`);
    const line = encodeRow(row);
    pieces.push(line);
    this.counts[t] += 1;
    const size = this.sizes.get(t)! + line.length;
    if (size >= FLUSH_BYTES) this.flush(t);
    else this.sizes.set(t, size);
  }

  private flush(table: StreamedTable): void {
    const pieces = this.pieces.get(table)!;
    if (pieces.length === 0) return;
    const stream = this.streams.get(table)!;
    if (!stream.write(pieces.join(''))) {
      this.drains.push(
        new Promise<void>((resolve, reject) => {
          const done = (error?: unknown) => {
            stream.off('drain', done).off('close', done).off('error', done);
            if (error) reject(error instanceof Error ? error : new Error('COPY stream failed', { cause: error }));
            else resolve();
          };
          stream.on('drain', done).on('close', done).on('error', done);
        }),
      );
    }
    this.pieces.set(table, []);
    this.sizes.set(table, 0);
  }

  /** Waits for the streams that asked the generator to slow down. */
  async settle(): Promise<void> {
    if (this.drains.length === 0) return;
    const drains = this.drains;
    this.drains = [];
    await Promise.all(drains);
  }

  async end(): Promise<void> {
    for (const table of this.streams.keys()) this.flush(table);
    await this.settle();
    for (const stream of this.streams.values()) stream.end();
  }
}

/** The whole data set as rows, without a database (deterministic; used by the tests and by `load`). */
export function generateRows(
  options: DataSetOptions,
  directorySink: RowSink,
  parcoursSink: RowSink,
): { people: number; generator: ParcoursGenerator; directory: ReturnType<typeof buildDirectory> } {
  const today = dayOf(options.today);
  const ids = makeIds(options.seed);
  const directory = buildDirectory({ seed: options.seed, scale: options.directoryScale ?? options.scale, today }, ids);
  writeDirectory(directory, directorySink);
  const generator = new ParcoursGenerator(directory, ids, parcoursSink, { seed: options.seed, today });
  const people = scaled('people', options.scale);
  for (let i = 0; i < people; i++) generator.person(i);
  return { people, generator, directory };
}

/** The tag of the last migration of @navette/db (its journal). */
export function lastMigration(): string {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)?.tag ?? '';
}

/** Keys and indexes of the streamed schemas (each once: a foreign key between them would be listed by both). */
async function snapshotOf(sql: postgres.Sql) {
  const entries = (await Promise.all(STREAMED_SCHEMAS.map((schema) => snapshot(sql, schema)))).flat();
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.kind}|${e.table}|${e.name}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

export async function loadDataSet(options: LoadOptions): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  if (!/^navette_bench[a-z0-9_]*$/.test(options.database)) {
    throw new Error(
      `database name "${options.database}": use a name starting with navette_bench (lower case, digits, _)`,
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`--today ${options.today}: expected YYYY-MM-DD`);
  const started = performance.now();
  const seconds = (from: number) => (performance.now() - from) / 1000;
  const url = databaseUrl(options.adminUrl, options.database);

  // 1. A fresh database with the migrations.
  const admin = postgres(options.adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 as x from pg_database where datname = ${options.database}`;
    if (exists && !options.replace)
      throw new Error(`database ${options.database} exists: pass --replace to drop it first`);
    if (exists) await admin.unsafe(`drop database "${options.database}" with (force)`);
    await admin.unsafe(`create database "${options.database}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const migrateStarted = performance.now();
  const handle = await createDatabase({ url, maxConnections: 2 });
  try {
    await runMigrations(handle);
  } finally {
    await handle.close();
  }
  const migrateSeconds = seconds(migrateStarted);
  log(`Database ${options.database} created and migrated (${migrateSeconds.toFixed(1)} s).`);

  const streamed = Object.keys(STREAMED_TABLES) as StreamedTable[];
  const sql = postgres(url, {
    max: streamed.length + 2,
    onnotice: () => {},
    connection: { application_name: 'navette-datagen' },
  });
  try {
    // 2. The COPY column lists must be columns of the migrated tables.
    const known = new Set(
      (
        await sql<
          { c: string }[]
        >`select table_schema || '.' || table_name || '.' || column_name as c from information_schema.columns`
      ).map((r) => r.c),
    );
    for (const spec of Object.values(ALL_TABLES)) {
      const unknown = spec.columns.filter((c) => !known.has(`${qualified(spec)}.${c}`));
      if (unknown.length > 0) throw new Error(`${qualified(spec)}: unknown column(s) ${unknown.join(', ')}`);
    }
    const migrated = await snapshotOf(sql);
    await dropForLoad(sql, migrated);

    // 3. Generation and COPY.
    const generateStarted = performance.now();
    const today = dayOf(options.today);
    const ids = makeIds(options.seed);
    const directory = buildDirectory(
      { seed: options.seed, scale: options.directoryScale ?? options.scale, today },
      ids,
    );
    const memory = new MemorySink();
    writeDirectory(directory, memory);
    // Triggers skipped (the directory's rows already hold what agencies_as_prescribers would write, directory.ts).
    await sql.begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      for (const [table, spec] of Object.entries(DIRECTORY_TABLES) as [TableName, TableSpec][]) {
        const rows = memory.rows.get(table) ?? [];
        const stream = await tx.unsafe(`copy ${qualified(spec)} (${spec.columns.join(', ')}) from stdin`).writable();
        stream.end(rows.map(encodeRow).join(''));
        await finished(stream);
      }
    });
    log(
      `Directory: ${directory.departements.length} départements, ${directory.departements.reduce((n, d) => n + d.areas.length, 0)} employment areas, ` +
        `${directory.agencies.length} agences, ${directory.siaes.length} SIAE, ${directory.prescribers.length} prescripteurs.`,
    );

    const streams = new Map<StreamedTable, Writable>();
    const transactions: Promise<unknown>[] = [];
    const opening: Promise<void>[] = [];
    /** The first COPY transaction that failed (a field: it is set by the transactions' callbacks). */
    const failure: { first: Error | null } = { first: null };
    for (const table of streamed) {
      const spec = STREAMED_TABLES[table];
      let opened!: (w: Writable) => void;
      let failed!: (e: unknown) => void;
      const ready = new Promise<Writable>((resolve, reject) => ((opened = resolve), (failed = reject)));
      const done = sql.begin(async (tx) => {
        await tx`set local session_replication_role = replica`;
        await tx.unsafe(`truncate ${qualified(spec)}`);
        const stream = await tx
          .unsafe(`copy ${qualified(spec)} (${spec.columns.join(', ')}) from stdin with (freeze)`)
          .writable();
        opened(stream);
        await finished(stream);
      });
      transactions.push(
        done.catch((error: unknown) => {
          failure.first ??= error instanceof Error ? error : new Error('COPY transaction failed', { cause: error });
          failed(error);
        }),
      );
      opening.push(ready.then((stream) => void streams.set(table, stream)));
    }
    await Promise.all(opening);
    const sink = new CopySink(streams);
    const generator = new ParcoursGenerator(directory, ids, sink, { seed: options.seed, today });
    const people = scaled('people', options.scale);
    const step = Math.max(1, Math.round(people / 20));
    for (let i = 0; i < people; i++) {
      generator.person(i);
      if (i % 200 === 199) {
        if (failure.first) throw failure.first;
        await sink.settle();
      }
      if ((i + 1) % step === 0 || i + 1 === people) {
        const rows = Object.values(sink.counts).reduce((a, b) => a + b, 0);
        const elapsed = seconds(generateStarted);
        log(
          `  ${(i + 1).toLocaleString('en')} / ${people.toLocaleString('en')} people (${Math.round(((i + 1) / people) * 100)} %): ` +
            `${rows.toLocaleString('en')} rows, ${elapsed.toFixed(0)} s, ${Math.round(rows / elapsed).toLocaleString('en')} rows/s`,
        );
      }
    }
    await sink.end();
    await Promise.all(transactions);
    if (failure.first) throw failure.first;
    const generateSeconds = seconds(generateStarted);
    log(`Generated and copied in ${generateSeconds.toFixed(1)} s.`);

    // 4. Indexes and constraints, then the comparison with the migrated catalogue.
    const indexStarted = performance.now();
    log('Rebuilding primary keys, indexes and foreign keys:');
    await sql.begin(async (tx) => {
      await tx`set local maintenance_work_mem = '512MB'`;
      await restoreAfterLoad(tx, migrated, log);
    });
    const schemaDifferences = compareSnapshots(migrated, await snapshotOf(sql));
    if (schemaDifferences.length > 0)
      throw new Error(`schema differs from the migrations:\n${schemaDifferences.join('\n')}`);
    const indexSeconds = seconds(indexStarted);
    log(`Indexes and constraints rebuilt in ${indexSeconds.toFixed(1)} s; catalogue identical to the migrated one.`);

    // 5. The live indicator totals (migration 0013), whose triggers the load skipped; the generator wrote each training
    // record's previous_end_on itself (the rebuild corrects none).
    const totalsStarted = performance.now();
    const [{ corrected } = { corrected: -1 }] = await sql<
      { corrected: number }[]
    >`select reporting.rebuild_measures()::float8 as corrected`;
    const totalsSeconds = seconds(totalsStarted);
    log(`Indicator totals rebuilt in ${totalsSeconds.toFixed(1)} s (${corrected} previous_end_on corrected).`);

    // 6. Sequences, accounts, statistics.
    await sql`select setval('parcours.approval_number_seq', ${Math.max(1, generator.highlights.approvalNumbers)})`;
    await sql`select setval(pg_get_serial_sequence('parcours.prescription_events', 'id'), ${Math.max(1, generator.highlights.prescriptionEventIds)})`;
    const passwordHash = await hashPassword(DEMO_PASSWORD); // computed once, shared by the benchmark accounts
    const accounts = chooseAccounts(directory, generator.highlights, options.seed);
    await sql.begin(async (tx) => {
      for (const account of accounts) {
        await tx`insert into identity.users (id, email, display_name, password_hash) values (${account.userId}, ${account.email}, ${account.displayName}, ${passwordHash})`;
        await tx`insert into identity.memberships (user_id, role, organisation_kind, organisation_id)
                 values (${account.userId}, ${account.role}, ${account.organisationKind}, ${account.organisationId})`;
      }
    });
    const analyzeStarted = performance.now();
    await sql.unsafe('vacuum (analyze)');
    const analyzeSeconds = seconds(analyzeStarted);

    const counts = {} as Record<TableName, number>;
    for (const [table, rows] of memory.rows) counts[table] = rows.length;
    Object.assign(counts, sink.counts);
    const info: DataSetInfo = {
      generator: '@navette/datagen',
      migration: lastMigration(),
      scale: options.scale,
      ...(options.directoryScale !== undefined && options.directoryScale !== options.scale
        ? { directoryScale: options.directoryScale }
        : {}),
      seed: options.seed,
      today: options.today,
      counts,
      accounts,
      password: 'DEMO_PASSWORD of @navette/db',
    };
    await sql.unsafe(`comment on database "${options.database}" is '${JSON.stringify(info).replace(/'/g, "''")}'`);
    const [{ bytes } = { bytes: 0 }] = await sql<
      { bytes: number }[]
    >`select pg_database_size(current_database())::float8 as bytes`;
    return {
      url,
      info,
      highlights: generator.highlights,
      seconds: {
        migrate: migrateSeconds,
        generateAndCopy: generateSeconds,
        indexes: indexSeconds,
        totals: totalsSeconds,
        analyze: analyzeSeconds,
        total: seconds(started),
      },
      databaseBytes: bytes,
      schemaDifferences,
      correctedPreviousEnds: corrected,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The generator's note on a database it loaded (null for another database). */
export async function readDataSetInfo(sql: postgres.Sql): Promise<DataSetInfo | null> {
  const [row] = await sql<
    { comment: string | null }[]
  >`select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()`;
  if (!row?.comment) return null;
  try {
    const info = JSON.parse(row.comment) as DataSetInfo;
    return info.generator === '@navette/datagen' ? info : null;
  } catch {
    return null;
  }
}
