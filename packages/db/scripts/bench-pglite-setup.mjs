// The cost of a migrated PGlite with the demo data in a test: migrations + seed vs the shared snapshot (issue 17 §3).
// Run from packages/db after the build: node scripts/bench-pglite-setup.mjs
import { createSeededPglite } from '../dist/testing.js';
import { createDatabase, runMigrations, seedDemoData } from '../dist/index.js';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
const t = async (label, f) => {
  const s = performance.now();
  const h = await f();
  console.log(label, Math.round(performance.now() - s), 'ms');
  await h.close();
};
for (let i = 0; i < 2; i++) {
  await t('migrate+seed', async () => {
    const p = await PGlite.create('memory://');
    const h = await createDatabase({ pglite: p });
    await runMigrations(h);
    await seedDemoData(h.db);
    return { close: () => p.close() };
  });
  await t('snapshot    ', () => createSeededPglite());
}
