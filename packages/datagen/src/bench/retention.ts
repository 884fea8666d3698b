// `pnpm --filter @navette/datagen bench:retention` (issue 19 §3): the living demo region (two years of activity up to
// today, 2,400 people) loaded into a fresh PostgreSQL database, then the retention job's dry run as if the region had
// aged 1 to 7 years, and the real run at +7 years (everyone past their period), timed, with the indicators' live
// totals compared before and after, and a second run. Prints one JSON line per step (counts and timings only).
//   pnpm --filter @navette/datagen bench:retention [-- --admin-url postgres://postgres@127.0.0.1:5432/postgres]
import { addMonths, dateInFrance } from '@navette/domain';
import {
  anonymiseExpiredPeople,
  createDatabase,
  resultRows,
  retentionReport,
  runMigrations,
  seedDemoData,
} from '@navette/db';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { loadDemoRegion } from '../region.js';

const args = process.argv.slice(2);
const adminUrl =
  args[args.indexOf('--admin-url') + 1] && args.includes('--admin-url')
    ? args[args.indexOf('--admin-url') + 1]!
    : (process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const name = 'navette_bench_retention';
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists "${name}" with (force)`);
await admin.unsafe(`create database "${name}"`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const handle = await createDatabase({ url: url.toString(), maxConnections: 4, role: 'request' });
const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(2));
const today = dateInFrance(new Date());
try {
  await runMigrations(handle);
  await seedDemoData(handle.db);
  let t = performance.now();
  const region = await loadDemoRegion(handle.db, { today });
  console.log(JSON.stringify({ step: 'load demo region', today, rows: region.rows, seconds: seconds(t) }));
  const totals = async () =>
    resultRows<{ measure: string; total: string }>(
      await handle.db.execute(
        sql`select measure, sum(value)::text as total from reporting.measure_days group by measure order by measure`,
      ),
    );
  for (const years of [1, 2, 3, 5, 7]) {
    t = performance.now();
    const report = await retentionReport(handle.db, addMonths(today, 12 * years));
    console.log(JSON.stringify({ step: `dry run +${years} y`, ...report, seconds: seconds(t) }));
  }
  const later = addMonths(today, 12 * 7);
  const before = await totals();
  t = performance.now();
  const run = await anonymiseExpiredPeople(handle.db, later);
  console.log(JSON.stringify({ step: 'run +7 y', ...run, seconds: seconds(t) }));
  const after = await totals();
  console.log(
    JSON.stringify({
      step: 'indicator totals',
      measures: before.length,
      unchanged: JSON.stringify(before) === JSON.stringify(after),
    }),
  );
  await handle.db.execute(sql`delete from parcours.retention_checkpoints`);
  t = performance.now();
  const again = await anonymiseExpiredPeople(handle.db, later);
  console.log(JSON.stringify({ step: 'second run +7 y (checkpoint removed)', ...again, seconds: seconds(t) }));
} finally {
  await handle.close();
}
