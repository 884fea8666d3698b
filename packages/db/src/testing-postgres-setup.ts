// A vitest `globalSetup` for test files that use PostgreSQL (`createTestDatabase`): before any of them runs, wait for
// the server to answer (CI may be starting it) and make the migrated, seeded template once, so the files only clone it.
// In a package's vitest.config.ts: `globalSetup: [require.resolve('@navette/db/testing/postgres-setup')]`.
import { prepareTestTemplate, waitForPostgres } from './testing.js';

export default async function setup(): Promise<void> {
  await waitForPostgres();
  await prepareTestTemplate();
}
