import { defineConfig } from 'vitest/config';
import { integrationTimeouts } from '../../vitest.timeouts.ts';

export default defineConfig({ test: { ...integrationTimeouts } });
