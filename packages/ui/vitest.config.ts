import { defineConfig } from 'vitest/config';
import { unitTimeouts } from '../../vitest.timeouts.ts';

// Pure tests (`.test.ts`, Node) and component tests (`.test.tsx`: Testing Library in jsdom, chosen by each file's
// `// @vitest-environment jsdom`; src/testing/component-testing.tsx renders a screen as a portal does). The pure tests
// share one worker's modules (`isolate: false`); each component test keeps its own jsdom document, and the build's
// tests their own worker (isolated).
export default defineConfig({
  test: {
    environment: 'node',
    ...unitTimeouts,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['src/**/*.test.tsx', 'build/**/*.test.ts'] } },
    ],
  },
});
