import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { integrationTimeouts } from '../../vitest.timeouts.ts';

export default defineConfig({
  // One graphql for everything: the workspace packages (inlined by Vite) would otherwise get its ESM build while the
  // libraries Node loads (GraphQL Armor, graphql-query-complexity, Apollo) get the CommonJS one, and graphql refuses
  // types "from another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: { isolate: false, ...integrationTimeouts },
});
