import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Browser end-to-end tests of the four portals against the real embedded product (PGlite, subgraphs,
// gateway, built portals). One product per test file; files run one after the other (2 cores), sharing one worker's
// modules (`isolate: false`: the product's code is loaded once, not once per file). The global setup makes the
// migrated and seeded PGlite snapshot once, from which each file's product starts (support/product.ts).
const require = createRequire(import.meta.url);
export default defineConfig({
  // One graphql for everything (see ../vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.test.ts'],
    // browserTimeouts of ../../../vitest.timeouts.ts (written out: this file is type-checked within apps/navette).
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
    isolate: false,
    globalSetup: [require.resolve('@navette/db/testing/pglite-setup')],
  },
});
