import { defineConfig } from 'vitest/config';
import { unitTimeouts } from '../../vitest.timeouts.ts';

// Pure tests (`.test.ts`, Node) and component tests (`.test.tsx`: Testing Library in jsdom, chosen by each file's
// `// @vitest-environment jsdom`; src/testing/component-testing.tsx renders a screen as a portal does).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'build/**/*.test.ts'],
    environment: 'node',
    ...unitTimeouts,
  },
});
