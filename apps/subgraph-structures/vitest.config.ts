import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { integrationTimeouts } from '../../vitest.timeouts.ts';

const require = createRequire(import.meta.url);

// Unit tests, and use-case tests on a real PostgreSQL (src/use-cases/*.test.ts: each file clones the migrated and
// seeded template, calls the use cases with a principal's context — no HTTP, no product started). The global setup
// waits for PostgreSQL to answer and makes the template once, before any file runs; the files share one worker's
// modules (`isolate: false`: loaded once, not once per file). Timeouts are hang guards sized for a loaded machine, not
// speed checks (../../vitest.timeouts.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: [require.resolve('@navette/db/testing/postgres-setup')],
    isolate: false,
    ...integrationTimeouts,
  },
});
