// A stray rejection or exception is logged and counted; the process goes on (issue 12). Run in a child process: the
// handlers are process-wide.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const guards = fileURLToPath(new URL('./process-guards.ts', import.meta.url));

describe('process guards', () => {
  it('survive an unhandled rejection and an uncaught exception, log them without the query parameters, count them', () => {
    const script = `
      import { installProcessGuards, processGuardCounters } from ${JSON.stringify(guards)};
      installProcessGuards('test');
      const drizzleLike = new Error('Failed query: select * from people where email = $1\\nparams: jeanne@exemple.fr');
      Promise.reject(drizzleLike);
      setImmediate(() => {
        setTimeout(() => console.log(JSON.stringify(processGuardCounters())), 0);
        throw new TypeError("Cannot read properties of null (reading 'write')");
      });
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual({ unhandledRejections: 1, uncaughtExceptions: 1 });
    expect(run.stderr).toContain('[test] unhandled rejection #1 (process kept running)');
    expect(run.stderr).toContain(
      "[test] uncaught exception #1 (process kept running): TypeError: Cannot read properties of null (reading 'write')",
    );
    expect(run.stderr).not.toContain('jeanne@exemple.fr');
  });
});
