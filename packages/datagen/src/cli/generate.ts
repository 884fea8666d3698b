// Generates the national data set into a fresh database.
//   pnpm --filter @navette/datagen generate -- --scale 1 --seed 42 --database navette_bench
// Options: --scale (1 = 1,000,000 people; 0.01 for a quick run), --directory-scale (of the directory: SIAE, agences,
// prescripteurs; --scale when absent: the quick benchmark uses 0.01 people with the national directory, 1), --seed, --database (a name starting with
// navette_bench), --today (the data set's "today", default 2026-11-16), --replace (drop the database first),
// --reuse (keep the database when it already holds this data set: same scale, seed, "today", tables and last
// migration; else
// replace it), --admin-url (default NAVETTE_TEST_ADMIN_URL, DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres).
import os from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { databaseUrl, DEFAULT_TODAY, lastMigration, loadDataSet, readDataSetInfo } from '../load.js';
import { ALL_TABLES } from '../tables.js';

const { values } = parseArgs({
  // pnpm passes the `--` separator through: drop it.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    scale: { type: 'string', default: '1' },
    'directory-scale': { type: 'string' },
    seed: { type: 'string', default: '42' },
    database: { type: 'string', default: 'navette_bench' },
    today: { type: 'string', default: DEFAULT_TODAY },
    replace: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'admin-url': { type: 'string' },
  },
});

const scale = Number(values.scale);
const seed = Number(values.seed);
const directoryScale = values['directory-scale'] === undefined ? scale : Number(values['directory-scale']);
if (!(scale > 0) || !(directoryScale > 0) || !Number.isInteger(seed)) {
  console.error('--scale and --directory-scale must be positive numbers and --seed an integer');
  process.exit(2);
}
const adminUrl =
  values['admin-url'] ??
  process.env['NAVETTE_TEST_ADMIN_URL'] ??
  process.env['DATABASE_URL'] ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `@navette/datagen: scale ${scale}${directoryScale !== scale ? ` (directory ${directoryScale})` : ''}, seed ${seed}, today ${values.today}, database ${values.database}; load average ${load()}`,
);

/** The data set already in the database, when it is the one asked for (generated with every table of this version). */
async function sameDataSet(): Promise<boolean> {
  const sql = postgres(databaseUrl(adminUrl, values.database), { max: 1, onnotice: () => {} });
  try {
    const info = await readDataSetInfo(sql);
    return (
      info !== null &&
      info.scale === scale &&
      (info.directoryScale ?? info.scale) === directoryScale &&
      info.seed === seed &&
      info.today === values.today &&
      info.migration === lastMigration() &&
      Object.keys(ALL_TABLES).every((table) => table in info.counts)
    );
  } catch {
    return false; // no such database
  } finally {
    await sql.end({ timeout: 5 });
  }
}

if (values.reuse && (await sameDataSet())) {
  console.log(`${values.database} already holds this data set: reused (drop it, or use --replace, to load it again).`);
  process.exit(0);
}

try {
  const result = await loadDataSet({
    adminUrl,
    database: values.database,
    scale,
    ...(directoryScale !== scale ? { directoryScale } : {}),
    seed,
    today: values.today,
    replace: values.replace || values.reuse,
    log: (line) => console.log(line),
  });
  const c = result.info.counts;
  const width = Math.max(...Object.keys(c).map((k) => k.length));
  console.log('\nData set:');
  for (const [table, n] of Object.entries(c))
    console.log(`  ${table.padEnd(width)}  ${n.toLocaleString('en').padStart(12)}`);
  console.log(
    `  ${'total rows'.padEnd(width)}  ${Object.values(c)
      .reduce((a, b) => a + b, 0)
      .toLocaleString('en')
      .padStart(12)}`,
  );
  console.log(`  database size: ${(result.databaseBytes / 1024 ** 3).toFixed(2)} GiB`);
  const s = result.seconds;
  console.log(
    `\nLoad time: ${s.total.toFixed(0)} s (migrations ${s.migrate.toFixed(1)} s, generation + COPY ${s.generateAndCopy.toFixed(0)} s, ` +
      `indexes and constraints ${s.indexes.toFixed(0)} s, indicator totals ${s.totals.toFixed(0)} s, vacuum analyze ${s.analyze.toFixed(0)} s); load average ${load()}`,
  );
  console.log('\nAccounts (password: DEMO_PASSWORD of @navette/db):');
  for (const a of result.info.accounts) {
    console.log(
      `  ${a.email.padEnd(30)} ${a.role.padEnd(10)} ${a.organisationName}${a.departement ? ` (${a.departement})` : ''}${a.load !== null ? `: ${a.load.toLocaleString('en')}` : ''}`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
