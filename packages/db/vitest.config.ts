import { defineConfig } from 'vitest/config';
import { integrationTimeouts } from '../../vitest.timeouts.ts';

// PGlite migrates and seeds in-process: slow on a loaded machine (a timeout here is not a speed check: a hook over
// 120 s at load average 10 failed `npm test`, issue 17; ../../vitest.timeouts.ts). So the global setups make the
// PostgreSQL template and the PGlite snapshot once, before any file runs (each file then clones or loads them), and
// the files share one worker's modules (`isolate: false`: each file still opens and closes its own databases).
export default defineConfig({
  test: {
    globalSetup: ['./src/testing-postgres-setup.ts', './src/testing-pglite-setup.ts'],
    isolate: false,
    ...integrationTimeouts,
  },
});
