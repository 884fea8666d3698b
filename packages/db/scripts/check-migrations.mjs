// Migrations match the schema. `drizzle-kit check` only verifies that the committed migration history is consistent
// (no colliding snapshots); it does not compare it with the schema files. So this script also runs `drizzle-kit
// generate` into a throwaway copy of the migrations folder: if the schema changed without a migration, generate
// writes a new one there, and the check fails. Run by the package's `lint` task (and `pnpm --filter @navette/db
// db:check`); nothing in ./drizzle is written.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const here = join(import.meta.dirname, '..');
const migrations = join(here, 'drizzle');
const run = (args) =>
  execFileSync('drizzle-kit', args, {
    cwd: here,
    encoding: 'utf8',
    // A schema change that drizzle-kit cannot tell from a rename makes it ask a question: no answer comes, so the
    // timeout ends it and the check fails (the schema does not match the migrations either way).
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });

const listing = (folder) =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .sort()
    .map((file) => {
      try {
        return `${file}\n${readFileSync(join(folder, file), 'utf8')}`;
      } catch {
        return file; // a folder
      }
    });

run(['check', '--config', 'drizzle.config.ts']);

const copy = mkdtempSync(join(tmpdir(), 'navette-migrations-'));
try {
  cpSync(migrations, copy, { recursive: true });
  let output = '';
  try {
    // drizzle-kit prefixes `--out` with './', so an absolute path would not do; a relative one does.
    output = run([
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      './src/schema/index.ts',
      '--out',
      relative(here, copy),
    ]);
  } catch (error) {
    console.error('drizzle-kit generate failed or asked a question: the schema does not match the migrations.');
    throw error;
  }
  const before = listing(migrations);
  const after = listing(copy);
  // drizzle-kit exits with 0 even when it fails, so its own "nothing to migrate" line must be there as well.
  const nothingToDo = /No schema changes, nothing to migrate/.test(output);
  if (!nothingToDo || before.length !== after.length || before.some((entry, index) => entry !== after[index])) {
    console.error(output);
    console.error(
      'The schema (src/schema) has changes that no migration holds: run `pnpm --filter @navette/db db:generate --name <what>`.',
    );
    process.exitCode = 1;
  } else {
    console.log('Migrations match the schema (drizzle-kit check and generate found nothing to do).');
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
