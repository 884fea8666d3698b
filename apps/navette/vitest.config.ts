import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { integrationTimeouts } from '../../vitest.timeouts.ts';

// One graphql for everything: the workspace packages (inlined by Vite) would otherwise get its ESM build while the
// libraries Node loads (GraphQL Armor, graphql-query-complexity, Apollo) get the CommonJS one, and graphql refuses
// types "from another module or realm".
const alias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

// The integration files share one worker's modules (`isolate: false`: the product's code — Apollo, Hive Gateway, the
// four subgraphs, drizzle — is loaded once, not once per file; each file still starts its own product on its own
// database). 610 tests: 181 → 103 s of CPU, 206 → 145 s wall (docs/benchmarks.md, "Test suite timing"). The
// observability file keeps a worker of its own: it starts OpenTelemetry's SDK, which registers process-wide globals.
export default defineConfig({
  resolve: { alias },
  test: {
    ...integrationTimeouts,
    projects: [
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts'],
          exclude: ['src/observability.integration.test.ts'],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'observability', include: ['src/observability.integration.test.ts'] } },
    ],
  },
});
