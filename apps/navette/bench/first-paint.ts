// First paint of each portal's sign-in page (issue 14 §5), measured with the browser tests' Chromium: two builds of the
// portals served by the same product on one database, in turns, each sample in a fresh browser context (cold cache).
//
//   node apps/navette/bench/first-paint.ts [--before=<appsDir>] [--samples=7]
//
// `--before` is a folder holding another build of the portals (`<dir>/<portal>/dist`, e.g. copied from an earlier
// commit's build); without it only this repository's build (apps/) is measured. Needs the workspace built, Debian's
// Chromium (/usr/bin/chromium or CHROMIUM_PATH) and PostgreSQL on 127.0.0.1:5432 (or NAVETTE_TEST_ADMIN_URL).
// Prints first-contentful-paint per portal (median and range of the samples, in ms), the bytes transferred and the
// load average before and after: the machine is shared, figures compare the builds with each other.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@navette/db/testing';
import { chromium, type Browser } from 'playwright-core';
import { startNavette, type RunningNavette } from '../src/start.ts';

const { values: args } = parseArgs({
  options: {
    before: { type: 'string' },
    samples: { type: 'string', default: '7' },
  },
});

const PORTALS = [
  { name: 'prescripteur', path: '/prescripteur/connexion' },
  { name: 'siae', path: '/siae/connexion' },
  { name: 'agence', path: '/agence/connexion' },
  { name: 'pilotage', path: '/pilotage/connexion' },
] as const;

interface Sample {
  fcp: number;
  /** Bytes over the wire (headers excluded) for the page and everything it loaded until the form was shown. */
  bytes: number;
}

async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    // The paint entry is queued after the frame is presented: wait for it rather than reading once.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      return { fcp, bytes: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0) };
    });
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const database = await createTestDatabase();
const common = {
  databaseUrl: database.url,
  port: 0,
  arbitraryDocumentsForUsers: false,
  rateLimits: false as const,
  jobs: false,
};
const variants: { name: string; navette: RunningNavette }[] = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-quic',
    '--no-first-run',
  ],
});
try {
  if (args.before) variants.push({ name: 'before', navette: await startNavette({ ...common, appsDir: args.before }) });
  variants.push({
    name: args.before ? 'after' : 'this build',
    navette: await startNavette({ ...common, demoData: !args.before }),
  });
  const samples = Number(args.samples);
  console.log(
    `load average at start ${loads()}; ${samples} samples per portal and build, builds in turns, fresh context each`,
  );
  const results = new Map<string, Sample[]>();
  // One warm-up load per build and portal (Chromium's own start, the gateway's first requests), not counted.
  for (const v of variants) for (const p of PORTALS) await measure(browser, `${v.navette.url}${p.path}`);
  for (let i = 0; i < samples; i += 1) {
    for (const p of PORTALS) {
      for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
        const key = `${p.name}\t${v.name}`;
        results.set(key, [...(results.get(key) ?? []), await measure(browser, `${v.navette.url}${p.path}`)]);
      }
    }
  }
  console.log(
    '\n| portal (sign-in page) | build | FCP median ms | FCP min–max ms | transferred KB |\n|---|---|---|---|---|',
  );
  for (const [key, list] of results) {
    const [portal, build] = key.split('\t');
    const fcps = list.map((s) => s.fcp);
    console.log(
      `| ${portal} | ${build} | ${median(fcps).toFixed(0)} | ${Math.min(...fcps).toFixed(0)}–${Math.max(...fcps).toFixed(0)} | ${(median(list.map((s) => s.bytes)) / 1024).toFixed(0)} |`,
    );
  }
  console.log(`\nload average at end ${loads()}`);
} finally {
  await browser.close();
  for (const v of variants) await v.navette.stop();
  await database.drop();
}
