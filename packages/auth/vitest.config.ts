import { defineConfig } from 'vitest/config';
import { unitTimeouts } from '../../vitest.timeouts.ts';

// Hang guards sized for a loaded machine, not speed checks (../../vitest.timeouts.ts).
export default defineConfig({ test: { isolate: false, ...unitTimeouts } });
