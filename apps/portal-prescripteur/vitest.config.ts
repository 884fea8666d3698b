import { defineConfig } from 'vitest/config';
import { unitTimeouts } from '../../vitest.timeouts.ts';

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node', isolate: false, ...unitTimeouts },
});
