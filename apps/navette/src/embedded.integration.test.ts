// The embedded path: PGlite in this process, data kept in a folder between starts, one process per folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startNavette } from './start.js';
import { DEMO_PASSWORD } from '@navette/db';
import { graphql as anonymousGraphql, signedInHeaders } from './testing/graphql.js';
import type { AnswerData } from './testing/graphql.js';

let headers: Record<string, string> = {};
/** Requests as a signed-in SIAE user (the directory needs a session). */
const graphql = <T = AnswerData>(url: string, query: string, variables?: Record<string, unknown>) =>
  anonymousGraphql<T>(url, query, variables, headers);

const dir = mkdtempSync(join(tmpdir(), 'navette-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded mode (PGlite)', () => {
  it('starts with the demo data, keeps it across a restart, and refuses a second process on the same data', async () => {
    const dataDir = join(dir, 'pglite');
    const logs: string[] = [];
    const first = await startNavette({
      arbitraryDocumentsForUsers: true,
      dataDir,
      port: 0,
      appsDir: '/nonexistent',
      log: (m) => logs.push(m),
    });
    try {
      headers = await signedInHeaders(first.graphqlUrl, 'pilotage@demo.navette.fr', DEMO_PASSWORD);
      const { data } = await graphql(
        first.graphqlUrl,
        '{ siaes(first: 1, filter: {departement: "58"}) { totalCount } departements { code } }',
      );
      expect(data!.departements).toHaveLength(8);
      expect(data!.siaes.totalCount).toBeGreaterThan(0);
      await expect(
        startNavette({ arbitraryDocumentsForUsers: true, dataDir, port: 0, appsDir: '/nonexistent' }),
      ).rejects.toThrow(/in use by process/);
    } finally {
      await first.stop();
    }
    expect(logs).toContain('Demo data of Bourgogne-Franche-Comté loaded.');

    const second = await startNavette({
      arbitraryDocumentsForUsers: true,
      dataDir,
      port: 0,
      appsDir: '/nonexistent',
      log: (m) => logs.push(m),
    });
    try {
      headers = await signedInHeaders(second.graphqlUrl, 'pilotage@demo.navette.fr', DEMO_PASSWORD);
      const { data } = await graphql(second.graphqlUrl, '{ siaes(first: 1) { totalCount } }');
      expect(data!.siaes.totalCount).toBeGreaterThanOrEqual(40);
      expect(logs.at(-1)).toBe('Existing data kept.');
    } finally {
      await second.stop();
    }
  });
});
