import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { integrationTimeouts } from '../../vitest.timeouts.ts';

const require = createRequire(import.meta.url);

// The demo region on both engines: the global setups make the PostgreSQL template and the PGlite snapshot once,
// before any file runs. The files share one worker's modules (`isolate: false`; each opens and closes its databases).
export default defineConfig({
  test: {
    globalSetup: [
      require.resolve('@navette/db/testing/postgres-setup'),
      require.resolve('@navette/db/testing/pglite-setup'),
    ],
    isolate: false,
    ...integrationTimeouts,
  },
});
