// The federated API through the gateway, over HTTP, on a real PostgreSQL (one database per test file).
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { startGateway } from '@navette/gateway';
import { createTokenIssuer, createTokenVerifier, generateSigningKeys } from '@navette/auth';
import { createAuthenticator, startSubgraph } from '@navette/subgraph-server';
import { structuresSubgraph } from '@navette/subgraph-structures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { DEMO_PASSWORD } from '@navette/db';
import { graphql as anonymousGraphql, signedInHeaders } from './testing/graphql.js';
import type { AnswerData } from './testing/graphql.js';

let headers: Record<string, string> = {};
/** Requests as a signed-in SIAE user (the directory needs a session). */
const graphql = <T = AnswerData>(url: string, query: string, variables?: Record<string, unknown>) =>
  anonymousGraphql<T>(url, query, variables, headers);

let database: TestDatabase;
let navette: RunningNavette;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
  });
  headers = await signedInHeaders(navette.graphqlUrl, 'siae@demo.navette.fr', DEMO_PASSWORD);
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const SIAES = `query Siaes($first: Int, $after: String, $filter: SiaeFilter) {
  siaes(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind city departement { code name } } }
  }
}`;

type SiaesData = {
  siaes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: { id: string; name: string; kind: string; city: string; departement: { code: string; name: string } };
    }[];
  };
};

describe('SIAE directory', () => {
  it('answers the first five SIAE of the Doubs, all in département 25', async () => {
    const { data, errors } = await graphql<SiaesData>(
      navette.graphqlUrl,
      '{ siaes(first: 5, filter: {departement: "25"}) { edges { node { name kind departement { code } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.siaes.edges).toHaveLength(5);
    for (const { node } of data!.siaes.edges) {
      expect(node.departement.code).toBe('25');
      expect(['ACI', 'AI', 'EI', 'ETTI', 'EITI']).toContain(node.kind);
    }
  });

  it('walks every page of a département once, in name order, and the count matches', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const { data, errors }: { data?: SiaesData | null; errors?: unknown } = await graphql<SiaesData>(
        navette.graphqlUrl,
        SIAES,
        { first: 4, after, filter: { departement: '71' } },
      );
      expect(errors).toBeUndefined();
      total = data!.siaes.totalCount;
      seen.push(...data!.siaes.edges.map((e) => e.node.name));
      after = data!.siaes.pageInfo.hasNextPage ? data!.siaes.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThan(4);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seen);
  });

  it('filters by kind, and searches names and towns without caring for case or accents', async () => {
    const byKind = await graphql<SiaesData>(navette.graphqlUrl, SIAES, { first: 100, filter: { kind: 'ETTI' } });
    expect(byKind.data!.siaes.totalCount).toBeGreaterThan(0);
    expect(byKind.data!.siaes.edges.every((e) => e.node.kind === 'ETTI')).toBe(true);

    const search = await graphql<SiaesData>(navette.graphqlUrl, SIAES, {
      first: 100,
      filter: { search: 'MONTBELIARD' },
    });
    expect(search.data!.siaes.totalCount).toBeGreaterThan(0);
    expect(
      search.data!.siaes.edges.every((e) => e.node.city === 'Montbéliard' || e.node.name.includes('Montbéliard')),
    ).toBe(true);

    const nothing = await graphql<SiaesData>(navette.graphqlUrl, SIAES, {
      first: 10,
      filter: { search: '100%_introuvable' },
    });
    expect(nothing.data!.siaes).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('refuses a tampered cursor and an oversized page with a French message and a stable code', async () => {
    const cursor = await graphql(navette.graphqlUrl, SIAES, { first: 5, after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cursor.errors?.[0]?.message).toMatch(/Curseur de pagination invalide/);
    const big = await graphql(navette.graphqlUrl, SIAES, { first: 5000 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toMatch(/entre 1 et 100/);
  });
});

describe('federation across the four subgraphs', () => {
  it('resolves one SIAE with its agence (structures), services (formation), CTA (pilotage) and deadline (parcours)', async () => {
    const etti = await graphql<SiaesData>(navette.graphqlUrl, SIAES, {
      first: 1,
      filter: { kind: 'ETTI', departement: '21' },
    });
    const id = etti.data!.siaes.edges[0]!.node.id;
    const { data, errors } = await graphql(
      navette.graphqlUrl,
      `
        query ($id: ID!) {
          siae(id: $id) {
            name
            kind
            agency {
              name
              employmentServices {
                kind
                title
              }
            }
            employmentArea {
              name
              cta {
                name
                ledBy {
                  name
                }
              }
            }
            friday: approvalDecisionDeadline(receivedOn: "2026-05-22")
          }
        }
      `,
      { id },
    );
    expect(errors).toBeUndefined();
    expect(data!.siae.kind).toBe('ETTI');
    expect(data!.siae.agency.employmentServices.length).toBeGreaterThan(0);
    expect(data!.siae.employmentArea.cta.ledBy.name).toBe(data!.siae.agency.name);
    // accord, annexe 4 §2.2.2: an ETTI request received Friday 22 May 2026 → Monday 25 May is Whit Monday, not a
    // jour ouvré; Tuesday 26 and Wednesday 27 May are the two days.
    expect(data!.siae.friday).toBe('2026-05-27');
  });

  it('lists the SIAE of an agence through the Agency entity, paginated', async () => {
    const agencies = await graphql(
      navette.graphqlUrl,
      '{ agencies(first: 1, filter: {departement: "90"}) { edges { node { id name } } } }',
    );
    const agency = agencies.data!.agencies.edges[0].node;
    const { data } = await graphql(
      navette.graphqlUrl,
      'query($id: ID!) { agency(id: $id) { name siaes(first: 2) { totalCount edges { node { agency { id } } } } } }',
      { id: agency.id },
    );
    expect(data!.agency.siaes.totalCount).toBeGreaterThan(0);
    for (const edge of data!.agency.siaes.edges) expect(edge.node.agency.id).toBe(agency.id);
  });

  it('says whether a prescriber may prescribe: de droit always, habilité only within its period', async () => {
    const { data } = await graphql(
      navette.graphqlUrl,
      `
        {
          rightful: prescriberOrganisations(first: 50, filter: { kind: MISSION_LOCALE }) {
            edges {
              node {
                canPrescribe
              }
            }
          }
          habilitated: prescriberOrganisations(first: 100, filter: { kind: HABILITE }) {
            edges {
              node {
                habilitation {
                  startOn
                  endOn
                }
                on2022: canPrescribe(on: "2022-06-01")
                on2026: canPrescribe(on: "2026-06-01")
              }
            }
          }
        }
      `,
    );
    expect(data!.rightful.edges.every((e: { node: { canPrescribe: boolean } }) => e.node.canPrescribe)).toBe(true);
    const lapsed = data!.habilitated.edges.filter(
      (e: { node: { habilitation: { endOn: string } } }) => e.node.habilitation.endOn < '2026-01-01',
    );
    expect(lapsed.length).toBeGreaterThan(0);
    for (const { node } of lapsed) expect([node.on2022, node.on2026]).toEqual([true, false]);
  });

  it('rejects an impossible date with a French message', async () => {
    const { errors } = await graphql(
      navette.graphqlUrl,
      'query($on: Date!) { siaes(first: 1) { edges { node { approvalDecisionDeadline(receivedOn: $on) } } } }',
      { on: '2026-02-30' },
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/Date invalide/);
  });
});

describe('operations', () => {
  it('exposes health endpoints on the gateway and on every subgraph', async () => {
    expect((await fetch(`${navette.url}/healthcheck`)).status).toBe(200);
    for (const url of Object.values(navette.subgraphs)) {
      const response = await fetch(url.replace(/\/graphql$/, '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    }
  });

  it('answers with partial data and an error when a subgraph is down, instead of failing the whole query', async () => {
    // A gateway whose formation and pilotage subgraphs point at a closed port.
    const keys = generateSigningKeys();
    const authenticator = createAuthenticator(database.db, createTokenVerifier({ publicKeyPem: keys.publicKeyPem }));
    const issuer = createTokenIssuer({ privateKeyPem: keys.privateKeyPem });
    const structures = await startSubgraph(structuresSubgraph(database.db, { authenticator, issuer }), {
      port: 0,
      gatewaySecret: navette.subgraphSecret,
    });
    const gateway = await startGateway({
      port: 0,
      subgraphSecret: navette.subgraphSecret,

      arbitraryDocumentsForUsers: true, // ad-hoc documents with users' tokens
      authenticate: (authorization) => authenticator.authenticate(authorization),
      subgraphUrls: {
        structures: structures.url,
        parcours: navette.subgraphs.parcours,
        formation: 'http://127.0.0.1:9/graphql',
        pilotage: 'http://127.0.0.1:9/graphql',
      },
    });
    try {
      // This gateway and its structures subgraph have keys of their own: sign in through them.
      const own = await signedInHeaders(`${gateway.url}/graphql`, 'siae@demo.navette.fr', DEMO_PASSWORD);
      const { data, errors } = await anonymousGraphql(
        `${gateway.url}/graphql`,
        '{ siaes(first: 2, filter: {departement: "39"}) { edges { node { name agency { name employmentServices { title } } } } } }',
        {},
        own,
      );
      expect(data!.siaes.edges).toHaveLength(2);
      expect(data!.siaes.edges[0].node.name).toBeTruthy();
      expect(data!.siaes.edges[0].node.agency.name).toBeTruthy();
      expect(errors?.length).toBeGreaterThan(0);
    } finally {
      await gateway.stop();
      await structures.stop();
    }
  });
});
