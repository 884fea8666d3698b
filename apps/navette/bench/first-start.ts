// The embedded first start, measured: a fresh PGlite data folder, migrations, the demo data (and, with --activity, the
// demo region's year of activity), the subgraphs and the gateway, until the product answers; then a second start on
// the same folder (data kept).
//
//   node apps/navette/bench/first-start.ts [--activity] [--today=2026-12-02]
//
// Needs the workspace built (pnpm exec turbo run build --filter=@navette/navette...).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNavette } from '../src/start.ts';

const { values: args } = parseArgs({
  options: { activity: { type: 'boolean', default: false }, today: { type: 'string' } },
});
const dir = mkdtempSync(join(tmpdir(), 'navette-first-start-'));
const dataDir = join(dir, 'pglite');
const clock = args.today ? () => new Date(`${args.today}T09:00:00Z`) : undefined;
try {
  for (const label of ['first start', 'second start']) {
    const started = performance.now();
    const marks: string[] = [];
    const navette = await startNavette({
      dataDir,
      port: 0,
      appsDir: '/nonexistent',
      ...(clock ? { clock } : {}),
      ...(args.activity ? { demoActivity: true } : {}),
      log: (m) => marks.push(`${((performance.now() - started) / 1000).toFixed(1)} s ${m}`),
    });
    const response = await fetch(`${navette.url}/readiness`);
    const seconds = (performance.now() - started) / 1000;
    await navette.stop();
    console.log(`${label}: ${seconds.toFixed(1)} s (readiness ${response.status})`);
    for (const m of marks) console.log(`  ${m}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
