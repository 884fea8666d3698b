import { defineConfig } from 'vitest/config';

// Property tests run thousands of cases: give them room on a loaded CI machine (a timeout is not a speed check).
export default defineConfig({ test: { testTimeout: 30_000 } });
