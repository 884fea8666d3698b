// Tests of scripts/toolchain.mjs: each test copies the script into a project of its own (a temporary folder with a
// package.json, a pnpm-workspace.yaml and a fake toolchain) and runs it as `npm test` would, with fake `pnpm`/`npm`
// commands that record their calls. Nothing here downloads anything or touches the real .navette/toolchain.
// No timed assertion: a test waits for files the children write when they are ready or receive a signal.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { satisfies } from '../toolchain.mjs';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'toolchain.mjs');
const source = readFileSync(script, 'utf8');
const NODE_VERSION = /const NODE_VERSION = '([^']+)'/.exec(source)[1];
const PNPM_VERSION = /const PNPM_VERSION = '([^']+)'/.exec(source)[1];

const projects = [];
after(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

function write(file, text, mode) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  if (mode) chmodSync(file, mode);
}

/**
 * A project with the wrapper, `engines.node` as given, pnpm installed in its toolchain (a fake recording its calls to
 * calls.log; `install` leaves pnpm's .modules.yaml, `run <script>` exits 0) and a fake `npm` on PATH.
 */
function project({ engines = `>=${process.versions.node.split('.')[0]}` } = {}) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'navette-toolchain-')));
  projects.push(dir);
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(script, join(dir, 'scripts', 'toolchain.mjs'));
  return setUp(dir, engines);
}

function setUp(dir, engines) {
  write(join(dir, 'package.json'), JSON.stringify({ name: 'p', private: true, engines: { node: engines } }));
  write(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  write(join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
  write(join(dir, 'packages', 'a', 'package.json'), JSON.stringify({ name: 'a', devDependencies: { x: '1.0.0' } }));
  const modules = join(dir, '.navette', 'toolchain', 'node_modules');
  write(join(modules, 'pnpm', 'package.json'), JSON.stringify({ name: 'pnpm', version: PNPM_VERSION }));
  write(
    join(modules, '.bin', 'pnpm'),
    `#!/usr/bin/env node
const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(join(dir, 'calls.log'))}, 'pnpm ' + process.argv.slice(2).join(' ') + '\\n');
if (process.argv[2] === 'install') {
  fs.mkdirSync('node_modules', { recursive: true });
  fs.writeFileSync('node_modules/.modules.yaml', 'layoutVersion: 5\\n');
  fs.mkdirSync('packages/a/node_modules', { recursive: true });
}
`,
    0o755,
  );
  // Left as npm with ignore-scripts leaves it: the package is there, its binary is not.
  write(join(modules, 'node', 'package.json'), JSON.stringify({ name: 'node', version: NODE_VERSION }));
  write(
    join(dir, 'fake-bin', 'npm'),
    `#!/bin/sh
echo "npm $*" >> ${JSON.stringify(join(dir, 'calls.log'))}
[ -f ${JSON.stringify(join(dir, 'npm-repairs'))} ] || exit 1
mkdir -p ${JSON.stringify(join(modules, 'node', 'bin'))}
echo '{"name":"node","version":"${NODE_VERSION}"}' > ${JSON.stringify(join(modules, 'node', 'package.json'))}
printf '#!/bin/sh\\necho v${NODE_VERSION}\\n' > ${JSON.stringify(join(modules, 'node', 'bin', 'node'))}
chmod +x ${JSON.stringify(join(modules, 'node', 'bin', 'node'))}
ln -sf ../node/bin/node ${JSON.stringify(join(modules, '.bin', 'node'))}
`,
    0o755,
  );
  mkdirSync(join(modules, 'node', 'bin'), { recursive: true });
  return dir;
}

/** Runs the project's wrapper; resolves with its exit code, signal and output. */
function wrapper(dir, args, { onSpawn } = {}) {
  const env = { ...process.env, PATH: [join(dir, 'fake-bin'), process.env.PATH].join(delimiter) };
  delete env.CI;
  const child = spawn(process.execPath, [join(dir, 'scripts', 'toolchain.mjs'), ...args], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  onSpawn?.(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Waits until `file` exists (a condition, not a duration: the poll interval only paces the checks). */
async function fileAppears(file, exited) {
  while (!existsSync(file)) {
    if (exited.done) throw new Error(`the wrapper exited before ${file} appeared`);
    await sleep(20);
  }
}

const calls = (dir) =>
  existsSync(join(dir, 'calls.log')) ? readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n') : [];

/**
 * A child that starts a grandchild and writes `child-ready` (the grandchild's pid) once both are up. Each writes
 * `<name>-got-<signal>` on a termination signal; the child then exits with 42 (or, with `handle: false`, the signal's
 * default action ends it). The grandchild also exits, without writing, when the child is gone (its stdin closes):
 * a grandchild the signal did not reach ends too, and the test fails instead of hanging.
 */
function signalChild(dir, { handle = true } = {}) {
  const grandchild = `
    const fs = require('node:fs');
    for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(s, () => { fs.writeFileSync('grandchild-got-' + s, ''); process.exit(0); });
    process.stdin.on('end', () => process.exit(0)).resume();
    fs.writeFileSync('grandchild-ready', '');
  `;
  write(
    join(dir, 'child.cjs'),
    `const fs = require('node:fs');
const { spawn } = require('node:child_process');
const grandchild = spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: ['pipe', 'inherit', 'inherit'] });
${
  handle
    ? `for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(s, () => {
  fs.writeFileSync('child-got-' + s, '');
  process.exit(42);
});`
    : ''
}
const ready = setInterval(() => {
  if (fs.existsSync('grandchild-ready')) { clearInterval(ready); fs.writeFileSync('child-ready', String(grandchild.pid)); }
}, 10);
setInterval(() => {}, 1000);
`,
  );
}

/** Waits until the process `pid` is gone. */
async function processGone(pid) {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(20);
  }
}

describe('signals', () => {
  for (const [sent, received] of [
    ['SIGTERM', 'SIGTERM'],
    ['SIGINT', 'SIGINT'],
    ['SIGHUP', 'SIGTERM'],
  ]) {
    test(`${sent} sent to the wrapper reaches the child's whole process group (as ${received}); the wrapper exits with the child's status`, async () => {
      const dir = project();
      signalChild(dir);
      const exited = { done: false };
      let wrapperProcess;
      const run = wrapper(dir, ['--exec', 'node', 'child.cjs'], { onSpawn: (c) => (wrapperProcess = c) }).finally(
        () => (exited.done = true),
      );
      await fileAppears(join(dir, 'child-ready'), exited);
      wrapperProcess.kill(sent);
      const result = await run;
      assert.equal(result.signal, null, result.stderr);
      assert.equal(result.code, 42, result.stderr);
      assert.ok(existsSync(join(dir, `child-got-${received}`)), 'the child received the signal');
      await processGone(Number(readFileSync(join(dir, 'child-ready'), 'utf8')));
      assert.ok(existsSync(join(dir, `grandchild-got-${received}`)), 'the grandchild received the signal');
    });
  }

  test('a child ended by the signal ends the wrapper by the same signal', async () => {
    const dir = project();
    signalChild(dir, { handle: false });
    const exited = { done: false };
    let wrapperProcess;
    const run = wrapper(dir, ['--exec', 'node', 'child.cjs'], { onSpawn: (c) => (wrapperProcess = c) }).finally(
      () => (exited.done = true),
    );
    await fileAppears(join(dir, 'child-ready'), exited);
    wrapperProcess.kill('SIGTERM');
    const result = await run;
    assert.equal(result.signal, 'SIGTERM', result.stderr);
    await processGone(Number(readFileSync(join(dir, 'child-ready'), 'utf8')));
    assert.ok(existsSync(join(dir, 'grandchild-got-SIGTERM')));
  });

  test('a signal during `pnpm install` stops it and the wrapper runs nothing after it', async () => {
    const dir = project();
    signalChild(dir);
    // pnpm install is the child here: it waits like the product would.
    write(
      join(dir, '.navette', 'toolchain', 'node_modules', '.bin', 'pnpm'),
      `#!/usr/bin/env node
require('node:fs').appendFileSync('calls.log', 'pnpm ' + process.argv.slice(2).join(' ') + '\\n');
require('./../../../../child.cjs');
`,
      0o755,
    );
    const exited = { done: false };
    let wrapperProcess;
    const run = wrapper(dir, ['test'], { onSpawn: (c) => (wrapperProcess = c) }).finally(() => (exited.done = true));
    await fileAppears(join(dir, 'child-ready'), exited);
    wrapperProcess.kill('SIGTERM');
    const result = await run;
    assert.equal(result.code, 42, `the install's status\n${result.stderr}`);
    assert.deepEqual(calls(dir), ['pnpm install --prefer-offline']);
  });
});

test("exit status: the command's, 127 when it does not exist", async () => {
  const dir = project();
  assert.equal((await wrapper(dir, ['--exec', 'node', '-e', 'process.exit(3)'])).code, 3);
  assert.equal((await wrapper(dir, ['--exec', 'no-such-command-navette'])).code, 127);
  assert.equal((await wrapper(dir, [])).code, 2);
});

test('PATH: the toolchain first, joined with the platform delimiter, the inherited PATH kept whole', async () => {
  const dir = project();
  const result = await wrapper(dir, ['--exec', 'node', '-e', 'process.stdout.write(process.env.PATH)']);
  assert.equal(result.code, 0, result.stderr);
  const inherited = [join(dir, 'fake-bin'), process.env.PATH].join(delimiter);
  assert.equal(
    result.stdout,
    [join(dir, '.navette', 'host-node'), join(dir, '.navette', 'toolchain', 'node_modules', '.bin'), inherited].join(
      delimiter,
    ),
  );
});

describe('which Node', () => {
  test('the running Node when it satisfies engines: no download, `node` on PATH is this Node', async () => {
    const dir = project();
    const result = await wrapper(dir, ['--exec', 'node', '-e', 'process.stdout.write(process.execPath)']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(realpathSync(result.stdout), realpathSync(process.execPath));
    assert.deepEqual(calls(dir), []);
  });

  test('engines not satisfied and the installed Node has no binary (npm ignore-scripts): detected and reinstalled with scripts on', async () => {
    const dir = project({ engines: '>=999' });
    writeFileSync(join(dir, 'npm-repairs'), '');
    const result = await wrapper(dir, ['--exec', 'node', '--version']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`installed Node ${NODE_VERSION.replaceAll('.', '\\.')} does not run`));
    assert.equal(result.stdout.trim(), `v${NODE_VERSION}`, 'the repaired toolchain Node runs the command');
    const [npm] = calls(dir);
    assert.match(npm, /^npm install --prefix .* --ignore-scripts=false /);
    assert.match(npm, new RegExp(`node@${NODE_VERSION.replaceAll('.', '\\.')}`));
  });

  test('an installed Node that answers another version is reinstalled too', async () => {
    const dir = project({ engines: '>=999' });
    writeFileSync(join(dir, 'npm-repairs'), '');
    const modules = join(dir, '.navette', 'toolchain', 'node_modules');
    write(join(modules, 'node', 'bin', 'node'), '#!/bin/sh\necho v1.0.0\n', 0o755);
    symlinkSync('../node/bin/node', join(modules, '.bin', 'node'));
    const result = await wrapper(dir, ['--exec', 'node', '--version']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /answers "v1\.0\.0"/);
    assert.equal(calls(dir).length, 1);
  });

  test('a Node that still does not run after the reinstall: a clear error, nothing run', async () => {
    const dir = project({ engines: '>=999' }); // the fake npm "succeeds" without repairing
    write(join(dir, 'fake-bin', 'npm'), '#!/bin/sh\nexit 0\n', 0o755);
    const result = await wrapper(dir, ['--exec', 'node', '-e', 'require("fs").writeFileSync("ran", "")']);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /does not run \(no binary\)\. Its npm package downloads the binary in an install script/,
    );
    assert.equal(existsSync(join(dir, 'ran')), false);
  });
});

test('pnpm install: on the first run, skipped while nothing it reads changed, again after a lockfile or package.json change or a deleted node_modules', async () => {
  const dir = project();
  const installs = () => calls(dir).filter((line) => line.startsWith('pnpm install')).length;
  assert.equal((await wrapper(dir, ['noop'])).code, 0);
  assert.equal(installs(), 1);
  assert.equal((await wrapper(dir, ['noop'])).code, 0);
  assert.equal(installs(), 1, 'nothing changed: no install');
  assert.deepEqual(calls(dir).slice(-1), ['pnpm run noop']);

  writeFileSync(join(dir, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n# changed\n");
  await wrapper(dir, ['noop']);
  assert.equal(installs(), 2, 'lockfile changed');

  write(join(dir, 'packages', 'a', 'package.json'), JSON.stringify({ name: 'a', devDependencies: { x: '2.0.0' } }));
  await wrapper(dir, ['noop']);
  assert.equal(installs(), 3, 'a package.json changed');

  rmSync(join(dir, 'packages', 'a', 'node_modules'), { recursive: true });
  await wrapper(dir, ['noop']);
  assert.equal(installs(), 4, "a package's node_modules deleted");

  await wrapper(dir, ['noop']);
  assert.equal(installs(), 4);
});

test('a failed pnpm install is not remembered: the next run installs again', async () => {
  const dir = project();
  const pnpm = join(dir, '.navette', 'toolchain', 'node_modules', '.bin', 'pnpm');
  const working = readFileSync(pnpm, 'utf8');
  write(pnpm, `${working}\nif (process.argv[2] === 'install') process.exit(5);\n`, 0o755);
  assert.equal((await wrapper(dir, ['noop'])).code, 5);
  write(pnpm, working, 0o755);
  assert.equal((await wrapper(dir, ['noop'])).code, 0);
  assert.equal(calls(dir).filter((line) => line.startsWith('pnpm install')).length, 2);
});

test('engines ranges', () => {
  assert.ok(satisfies('24.21.0', '>=24'));
  assert.ok(!satisfies('20.20.2', '>=24'));
  assert.ok(satisfies('24.0.0', '^24.0.0'));
  assert.ok(!satisfies('25.0.0', '^24.0.0'));
  assert.ok(satisfies('22.12.0', '^20.19.0 || >=22.12.0'));
  assert.ok(!satisfies('22.11.0', '^20.19.0 || >=22.12.0'));
  assert.ok(satisfies('24.3.1', '24.x'));
  assert.ok(satisfies('24.3.1', '~24.3'));
  assert.ok(!satisfies('24.4.0', '~24.3'));
  assert.ok(satisfies('23.0.0', '>22'));
  assert.ok(!satisfies('22.9.0', '>22'));
  assert.ok(satisfies('22.9.0', '<=22'));
  assert.ok(satisfies('22.0.0', '22.0.0 - 24'));
  assert.ok(!satisfies('25.0.0', '22.0.0 - 24'));
  assert.ok(satisfies('24.21.0', '>= 24 < 26'));
  assert.ok(satisfies('30.0.0', '*'));
});
