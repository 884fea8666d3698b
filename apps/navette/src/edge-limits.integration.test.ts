// The edge refuses hostile operations before running them (issue 11, items 1 and 2): operation limits at the gateway
// and again straight at a subgraph, persisted documents by portal, introspection. Enforcement is on here (the
// product's default), unlike the other integration tests.
import { readFileSync } from 'node:fs';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { DEMO_PASSWORD, demoApiClientCredential } from '@navette/db';
import { createTokenIssuer, createTokenVerifier, generateSigningKeys } from '@navette/auth';
import { createAuthenticator, OPERATION_LIMITS, startSubgraph, type RunningSubgraph } from '@navette/subgraph-server';
import { structuresSubgraph } from '@navette/subgraph-structures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql, signedInHeaders, type GraphQLResponse, signedSubgraphGraphql } from './testing/graphql.js';
import type { AnswerData } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
let siae: Record<string, string>;
let agence: Record<string, string>;
let admin: Record<string, string>;
const apiClient = bearer(demoApiClientCredential);

type Manifest = Record<string, string>;
const manifest = (app: string): Manifest =>
  JSON.parse(
    readFileSync(new URL(`../../${app}/src/generated/persisted-documents.json`, import.meta.url), 'utf8'),
  ) as Manifest;
const siaeManifest = manifest('portal-siae');
const agenceManifest = manifest('portal-agence');
const hashOf = (documents: Manifest, operation: string) => {
  const entry = Object.entries(documents).find(([, text]) => new RegExp(`(query|mutation) ${operation}\\b`).test(text));
  if (!entry) throw new Error(`no persisted document ${operation}`);
  return entry[0].replace(/^sha256:/, '');
};

/** A request carrying only the hash of a persisted document, as the portals send it. */
async function persisted(
  url: string,
  hash: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphQLResponse<AnswerData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  return {
    status: response.status,
    ...((await response.json()) as Omit<GraphQLResponse<AnswerData>, 'status'>),
  };
}

/** `departements { employmentAreas { departement { employmentAreas … } } }`, `levels` fields deep. */
function cyclicQuery(levels: number): string {
  let inner = 'code';
  for (let level = 2; level < levels; level += 2) inner = `employmentAreas { departement { ${inner} } }`;
  return `{ departements { ${inner} } }`;
}

/** The request was refused as the client's mistake, in French, for the given limit. */
function expectRefused(response: GraphQLResponse, limit: string) {
  expect(response.status).toBe(400);
  expect(response.data ?? undefined).toBeUndefined();
  const error = response.errors?.[0];
  expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect((error?.extensions as { limit?: string } | undefined)?.limit).toBe(limit);
  expect(error?.message).toMatch(/^Requête refusée : /);
  expect(JSON.stringify(response.errors)).not.toContain('INTERNAL_SERVER_ERROR');
}

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
  });
  [siae, agence, admin] = await Promise.all([
    signedInHeaders(navette.graphqlUrl, 'siae@demo.navette.fr', DEMO_PASSWORD),
    signedInHeaders(navette.graphqlUrl, 'agence@demo.navette.fr', DEMO_PASSWORD),
    signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD),
  ]);
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const hostile = {
  depth: () => cyclicQuery(100),
  aliases: () =>
    `{ ${Array.from({ length: OPERATION_LIMITS.aliases + 1 }, (_, i) => `a${i}: departements { code }`).join(' ')} }`,
  tokens: () => `{ departements { ${'code '.repeat(OPERATION_LIMITS.tokens)} } }`,
  directives: () => `{ departements { ${'__typename @include(if: true) '.repeat(OPERATION_LIMITS.directives + 1)} } }`,
  // Within the depth limit, but 20 départements × 20 areas × 20 × 20…
  cost: () => cyclicQuery(8),
};

describe('operation limits at the gateway', () => {
  for (const [limit, query] of Object.entries(hostile)) {
    it(`refuses ${limit} over the limit, from an API client, in French (HTTP 400)`, async () => {
      expectRefused(await graphql(navette.graphqlUrl, query(), undefined, apiClient), limit);
    });
  }

  it('refuses anonymous callers the same way', async () => {
    for (const limit of ['depth', 'aliases', 'tokens', 'directives'] as const) {
      expectRefused(await graphql(navette.graphqlUrl, hostile[limit]()), limit);
    }
  });

  it('costs `first` from the variables, every time (not from a cached validation)', async () => {
    const query =
      'query($n: Int) { siaes(first: $n) { edges { node { name agency { name siaes(first: $n) { edges { node { name } } } } } } } }';
    const within = await graphql(navette.graphqlUrl, query, { n: 5 }, apiClient);
    expect(within.errors).toBeUndefined();
    expectRefused(await graphql(navette.graphqlUrl, query, { n: 100 }, apiClient), 'cost');
    expect((await graphql(navette.graphqlUrl, query, { n: 5 }, apiClient)).errors).toBeUndefined();
  });

  it('lets an API client send its own document within the budget', async () => {
    const { status, data, errors } = await graphql(
      navette.graphqlUrl,
      'query Directory($first: Int!) { siaes(first: $first, filter: { departement: "25" }) { totalCount edges { node { name kind } } } }',
      { first: 20 },
      apiClient,
    );
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data!.siaes.edges.length).toBeGreaterThan(0);
  });

  it('gives no "did you mean" suggestion', async () => {
    const { errors } = await graphql(navette.graphqlUrl, '{ departement { code } }', undefined, apiClient);
    expect(errors?.[0]?.message).toBeDefined();
    expect(JSON.stringify(errors)).not.toMatch(/Did you mean|departements/);
  });
});

describe('persisted documents', () => {
  it('accepts from a portal token the hash of its own portal', async () => {
    const { status, data, errors } = await persisted(
      navette.graphqlUrl,
      hashOf(siaeManifest, 'SiaeRefusalReasons'),
      {},
      siae,
    );
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    expect(data!.siaeRefusalReasons.length).toBeGreaterThan(0);
  });

  it("refuses from a portal token another portal's hash", async () => {
    const agenceOnly = Object.keys(agenceManifest).find((hash) => !(hash in siaeManifest))!;
    const response = await persisted(navette.graphqlUrl, agenceOnly.replace(/^sha256:/, ''), {}, siae);
    expect(response.status).toBe(400);
    expect(response.data ?? undefined).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(response.errors?.[0]?.message).toMatch(/^Requête inconnue de ce portail/);
    // The same hash is the agence's own.
    expect((await persisted(navette.graphqlUrl, agenceOnly.replace(/^sha256:/, ''), {}, agence)).status).not.toBe(400);
  });

  it('refuses from a portal token a document that is not persisted, even its own text, whatever x-navette-client says', async () => {
    for (const headers of [siae, { ...siae, 'x-navette-client': 'navette-api' }, agence]) {
      const response = await graphql(navette.graphqlUrl, '{ departements { code name } }', undefined, headers);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');
      expect(response.errors?.[0]?.message).toMatch(/^Requête refusée : avec un compte d’un portail/);
    }
    const text = siaeManifest[`sha256:${hashOf(siaeManifest, 'SiaeRefusalReasons')}`]!;
    expect((await graphql(navette.graphqlUrl, text, undefined, siae)).errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_QUERY_REQUIRED',
    );
  });

  it('lets anonymous callers sign in with a document of their own (the README) or by hash', async () => {
    const signIn = 'mutation { signIn(email: "siae@demo.navette.fr", password: "Navette-Demo-2026!") { accessToken } }';
    expect((await graphql(navette.graphqlUrl, signIn)).data?.signIn.accessToken).toEqual(expect.any(String));
    const byHash = await persisted(
      navette.graphqlUrl,
      hashOf(siaeManifest, 'SignIn'),
      { email: 'siae@demo.navette.fr', password: DEMO_PASSWORD },
      {},
    );
    expect(byHash.errors).toBeUndefined();
    expect((byHash.data as { signIn: { accessToken: string } }).signIn.accessToken).toEqual(expect.any(String));
  });

  it('lets ADMIN, who has no portal, send documents of its own within the limits', async () => {
    expect((await graphql(navette.graphqlUrl, '{ departements { code } }', undefined, admin)).errors).toBeUndefined();
    expectRefused(await graphql(navette.graphqlUrl, hostile.cost(), undefined, admin), 'cost');
  });

  it("answers the README's example: the SIAE directory by hash with a SIAE user's token", async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const hash = /"sha256Hash":"([0-9a-f]{64})"/.exec(readme)?.[1];
    expect(hash).toBe(hashOf(siaeManifest, 'SiaeDirectory'));
    const { data, errors } = await persisted(
      navette.graphqlUrl,
      hash!,
      { first: 5, filter: { departement: '25' } },
      siae,
    );
    expect(errors).toBeUndefined();
    expect(data!.siaes.edges.length).toBeGreaterThan(0);
  });

  it('refuses an unknown hash', async () => {
    const response = await persisted(navette.graphqlUrl, 'f'.repeat(64), {}, apiClient);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('introspection at the gateway', () => {
  const introspection = '{ __schema { queryType { name } } }';

  it('is refused to anonymous callers', async () => {
    const response = await graphql(navette.graphqlUrl, introspection);
    expect(response.data ?? undefined).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(/introspection/);
    const hidden = await graphql(
      navette.graphqlUrl,
      'query { ...F } fragment F on Query { __type(name: "Siae") { name } }',
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is answered to an API client', async () => {
    const { data, errors } = await graphql(navette.graphqlUrl, introspection, undefined, apiClient);
    expect(errors).toBeUndefined();
    expect(data!.__schema.queryType.name).toBe('Query');
  });
});

describe('straight to a subgraph', () => {
  let structures: RunningSubgraph;
  let url: string;

  beforeAll(async () => {
    const keys = generateSigningKeys();
    const authenticator = createAuthenticator(database.db, createTokenVerifier({ publicKeyPem: keys.publicKeyPem }));
    const issuer = createTokenIssuer({ privateKeyPem: keys.privateKeyPem });
    // Requests signed as the gateway signs them (the subgraphs answer nobody else): what a subgraph checks by itself.
    structures = await startSubgraph(structuresSubgraph(database.db, { authenticator, issuer }), {
      port: 0,
      gatewaySecret: navette.subgraphSecret,
    });
    url = structures.url;
  });
  afterAll(async () => {
    await structures?.stop();
  });

  for (const [limit, query] of Object.entries(hostile)) {
    it(`refuses ${limit} over the limit, in French (HTTP 400)`, async () => {
      expectRefused(await signedSubgraphGraphql(navette.subgraphSecret, url, query()), limit);
    });
  }

  it('answers a query within the limits', async () => {
    const { data, errors } = await signedSubgraphGraphql(
      navette.subgraphSecret,
      url,
      '{ departements { code employmentAreas { name } } }',
      undefined,
      apiClient,
    );
    expect(errors).toBeUndefined();
    expect(data!.departements.length).toBeGreaterThan(0);
  });

  it('answers introspection and _service only to the gateway', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ _service { sdl } }',
      '{ __type(name: "Siae") { name } }',
    ]) {
      const refused = await graphql(url, query);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'GATEWAY_SIGNATURE_REQUIRED',
      });
      const answered = await signedSubgraphGraphql(navette.subgraphSecret, url, query);
      expect(answered.errors, JSON.stringify(answered.errors)).toBeUndefined();
    }
  });

  it('gives no "did you mean" suggestion', async () => {
    const { errors } = await signedSubgraphGraphql(navette.subgraphSecret, url, '{ departement { code } }');
    expect(JSON.stringify(errors)).not.toMatch(/Did you mean|departements/);
  });
});
