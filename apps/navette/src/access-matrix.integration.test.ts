// The access matrix (issue 4; DESIGN §4): every root field of the public API, tried by every kind of caller through
// the gateway, with the exact outcome expected. A root field or an entity added without an access rule, or without a
// row here, makes this file fail.
import { readFileSync } from 'node:fs';
import { createApiClientCredential } from '@navette/auth';
import { DEMO_PASSWORD, demoAccounts, demoApiClientCredential, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { Kind, parse, type ConstDirectiveNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql, signedInHeaders } from './testing/graphql.js';

type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';
type Caller = 'anonymous' | (typeof demoAccounts)[number]['role'] | 'api_client_directory' | 'api_client_offers_only';

const supergraph = parse(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'));
const hasRule = (directives: readonly ConstDirectiveNode[] = []) =>
  directives.some((d) => d.name.value === 'authenticated' || d.name.value === 'requiresScopes');

/** Root fields anyone may call: the way in. */
const PUBLIC_ROOT_FIELDS = new Set(['Mutation.signIn', 'Mutation.renewSession', 'Mutation.signOut']);

/** Who may read the directory (organisations, territories, CTA, Pôle emploi services): every signed-in role and
 * API clients holding `directory:read` (DESIGN §4, row "conventions locales, référents, offers"). */
const directory = (caller: Caller): Outcome =>
  caller === 'anonymous' ? 'UNAUTHENTICATED' : caller === 'api_client_offers_only' ? 'FORBIDDEN' : 'ALLOWED';
/** The signed-in user's own identity: people only. */
const viewer = (caller: Caller): Outcome => (caller === 'anonymous' || caller.startsWith('api_client') ? 'UNAUTHENTICATED' : 'ALLOWED');
/** Platform administration (audit trail, accounts): ADMIN only. */
const adminOnly = (caller: Caller): Outcome => (caller === 'anonymous' ? 'UNAUTHENTICATED' : caller === 'ADMIN' ? 'ALLOWED' : 'FORBIDDEN');

const SIAE_ID = '__SIAE_ID__';
const AGENCY_ID = '__AGENCY_ID__';
const PRESCRIBER_ID = '__PRESCRIBER_ID__';

/** One row per root Query field: a document that reads it, and the expected outcome per caller. */
const MATRIX: Record<string, { query: string; expect: (caller: Caller) => Outcome }> = {
  'Query.departements': { query: '{ departements { code name employmentAreas { name cta { name } } } }', expect: directory },
  'Query.departement': { query: '{ departement(code: "25") { name } }', expect: directory },
  'Query.siaes': { query: '{ siaes(first: 2) { totalCount edges { node { name agency { name } } } } }', expect: directory },
  'Query.siae': { query: `{ siae(id: "${SIAE_ID}") { name approvalDecisionDeadline(receivedOn: "2026-11-23") } }`, expect: directory },
  'Query.agencies': { query: '{ agencies(first: 2) { edges { node { name } } } }', expect: directory },
  'Query.agency': { query: `{ agency(id: "${AGENCY_ID}") { name employmentServices { title } siaes(first: 1) { totalCount } } }`, expect: directory },
  'Query.prescriberOrganizations': { query: '{ prescriberOrganizations(first: 2) { edges { node { name canPrescribe } } } }', expect: directory },
  'Query.prescriberOrganization': { query: `{ prescriberOrganization(id: "${PRESCRIBER_ID}") { name } }`, expect: directory },
  'Query.ctas': { query: '{ ctas(departement: "21") { name ledBy { name } } }', expect: directory },
  'Query.viewer': { query: '{ viewer { email role } }', expect: viewer },
  'Query.auditEvents': { query: '{ auditEvents(first: 5) { edges { node { action occurredAt } } } }', expect: adminOnly },
  // Mutations other than the sign-in ones. Re-enabling an already active demo account changes nothing.
  'Mutation.setUserStatus': { query: `mutation { setUserStatus(userId: "${'__PRESCRIBER_USER_ID__'}", status: ACTIVE) }`, expect: adminOnly },
};

let database: TestDatabase;
let navette: RunningNavette;
const callers = new Map<Caller, Record<string, string>>();
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({ databaseUrl: database.url, port: 0, demoData: false, appsDir: '/nonexistent' });
  callers.set('anonymous', {});
  for (const account of demoAccounts) {
    if (!callers.has(account.role)) callers.set(account.role, await signedInHeaders(navette.graphqlUrl, account.email, DEMO_PASSWORD));
  }
  callers.set('api_client_directory', bearer(demoApiClientCredential));
  const offersOnly = createApiClientCredential('0f0e0d0c-0000-4000-8000-000000000001');
  await database.db.insert(tables.apiClients).values({
    id: '0f0e0d0c-0000-4000-8000-000000000001',
    name: 'Job board (offers only)',
    ownerDescription: 'test',
    secretHash: offersOnly.secretHash,
    scopes: ['offers:read'],
  });
  callers.set('api_client_offers_only', bearer(offersOnly.credential));
  const [siae] = await database.db.select().from(tables.siaes).limit(1);
  const [prescriber] = await database.db.select().from(tables.prescriberOrganizations).limit(1);
  const [prescriberUser] = await database.db.select().from(tables.users).where(eq(tables.users.email, 'prescripteur@demo.navette.fr'));
  Object.assign(ids, {
    [SIAE_ID]: siae!.id,
    [AGENCY_ID]: siae!.agencyId,
    [PRESCRIBER_ID]: prescriber!.id,
    __PRESCRIBER_USER_ID__: prescriberUser!.id,
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

describe('every way into the API has a rule', () => {
  const objects = supergraph.definitions.filter(
    (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION,
  );

  it('each root field carries @authenticated or @requiresScopes, or is one of the sign-in mutations', () => {
    const unguarded = objects
      .filter((t) => t.name.value === 'Query' || t.name.value === 'Mutation')
      .flatMap((t) => (t.fields ?? []).map((f) => ({ coordinate: `${t.name.value}.${f.name.value}`, guarded: hasRule(f.directives) })))
      .filter((f) => !f.guarded && !PUBLIC_ROOT_FIELDS.has(f.coordinate))
      .map((f) => f.coordinate);
    expect(unguarded).toEqual([]);
  });

  it('each entity (reachable by reference, `_entities`) carries a type-level rule', () => {
    const unguarded = objects
      .filter((t) => t.directives?.some((d) => d.name.value === 'join__type' && d.arguments?.some((a) => a.name.value === 'key')))
      .filter((t) => !hasRule(t.directives))
      .map((t) => t.name.value);
    expect(unguarded).toEqual([]);
  });

  it('each root field has a row in this matrix (the sign-in mutations apart)', () => {
    const roots = objects
      .filter((t) => t.name.value === 'Query' || t.name.value === 'Mutation')
      .flatMap((t) => (t.fields ?? []).map((f) => `${t.name.value}.${f.name.value}`))
      .filter((coordinate) => !PUBLIC_ROOT_FIELDS.has(coordinate));
    expect(roots.sort()).toEqual(Object.keys(MATRIX).sort());
  });
});

describe('the matrix', () => {
  const allCallers: Caller[] = ['anonymous', 'PRESCRIBER', 'SIAE', 'AGENCY', 'STEERING', 'STATE', 'ADMIN', 'api_client_directory', 'api_client_offers_only'];
  for (const [coordinate, row] of Object.entries(MATRIX)) {
    it(`${coordinate}: ${allCallers.map((c) => `${c} ${row.expect(c)}`).join(', ')}`, async () => {
      const query = Object.entries(ids).reduce((q, [placeholder, id]) => q.replaceAll(placeholder, id), row.query);
      for (const caller of allCallers) {
        const { data, errors } = await graphql(navette.graphqlUrl, query, {}, callers.get(caller));
        const outcome = row.expect(caller);
        if (outcome === 'ALLOWED') {
          expect(errors, `${caller} on ${coordinate}`).toBeUndefined();
          expect(Object.values(data ?? {}).every((v) => v !== null), `${caller} on ${coordinate}`).toBe(true);
        } else {
          expect(errors?.[0]?.extensions?.code, `${caller} on ${coordinate}`).toBe(outcome);
          expect(Object.values(data ?? {}).every((v) => v === null), `${caller} got data on ${coordinate}`).toBe(true);
        }
      }
    });
  }

  it('sign-in mutations are open to anyone and give nothing away', async () => {
    const { errors } = await graphql(navette.graphqlUrl, 'mutation { signIn(email: "x@example.org", password: "y") { accessToken } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });
});

describe('whatever the query shape', () => {
  it('refuses aliases and fragments the same way', async () => {
    const query = `{ a: siaes(first: 1) { ...page } b: departements { code } }
      fragment page on SiaeConnection { edges { node { name } } }`;
    const { data, errors } = await graphql(navette.graphqlUrl, query);
    expect(data ?? null).toBeNull();
    expect(errors?.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
  });

  it('does not expose `_entities` through the gateway', async () => {
    const { errors } = await graphql(
      navette.graphqlUrl,
      `{ _entities(representations: [{ __typename: "Siae", id: "${ids[SIAE_ID]}" }]) { ... on Siae { name } } }`,
      {},
      callers.get('SIAE'),
    );
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an entity reference sent straight to a subgraph without credentials, field by field', async () => {
    for (const [subgraph, typename, selection] of [
      ['structures', 'Siae', 'name siret'],
      ['formation', 'Agency', 'employmentServices { title }'],
      ['parcours', 'Siae', 'approvalDecisionDeadline(receivedOn: "2026-11-23")'],
    ] as const) {
      const representation =
        typename === 'Agency'
          ? `{ __typename: "Agency", id: "${ids[AGENCY_ID]}" }`
          : `{ __typename: "Siae", id: "${ids[SIAE_ID]}", kind: ACI, departement: { code: "25" } }`;
      const { data, errors } = await graphql(
        navette.subgraphs[subgraph],
        `{ _entities(representations: [${representation}]) { ... on ${typename} { ${selection} } } }`,
      );
      expect(JSON.stringify(data ?? {}), `${subgraph} leaked`).not.toMatch(/"name":"|"title":"|\d{4}-\d{2}-\d{2}/);
      expect(errors?.[0]?.extensions?.code, subgraph).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a nested connection to an API client without the directory scope', async () => {
    const { data, errors } = await graphql(
      navette.graphqlUrl,
      `{ agency(id: "${ids[AGENCY_ID]}") { siaes(first: 5) { edges { node { name } } } } }`,
      {},
      callers.get('api_client_offers_only'),
    );
    expect(data?.agency ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
