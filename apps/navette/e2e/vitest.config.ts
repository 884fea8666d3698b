import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Browser end-to-end tests of the four portals against the real embedded product (PGlite, subgraphs,
// gateway, built portals). One product per test file; files run one after the other (2 cores).
export default defineConfig({
  // One graphql for everything (see ../vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.e2e.test.ts'],
    // browserTimeouts of ../../../vitest.timeouts.ts (written out: this file is type-checked within apps/navette).
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
