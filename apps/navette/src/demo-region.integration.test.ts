// The embedded first start with the living demo region (`npm start`: demoActivity): the year of activity is the
// generator's for the clock's day, the comité's indicator table of the region shows figures (not masked), the agence
// of Besançon has requests waiting, and the teams' accounts sign in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DEMO_PASSWORD, tables } from '@navette/db';
import { generateDemoRegion } from '@navette/datagen';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedInHeaders } from './testing/graphql.js';

const TODAY = '2026-12-02';
const dir = mkdtempSync(join(tmpdir(), 'navette-demo-region-'));
let navette: RunningNavette;
const logs: string[] = [];

beforeAll(async () => {
  navette = await startNavette({
    dataDir: join(dir, 'pglite'),
    port: 0,
    appsDir: '/nonexistent',
    arbitraryDocumentsForUsers: true,
    demoActivity: true,
    jobs: false,
    clock: () => new Date(`${TODAY}T10:00:00+01:00`),
    log: (m) => logs.push(m),
  });
});
afterAll(async () => {
  await navette?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the living demo region (embedded first start)', () => {
  it('loads the generator’s activity for the clock’s day', async () => {
    expect(logs.some((m) => m.startsWith(`Demo activity loaded: two years up to ${TODAY}`))).toBe(true);
    const stored = await navette.db
      .select({ id: tables.approvals.id, endOn: tables.approvals.endOn })
      .from(tables.approvals)
      .orderBy(asc(tables.approvals.id));
    const region = generateDemoRegion({ today: TODAY });
    const expected = region.rows
      .get('approvals')!
      .map((row) => ({ id: String(row[0]), endOn: String(row[11]) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const digest = (rows: { id: string; endOn: string }[]) =>
      createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    expect(digest(stored)).toBe(digest(expected));
  });

  it('shows the comité figures, not masked, in every département of the region', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'pilotage@demo.navette.fr', DEMO_PASSWORD);
    const { data, errors } = await graphql<{
      indicators: { id: string; table: { departements: { code: string }[]; states: string[][] } }[];
    }>(
      navette.graphqlUrl,
      `
        query ($filter: IndicatorFilter) {
          indicators(filter: $filter) {
            id
            table {
              departements {
                code
              }
              states
            }
          }
        }
      `,
      { filter: { from: '2026-01-01', to: TODAY } },
      headers,
    );
    expect(errors).toBeUndefined();
    const byId = new Map(data!.indicators.map((i) => [i.id, i.table]));
    // Every indicator the platform computes shows figures; rare events (refusals, extensions) stay masked in small cells.
    // Fiches 5 and 7's Pôle emploi registration rates too (issue 18 §4): the generator records registrations during
    // the parcours and 6 months after the agrément's end.
    for (const { id, table } of data!.indicators)
      if (table.states.length > 0) expect(table.states.flat(), id).toContain('FIGURE');
    for (const id of ['F5_PEOPLE_REGISTERED_AT_PE_RATE', 'F7_REGISTERED_AT_PE_6_MONTHS_AFTER_RATE'])
      expect(byId.get(id)!.states.flat(), id).toContain('FIGURE');
    for (const id of [
      'F4_HIRING_REFUSALS',
      'F4_CANDIDATES_ORIENTED_BY_PE',
      'F4_SIAE_JOB_OFFERS',
      'F6_TRAINING_HOURS',
      'ART2_LOCAL_AGREEMENTS_SIGNED',
    ]) {
      const table = byId.get(id)!;
      expect(
        table.departements.map((d) => d.code),
        id,
      ).toEqual(['21', '25', '39', '58', '70', '71', '89', '90']);
      // Every département shows at least one figure; most cells of the table are figures.
      for (const line of table.states) expect(line, id).toContain('FIGURE');
      const cells = table.states.flat();
      expect(cells.filter((c) => c === 'FIGURE').length, id).toBeGreaterThan(cells.length / 2);
    }
  });

  it('gives the agence of Besançon requests to decide, and the teams’ accounts their organisation', async () => {
    const agence = await signedInHeaders(navette.graphqlUrl, 'agence@demo.navette.fr', DEMO_PASSWORD);
    const { data } = await graphql<{ approvalRequests: { totalCount: number } }>(
      navette.graphqlUrl,
      '{ approvalRequests(first: 5, status: PENDING) { totalCount } }',
      undefined,
      agence,
    );
    expect(data!.approvalRequests.totalCount).toBeGreaterThan(0);
    for (const [email, kind] of [
      ['siae-ai@demo.navette.fr', 'AI'],
      ['siae-etti@demo.navette.fr', 'ETTI'],
    ] as const) {
      const headers = await signedInHeaders(navette.graphqlUrl, email, DEMO_PASSWORD);
      const viewer = await graphql<{ viewer: { organisation: { id: string } } }>(
        navette.graphqlUrl,
        '{ viewer { organisation { id } } }',
        undefined,
        headers,
      );
      const siae = await graphql<{ siae: { kind: string } }>(
        navette.graphqlUrl,
        'query($id: ID!) { siae(id: $id) { kind } }',
        { id: viewer.data!.viewer.organisation.id },
        headers,
      );
      expect(siae.data?.siae.kind, email).toBe(kind);
    }
    await signedInHeaders(navette.graphqlUrl, 'agence-25-bes-2@demo.navette.fr', DEMO_PASSWORD);
  });
});
