// A vitest `globalSetup` for test files that use PGlite with the demo data (`createSeededPglite`, `BOTH_ENGINES`,
// `writeSeededPgliteDataDir`): before any of them runs, make the migrated and seeded snapshot once (when this set of
// migrations and demo data has none yet), so the files only load it and never migrate side by side.
// In a package's vitest.config.ts: `globalSetup: [require.resolve('@navette/db/testing/pglite-setup')]`.
import { seededPgliteSnapshot } from './testing.js';

export default async function setup(): Promise<void> {
  await seededPgliteSnapshot();
}
