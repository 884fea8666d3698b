import { defineConfig } from 'vitest/config';

// PGlite migrates and seeds in-process: slow on a loaded machine (a timeout here is not a speed check).
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
