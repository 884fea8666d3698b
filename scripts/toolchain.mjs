#!/usr/bin/env node
// Brings the project's toolchain (Node 24 LTS and pnpm 10) from the npm registry into .navette/toolchain, then runs
// `pnpm install` (when the lockfile or a package.json changed since the last one) and the given root script with it.
// Why: the machines ship Node 20 (end of life since April 2026) and several current packages
// (@apollo/subgraph 2.15, vitest 5, graphql-codegen plugins) need Node >= 22. A running Node that already satisfies
// the workspace's `engines.node` (package.json; `.nvmrc` for nvm/fnm users) is used as it is: only pnpm is brought.
// Usage: node scripts/toolchain.mjs start                      builds and starts the product (npm start)
//        node scripts/toolchain.mjs start:server [--demo-data] builds and starts the services as separate processes
//                                                              on DATABASE_URL (npm run start:server)
//        node scripts/toolchain.mjs <root script> [args...]   e.g. `node scripts/toolchain.mjs product:test`
//        node scripts/toolchain.mjs --exec <command> [args...]  runs any command with the toolchain on PATH
// Signals: SIGTERM, SIGINT and SIGHUP sent to this wrapper (docker stop, systemd, Ctrl-C, a closed terminal) are
// forwarded to the process group of the step running (install, build, the product or the script), and the wrapper
// exits with that step's status. Its tests: scripts/test/toolchain.test.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { constants } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const NODE_VERSION = '24.21.0';
const PNPM_VERSION = '10.34.8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolchain = join(root, '.navette', 'toolchain');
const bin = join(toolchain, 'node_modules', '.bin');
/** Holds one entry, `node`, a link to the running Node when it satisfies `engines` (first on PATH). */
const hostNodeDir = join(root, '.navette', 'host-node');
/** Written after a successful `pnpm install`: the fingerprint of what it installed from. */
const installStamp = join(root, 'node_modules', '.navette-install-fingerprint');

const log = (message) => console.error(`[navette] ${message}`);

// ---------------------------------------------------------------------------------------------------------------------
// Which Node: the running one when it satisfies `engines.node`, else the toolchain's.

/** `[major, minor, patch]` of a version or partial version (`24`, `24.1`, `v24.1.2`, `24.x`); undefined for x. */
function parsePartial(text) {
  const parts = text
    .replace(/^[v=]+/, '')
    .split('-')[0]
    .split('.');
  return [0, 1, 2].map((i) => (parts[i] === undefined || /^[x*X]?$/.test(parts[i]) ? undefined : Number(parts[i])));
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** The comparators (`[op, [major, minor, patch]]`) one range element stands for (npm's semver x-range rules). */
function comparators(token) {
  const match = /^(>=|<=|>|<|=|\^|~>?|)\s*(.*)$/.exec(token);
  const op = match[1];
  const p = parsePartial(match[2] || '*');
  const [M, m, f] = p;
  const low = [M ?? 0, m ?? 0, f ?? 0];
  if (M === undefined) return op === '<' || op === '>' ? [['<', [0, 0, 0]]] : [];
  // The first version above the partial: 24 → 25.0.0, 24.1 → 24.2.0.
  const above = m === undefined ? [M + 1, 0, 0] : f === undefined ? [M, m + 1, 0] : undefined;
  switch (op) {
    case '>=':
      return [['>=', low]];
    case '>':
      return [above ? ['>=', above] : ['>', low]];
    case '<':
      return [['<', low]];
    case '<=':
      return [above ? ['<', above] : ['<=', low]];
    case '^': {
      const upper = M > 0 || m === undefined ? [M + 1, 0, 0] : m > 0 || f === undefined ? [0, m + 1, 0] : [0, 0, f + 1];
      return [
        ['>=', low],
        ['<', upper],
      ];
    }
    case '~':
    case '~>':
      return [
        ['>=', low],
        ['<', m === undefined ? [M + 1, 0, 0] : [M, m + 1, 0]],
      ];
    default:
      return above
        ? [
            ['>=', low],
            ['<', above],
          ]
        : [['=', low]];
  }
}

/** Whether `version` satisfies a semver range as found in `engines` (||, hyphen ranges, ^, ~, x, comparators). */
export function satisfies(version, range) {
  const v = parsePartial(version).map((n) => n ?? 0);
  return range.split('||').some((alternative) => {
    let text = alternative.trim().replace(/(>=|<=|>|<|=|\^|~>?)\s+/g, '$1');
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
    if (hyphen) text = `>=${hyphen[1]} <=${hyphen[2]}`;
    const tokens = text.split(/\s+/).filter(Boolean);
    return tokens.flatMap(comparators).every(([op, bound]) => {
      const c = compare(v, bound);
      return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : c === 0;
    });
  });
}

function enginesNode() {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node;
  return typeof range === 'string' ? range : undefined;
}

/** Why this machine cannot run the Node the npm registry's `node` package brings, if it cannot. */
function unsupportedForDownload() {
  if (process.platform === 'win32') return 'Windows is not supported: use WSL 2 (Ubuntu or Debian) and run npm there.';
  if (process.platform === 'linux' && !process.report?.getReport().header.glibcVersionRuntime) {
    return (
      'this Linux uses musl (Alpine?): the Node builds of the npm registry need glibc. Bring a Node that satisfies ' +
      `"${enginesNode()}" yourself (see .nvmrc; on Alpine, \`apk add nodejs\` from a recent release) and run again.`
    );
  }
  if (!['linux', 'darwin'].includes(process.platform)) return `${process.platform} is not supported (Linux, macOS).`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// Steps as child processes, each in its own process group; signals forwarded to it.

/** The step running now, and the first termination signal received (the wrapper stops after the current step). */
let current;
let stopSignal;

function forward(signal) {
  const child = current;
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    // The whole group: pnpm runs a shell that runs turbo that runs vitest, and each must hear it once.
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

// SIGHUP (the terminal went away) is forwarded as SIGTERM: the product and the test runners stop cleanly on SIGTERM,
// while SIGHUP's default action would kill them in the middle of a write. A second signal is forwarded again (the
// product ignores a repeated one; other commands may take it as "stop now").
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    const forwarded = signal === 'SIGHUP' ? 'SIGTERM' : signal;
    stopSignal ??= forwarded;
    forward(forwarded);
  });
}

/**
 * Runs one step. Resolves with `{ code, signal }` when it exits, or `{ error }` when it cannot start. The child leads
 * a new process group (and session) so that a forwarded signal reaches every process under it, and a signal the
 * terminal sends to the wrapper's group reaches the step only once, through the wrapper.
 */
function step(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    if (stopSignal) return resolvePromise({ signal: stopSignal, skipped: true });
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, detached: true, ...options });
    current = child;
    child.once('error', (error) => resolvePromise({ error }));
    child.once('exit', (code, signal) => resolvePromise({ code, signal }));
    if (stopSignal) forward(stopSignal);
  });
}

const succeeded = (result) => !result.error && !result.signal && result.code === 0;

/** Exits as the step did: its exit code, or the signal that ended it (re-raised, so our parent sees the same). */
function exitLike(result, what) {
  if (result.error) {
    log(`could not start ${what}: ${result.error.message}`);
    process.exit(result.error.code === 'ENOENT' ? 127 : 1);
  }
  if (result.signal) {
    process.removeAllListeners(result.signal);
    process.kill(process.pid, result.signal);
    // Should the signal not end this process (ignored by the platform), the shell's convention.
    setImmediate(() => process.exit(128 + (constants.signals[result.signal] ?? 1)));
    return new Promise(() => {});
  }
  process.exit(result.code ?? 1);
}

// ---------------------------------------------------------------------------------------------------------------------
// The toolchain: pnpm always, Node unless the running one will do. The installed Node is run before it is trusted.

function installedVersion(pkg) {
  const file = join(toolchain, 'node_modules', pkg, 'package.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** What the installed Node answers to `--version`, or why it did not (npm's ignore-scripts leaves no binary). */
function checkInstalledNode() {
  const result = spawnSync(join(bin, 'node'), ['--version'], { encoding: 'utf8' });
  if (result.error) return { ok: false, why: result.error.code === 'ENOENT' ? 'no binary' : result.error.message };
  const answer = result.stdout.trim();
  if (result.status !== 0) return { ok: false, why: `exit status ${result.status ?? result.signal}` };
  return answer === `v${NODE_VERSION}` ? { ok: true } : { ok: false, why: `it answers "${answer}"` };
}

async function npmInstall(packages, why) {
  log(`${why}: installing ${packages.join(' and ')} into .navette/toolchain`);
  mkdirSync(toolchain, { recursive: true });
  // The `node` package fetches the binary of this platform in its preinstall script: scripts on, whatever npm's
  // configuration says (ignore-scripts=true would leave node_modules/node without a binary).
  const result = await step('npm', [
    'install',
    '--prefix',
    toolchain,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--ignore-scripts=false',
    ...packages,
  ]);
  if (!succeeded(result)) {
    if (!result.signal) log('could not install the toolchain from the npm registry');
    return exitLike(result, 'npm');
  }
}

export async function ensureToolchain(hostNode) {
  const wanted = [];
  if (installedVersion('pnpm') !== PNPM_VERSION) wanted.push(`pnpm@${PNPM_VERSION}`);
  if (!hostNode) {
    if (installedVersion('node') !== NODE_VERSION) wanted.push(`node@${NODE_VERSION}`);
    else {
      const check = checkInstalledNode();
      if (!check.ok) {
        log(`the installed Node ${NODE_VERSION} does not run (${check.why}): installing it again`);
        rmSync(join(toolchain, 'node_modules', 'node'), { recursive: true, force: true });
        wanted.push(`node@${NODE_VERSION}`);
      }
    }
    // npm without a package.json keeps only what it is asked for: ask for both when one is missing.
    if (wanted.length === 1)
      wanted.push(wanted[0].startsWith('pnpm') ? `node@${NODE_VERSION}` : `pnpm@${PNPM_VERSION}`);
  }
  if (wanted.length > 0) await npmInstall(wanted, 'first run or version change');
  if (!hostNode) {
    const check = checkInstalledNode();
    if (!check.ok) {
      log(
        `the Node ${NODE_VERSION} installed into .navette/toolchain does not run (${check.why}). Its npm package ` +
          'downloads the binary in an install script: check that npm may run scripts and reach the registry, or ' +
          `bring a Node that satisfies "${enginesNode()}" yourself (.nvmrc).`,
      );
      process.exit(1);
    }
  } else {
    linkHostNode();
  }
}

/** `.navette/host-node/node` → the running Node: first on PATH, so that no other `node` (the toolchain's) wins. */
function linkHostNode() {
  const link = join(hostNodeDir, 'node');
  try {
    if (readlinkSync(link) === process.execPath) return;
  } catch {
    // missing: created below
  }
  mkdirSync(hostNodeDir, { recursive: true });
  const temporary = `${link}.${process.pid}`;
  rmSync(temporary, { force: true });
  symlinkSync(process.execPath, temporary);
  renameSync(temporary, link);
}

export const toolchainEnv = (hostNode) => ({
  ...process.env,
  PATH: [...(hostNode ? [hostNodeDir] : []), bin, ...(process.env.PATH ? [process.env.PATH] : [])].join(delimiter),
  npm_config_update_notifier: 'false',
});

// ---------------------------------------------------------------------------------------------------------------------
// `pnpm install` only when what it installs from changed since the last successful one.

/** The workspace's package folders, from pnpm-workspace.yaml's `packages` (`dir/*` and `dir` patterns). */
function workspacePackages() {
  const text = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\s*\n((?:[ \t]+-.*\n?)*)/m.exec(text)?.[1] ?? '';
  const dirs = [];
  for (const line of block.split('\n')) {
    const pattern = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line)?.[1];
    if (!pattern) continue;
    if (pattern.startsWith('!')) return undefined;
    if (/^[^*?{}[\]]+\/\*$/.test(pattern)) {
      const parent = join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.isDirectory() && existsSync(join(parent, entry.name, 'package.json')))
          dirs.push(join(parent, entry.name));
      }
    } else if (/^[^*?{}[\]]+$/.test(pattern)) {
      dirs.push(join(root, pattern));
    } else {
      return undefined; // a glob this reader does not know: install every time, as before
    }
  }
  return dirs;
}

/** A hash of everything `pnpm install` reads, with the pnpm and Node (major) that run it; undefined if unknown. */
function installFingerprint(nodeMajor) {
  const packages = workspacePackages();
  if (!packages) return undefined;
  const hash = createHash('sha256').update(
    `pnpm ${PNPM_VERSION} node ${nodeMajor} ${process.platform}-${process.arch}\n`,
  );
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', '.npmrc', '.pnpmfile.cjs'].map((f) =>
    join(root, f),
  );
  if (existsSync(join(root, 'patches'))) {
    for (const name of readdirSync(join(root, 'patches')).sort()) files.push(join(root, 'patches', name));
  }
  for (const dir of packages) files.push(join(dir, 'package.json'));
  for (const file of files) {
    hash.update(`${file.slice(root.length)}\n`);
    if (existsSync(file) && statSync(file).isFile()) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return { value: hash.digest('hex'), packages };
}

/** Whether node_modules is as the last successful install left it, for the same lockfile and package.json files. */
function installUpToDate(fingerprint) {
  if (!fingerprint) return false;
  if (!existsSync(join(root, 'node_modules', '.modules.yaml'))) return false; // pnpm's own record of an install
  try {
    if (readFileSync(installStamp, 'utf8').trim() !== fingerprint.value) return false;
  } catch {
    return false;
  }
  // A package whose node_modules was deleted since.
  return fingerprint.packages.every((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const hasDependencies = ['dependencies', 'devDependencies', 'optionalDependencies'].some(
      (field) => Object.keys(manifest[field] ?? {}).length > 0,
    );
    return !hasDependencies || existsSync(join(dir, 'node_modules'));
  });
}

// ---------------------------------------------------------------------------------------------------------------------

async function main(argv) {
  const [first, ...rest] = argv;
  if (!first || (first === '--exec' && !rest[0])) {
    log('usage: node scripts/toolchain.mjs <root script> [args...] | --exec <command> [args...]');
    process.exit(2);
  }
  if (process.platform === 'win32') {
    log(unsupportedForDownload());
    process.exit(1);
  }
  const engines = enginesNode();
  const hostNode = engines !== undefined && satisfies(process.versions.node, engines);
  if (!hostNode) {
    const unsupported = unsupportedForDownload();
    if (unsupported) {
      log(`Node ${process.versions.node} does not satisfy "${engines}" and ${unsupported}`);
      process.exit(1);
    }
  }
  await ensureToolchain(hostNode);
  const env = toolchainEnv(hostNode);
  const nodeBinary = hostNode ? process.execPath : join(bin, 'node');

  if (first === '--exec') return exitLike(await step(rest[0], rest.slice(1), { env }), rest[0]);

  const fingerprint = installFingerprint(hostNode ? process.versions.node.split('.')[0] : NODE_VERSION.split('.')[0]);
  if (!installUpToDate(fingerprint)) {
    rmSync(installStamp, { force: true });
    const install = await step(
      'pnpm',
      ['install', ...(process.env.CI ? ['--frozen-lockfile'] : ['--prefer-offline'])],
      {
        // No question asked (the step has no terminal of its own): a modules folder to rebuild is rebuilt.
        env: { ...env, npm_config_confirm_modules_purge: 'false' },
      },
    );
    if (!succeeded(install)) return exitLike(install, 'pnpm install');
    if (fingerprint) writeFileSync(installStamp, `${fingerprint.value}\n`);
  }

  if (first === 'start' || first === 'start:server') {
    // Build what the product needs, then run it as this process's direct child (no pnpm/sh in between), so that a
    // stop reaches it once and it can stop the subgraphs, the gateway and the database in order.
    const build = await step(
      'pnpm',
      ['exec', 'turbo', 'run', 'build', '--filter=@navette/navette...', '--output-logs=errors-only'],
      { env: { ...env, TURBO_TELEMETRY_DISABLED: '1' } },
    );
    if (!succeeded(build)) return exitLike(build, 'the build');
    // `start`: the whole product in one process. `start:server`: the supervisor of server mode
    // (apps/navette/src/server-mode.ts), which runs each service as its own process with this toolchain's Node.
    const entry = first === 'start' ? 'apps/navette/dist/main.js' : 'apps/navette/dist/server-mode.js';
    // As deployed (docker-compose.yml): graphql-js skips its development checks (10 % of a large answer's time,
    // docs/benchmarks.md "Indicators at national scale").
    return exitLike(
      await step(nodeBinary, [entry, ...rest], { env: { NODE_ENV: 'production', ...env } }),
      'the product',
    );
  }
  return exitLike(await step('pnpm', ['run', first, ...rest], { env }), `pnpm run ${first}`);
}

if (process.argv[1] && pathToFileURL(realpathSync(resolve(process.argv[1]))).href === import.meta.url) {
  main(process.argv.slice(2)).catch((error) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
