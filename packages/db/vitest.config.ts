import { defineConfig } from 'vitest/config';
import { integrationTimeouts } from '../../vitest.timeouts.ts';

// PGlite migrates and seeds in-process: slow on a loaded machine (a timeout here is not a speed check: a hook over
// 120 s at load average 10 failed `npm test`, issue 17; ../../vitest.timeouts.ts).
export default defineConfig({ test: { ...integrationTimeouts } });
