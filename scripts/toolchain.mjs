#!/usr/bin/env node
// Brings the project's own toolchain (Node 24 LTS and pnpm 10) from the npm registry into
// .navette/toolchain, then runs `pnpm install` and the given root script with it.
// Why: the machines ship Node 20 (end of life since April 2026) and several current packages
// (@apollo/subgraph 2.15, vitest 5, graphql-codegen plugins) need Node >= 22.
// Usage: node scripts/toolchain.mjs start                      builds and starts the product (npm start)
//        node scripts/toolchain.mjs start:server [--demo-data] builds and starts the services as separate processes
//                                                              on DATABASE_URL (npm run start:server)
//        node scripts/toolchain.mjs <root script> [args...]   e.g. `node scripts/toolchain.mjs product:test`
//        node scripts/toolchain.mjs --exec <command> [args...]  runs any command with the toolchain on PATH
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '10.34.8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolchain = join(root, '.navette', 'toolchain');
const bin = join(toolchain, 'node_modules', '.bin');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function installedVersion(pkg) {
  const file = join(toolchain, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

export function ensureToolchain() {
  if (installedVersion('node') === NODE_VERSION && installedVersion('pnpm') === PNPM_VERSION) return;
  console.log(`[navette] installing Node ${NODE_VERSION} and pnpm ${PNPM_VERSION} into .navette/toolchain (once)`);
  mkdirSync(toolchain, { recursive: true });
  const status = run(
    'npm',
    ['install', '--prefix', toolchain, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error',
      `node@${NODE_VERSION}`, `pnpm@${PNPM_VERSION}`],
  );
  if (status !== 0) {
    console.error('[navette] could not install the toolchain from the npm registry');
    process.exit(status);
  }
}

export const toolchainEnv = () => ({
  ...process.env,
  PATH: `${bin}:${process.env.PATH ?? ''}`,
  npm_config_update_notifier: 'false',
});

// Ctrl-C reaches every process of the terminal's group: let the product stop itself cleanly and report, rather than
// this wrapper dying first and handing the prompt back while the product is still shutting down. While the product
// runs, a signal sent to this wrapper alone (SIGTERM from a service manager) is forwarded to it (see runForwarding).
let forwardTo;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (forwardTo && forwardTo.exitCode === null && forwardTo.signalCode === null) forwardTo.kill(signal);
  });
}

/** Runs the product as this process's child, forwards SIGINT/SIGTERM to it, and exits with its code. */
function runForwarding(command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
  forwardTo = child;
  child.once('error', (error) => {
    console.error(`[navette] could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signalNumbers[signal] ?? 1) : 1)));
}
const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

const [first, ...rest] = process.argv.slice(2);
if (!first) {
  console.error('usage: node scripts/toolchain.mjs <root script> [args...] | --exec <command> [args...]');
  process.exit(2);
}
ensureToolchain();
const env = toolchainEnv();
if (first === '--exec') {
  runForwarding(rest[0], rest.slice(1), { env });
} else {
  const install = run('pnpm', ['install', ...(process.env.CI ? ['--frozen-lockfile'] : ['--prefer-offline'])], { env });
  if (install !== 0) process.exit(install);
  if (first === 'start' || first === 'start:server') {
    // Build what the product needs, then run it as this process's direct child (no pnpm/sh in between), so that
    // Ctrl-C reaches it once and it can stop the subgraphs, the gateway and the database in order.
    const build = run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@navette/navette...', '--output-logs=errors-only'], {
      env: { ...env, TURBO_TELEMETRY_DISABLED: '1' },
    });
    if (build !== 0) process.exit(build);
    // `start`: the whole product in one process. `start:server`: the supervisor of server mode
    // (apps/navette/src/server-mode.ts), which runs each service as its own process with this toolchain's Node.
    const entry = first === 'start' ? 'apps/navette/dist/main.js' : 'apps/navette/dist/server-mode.js';
    // As deployed (docker-compose.yml): graphql-js skips its development checks (10 % of a large answer's time,
    // docs/benchmarks.md "Indicators at national scale").
    runForwarding(join(bin, 'node'), [entry, ...rest], { env: { NODE_ENV: 'production', ...env } });
  } else {
    runForwarding('pnpm', ['run', first, ...rest], { env });
  }
}
