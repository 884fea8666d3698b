import { defineConfig } from 'vitest/config';
import { unitTimeouts } from '../../vitest.timeouts.ts';

// Property tests run thousands of cases: CPU-bound, slow on a loaded machine (../../vitest.timeouts.ts).
export default defineConfig({ test: { isolate: false, ...unitTimeouts } });
