// The retention job by hand (issue 19 §3; docs/data-protection.md), on the database named by DATABASE_URL:
//   DATABASE_URL=postgres://… pnpm --filter @navette/db db:retention            # dry run: what a run would do today
//   DATABASE_URL=postgres://… pnpm --filter @navette/db db:retention -- --on 2031-01-01   # … on another day
//   DATABASE_URL=postgres://… pnpm --filter @navette/db db:retention -- --apply  # run it now (as the daily job does)
// Prints counts only, never a person.
import { parseArgs } from 'node:util';
import { createDatabase } from '../client.js';
import { anonymiseExpiredPeople, retentionDayOf, retentionReport } from '../retention.js';

const { values } = parseArgs({ options: { apply: { type: 'boolean' }, on: { type: 'string' } } });
const url = process.env['DATABASE_URL'];
if (!url) {
  console.error('DATABASE_URL is not set: this command reads a server database.');
  process.exit(2);
}
const today = values.on ?? retentionDayOf(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('--on takes a day (YYYY-MM-DD).');
  process.exit(2);
}
const handle = await createDatabase({ url, maxConnections: 2 });
try {
  const started = performance.now();
  const report = await retentionReport(handle.db, today);
  console.log(JSON.stringify({ dryRun: !values.apply, ...report }, null, 2));
  if (values.apply) {
    const run = await anonymiseExpiredPeople(handle.db, today);
    console.log(
      JSON.stringify({ ...run, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }, null, 2),
    );
  }
} finally {
  await handle.close();
}
