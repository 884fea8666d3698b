import { defineConfig } from 'vitest/config';
import { unitTimeouts } from '../../vitest.timeouts.ts';

// Pure tests (`.test.ts`, Node) share one worker's modules (`isolate: false`); component tests (`.test.tsx`: Testing
// Library in jsdom, `// @vitest-environment jsdom`, rendered by `@navette/ui/testing` as the portal renders them) keep
// their own jsdom document each.
export default defineConfig({
  test: {
    environment: 'node',
    ...unitTimeouts,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'components', include: ['src/**/*.test.tsx'] } },
    ],
  },
});
