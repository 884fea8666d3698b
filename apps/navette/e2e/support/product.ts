// Starts the real product for a test file: PGlite in a fresh temporary folder with migrations and the
// Bourgogne-Franche-Comté demo data, the four subgraphs, and the gateway serving /graphql and the
// built portals (apps/<portal>/dist). Nothing is mocked. The folder is written from the migrated and seeded snapshot
// (@navette/db/testing, made once by the global setup) rather than migrated and seeded per file: the product's start
// then finds its migrations applied and its demo data loaded, as on any restart.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '@navette/db';
import { writeSeededPgliteDataDir } from '@navette/db/testing';
import { startNavette } from '../../src/start.ts';
import { DEMO_PASSWORD, demoAccounts } from './session.ts';

const appsDir = fileURLToPath(new URL('../../..', import.meta.url));

export const portalPaths = {
  prescripteur: { path: '/prescripteur/', app: 'portal-prescripteur' },
  siae: { path: '/siae/', app: 'portal-siae' },
  agence: { path: '/agence/', app: 'portal-agence' },
  pilotage: { path: '/pilotage/', app: 'console-pilotage' },
} as const;

export interface Product {
  url: string;
  /** Asks the API as `account` (the portal's demo account by default), signed in like the portal is. */
  graphql<T>(query: string, variables?: Record<string, unknown>, account?: string): Promise<T>;
  /** The product's database as its owner (PGlite): for a test to lay down what no API writes (the audit trail's past). */
  db: Database;
  stop(): Promise<void>;
}

export async function startProduct(portal: keyof typeof portalPaths): Promise<Product> {
  const { app } = portalPaths[portal];
  if (!existsSync(join(appsDir, app, 'dist', 'index.html'))) {
    throw new Error(`apps/${app}/dist is missing: build the portals first (see apps/navette/e2e/README.md).`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'navette-e2e-'));
  await writeSeededPgliteDataDir(dataDir);
  // The portals send only their persisted documents (enforced); the tests' own set-up requests (x-navette-client
  // navette-e2e, below) send ad-hoc documents with users' tokens.
  const navette = await startNavette({
    dataDir,
    port: 0,
    arbitraryDocumentsForUsers: (request) => request.headers.get('x-navette-client') === 'navette-e2e',
  });
  const post = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(`${navette.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-navette-client': 'navette-e2e',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  // The directory needs a signed-in user: one access token per account, enough for a test file (15 minutes).
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (email: string) => {
    let token = tokens.get(email);
    if (!token) {
      token = post<{ signIn: { accessToken: string } }>(
        'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
        { email, password: DEMO_PASSWORD },
      ).then((data) => data.signIn.accessToken);
      tokens.set(email, token);
    }
    return token;
  };
  return {
    url: navette.url,
    db: navette.db,
    async graphql<T>(query: string, variables?: Record<string, unknown>, account: string = demoAccounts[portal]) {
      return post<T>(query, variables, await tokenOf(account));
    },
    async stop() {
      await navette.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
