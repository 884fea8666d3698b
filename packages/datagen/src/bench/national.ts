// `npm run bench:national` (issue 16 §5): the national data set loaded when it is not there yet, then the benchmark,
// in one command; `--quick` for a developer's loop (about 3 minutes once loaded): 1 % of the people with the national directory
// (every département × SIAE kind, so the indicator tables have their national shape), 1 s warm-up, 3 s per measure.
// Any other option is the benchmark's (bench.ts), e.g. `--only indicators-national --label mine`.
//
//   npm run bench:national                  # scale 1 (21 M rows, about 40 min to load the first time), database navette_bench
//   npm run bench:national -- --quick       # scale 0.01, directory 1, database navette_bench_quick
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const given = process.argv.slice(2).filter((a) => a !== '--');
const quick = given.includes('--quick');
const passed = given.filter((a) => a !== '--quick');
const option = (name: string) => {
  const i = passed.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return passed[i]!.includes('=') ? passed[i]!.split('=')[1] : passed[i + 1];
};
const database = option('database') ?? (quick ? 'navette_bench_quick' : 'navette_bench');
const generate = [
  ...(quick ? ['--scale', '0.01', '--directory-scale', '1'] : ['--scale', '1']),
  '--seed',
  '42',
  '--database',
  database,
  '--reuse',
  ...(option('admin-url') ? ['--admin-url', option('admin-url')!] : []),
];
const bench = [
  ...(option('database') ? [] : ['--database', database]),
  ...(quick && !option('duration') ? ['--duration', '3'] : []),
  ...(quick && !option('warmup') ? ['--warmup', '1'] : []),
  ...(quick && !option('label') ? ['--label', 'quick'] : []),
  ...passed,
];
const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('../cli/generate.js', generate);
run('./bench.js', bench);
