// API clients' lifecycle (issue 15 §1) through the real gateway and subgraphs on PostgreSQL: made by an administrator
// or the État of the organisation's territory, the credential shown once and kept hashed, rotated with an overlap,
// revoked at once, its budget enforced at the gateway, its calls counted per day, every change audited.
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { DEMO_PASSWORD, demoId, tables } from '@navette/db';
import { API_CLIENT_ROTATION_OVERLAP_MS, hashOpaqueSecret } from '@navette/auth';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql, signedInHeaders, type AnswerData, type GraphQLResponse } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
let admin: Record<string, string>;
let etat: Record<string, string>;
let siae: Record<string, string>;
// The server's clock: the tests move it past a rotation's overlap.
let now = new Date();

const SIAE_BESANCON = demoId('siae:25-BES:0'); // Doubs: the DDETS Doubs (etat@) manages its clients
const MISSION_LOCALE_DIJON = demoId('prescriber:21:MISSION_LOCALE'); // Côte-d'Or: not the DDETS Doubs'
const HABILITE_BESANCON = demoId('prescriber:25:HABILITE:0');
const inAYear = () => new Date(now.getTime() + 365 * 24 * 3600 * 1000).toISOString();

const CREATE = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) {
  credential client { id name scopes status expiresAt maxCostPerOperation requestsPerMinute
    organisation { kind id name departementCode } } } }`;
const ROTATE = `mutation($id: ID!) { rotateApiClientSecret(id: $id) { credential client { id secretRotatedAt previousSecretValidUntil } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiClient(id: $id) { id status revokedAt } }`;
const DIRECTORY = '{ departements { code } }';

async function ok(headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
  const response = await graphql(navette.graphqlUrl, query, variables, headers);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function create(
  headers: Record<string, string>,
  input: Partial<Record<string, unknown>> = {},
): Promise<{ id: string; credential: string; client: AnswerData }> {
  const data = await ok(headers, CREATE, {
    input: {
      name: 'Observatoire test',
      organisationKind: 'SIAE',
      organisationId: SIAE_BESANCON,
      scopes: ['directory:read'],
      expiresAt: inAYear(),
      ...input,
    },
  });
  return {
    id: data.createApiClient.client.id,
    credential: data.createApiClient.credential,
    client: data.createApiClient.client,
  };
}

const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => now,
    arbitraryDocumentsForUsers: true,
  });
  [admin, etat, siae] = await Promise.all([
    signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD),
    signedInHeaders(navette.graphqlUrl, 'etat@demo.navette.fr', DEMO_PASSWORD),
    signedInHeaders(navette.graphqlUrl, 'siae@demo.navette.fr', DEMO_PASSWORD),
  ]);
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

describe('creating a client', () => {
  it('gives the credential once, keeps only its hash, and the credential works at once', async () => {
    const { id, credential, client } = await create(admin, { scopes: ['directory:read', 'aggregates:read'] });
    expect(credential).toMatch(new RegExp(`^nvt_client_${id}\\.[A-Za-z0-9_-]{43}$`));
    expect(client).toMatchObject({
      status: 'ACTIVE',
      scopes: ['directory:read', 'aggregates:read'],
      organisation: { kind: 'SIAE', id: SIAE_BESANCON, departementCode: '25' },
      maxCostPerOperation: 10_000,
      requestsPerMinute: 1200,
    });
    const [row] = await navette.db.select().from(tables.apiClients).where(eq(tables.apiClients.id, id));
    expect(row!.secretHash).toBe(hashOpaqueSecret(credential.split('.')[1]!));
    expect(JSON.stringify(row)).not.toContain(credential.split('.')[1]);
    // The credential is never readable again through the API.
    const listed = await ok(admin, `{ apiClient(id: "${id}") { id name } }`);
    expect(JSON.stringify(listed)).not.toContain(credential.split('.')[1]);

    const answer = await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!['departements'].length).toBeGreaterThan(0);
  });

  it('refuses scopes that do not exist, give personal data, or that the organisation’s kind may not hold', async () => {
    for (const [scopes, reason] of [
      [['directory:read', 'everything:read'], 'SCOPE_UNKNOWN'],
      [['persons:read'], 'SCOPE_NOT_ALLOWED_FOR_API_CLIENT'],
      [[], 'SCOPES_EMPTY'],
    ] as const) {
      const response = await graphql(
        navette.graphqlUrl,
        CREATE,
        { input: { name: 'x', organisationKind: 'SIAE', organisationId: SIAE_BESANCON, scopes, expiresAt: inAYear() } },
        admin,
      );
      expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    // A prescriber reads no aggregates: nor does its client.
    const prescriber = await graphql(
      navette.graphqlUrl,
      CREATE,
      {
        input: {
          name: 'x',
          organisationKind: 'PRESCRIBER_ORGANISATION',
          organisationId: HABILITE_BESANCON,
          scopes: ['aggregates:read'],
          expiresAt: inAYear(),
        },
      },
      admin,
    );
    expect(refusal(prescriber)).toMatchObject({ reason: 'SCOPE_NOT_ALLOWED_FOR_ORGANISATION' });
  });

  it('refuses an expiry in the past or beyond two years, a budget beyond the limits, an unknown organisation', async () => {
    const base = { name: 'x', organisationKind: 'SIAE', organisationId: SIAE_BESANCON, scopes: ['directory:read'] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, expiresAt: new Date(now.getTime() - 1000).toISOString() }, 'API_CLIENT_EXPIRY_INVALID'],
      [
        { ...base, expiresAt: new Date(now.getTime() + 3 * 366 * 86400_000).toISOString() },
        'API_CLIENT_EXPIRY_INVALID',
      ],
      [{ ...base, expiresAt: inAYear(), maxCostPerOperation: 10_001 }, 'API_CLIENT_BUDGET_INVALID'],
      [{ ...base, expiresAt: inAYear(), requestsPerMinute: 0 }, 'API_CLIENT_BUDGET_INVALID'],
      [{ ...base, expiresAt: inAYear(), organisationId: demoId('siae:nowhere') }, 'ORGANISATION_NOT_FOUND'],
      // Ids are checked for their shape before anything else (input-checks.ts): the platform's INVALID_ID.
      [{ ...base, expiresAt: inAYear(), organisationId: 'not-a-uuid' }, 'INVALID_ID'],
      // The id of an agence given as a SIAE: the kind must match.
      [{ ...base, expiresAt: inAYear(), organisationId: demoId('agency:25-BES') }, 'ORGANISATION_NOT_FOUND'],
    ];
    for (const [input, reason] of cases) {
      expect(refusal(await graphql(navette.graphqlUrl, CREATE, { input }, admin))).toMatchObject({ reason });
    }
  });

  it('lets the État make clients for the organisations of its département only, and see only those', async () => {
    const own = await create(etat, { name: 'Outil de la DDETS' });
    const outside = await graphql(
      navette.graphqlUrl,
      CREATE,
      {
        input: {
          name: 'x',
          organisationKind: 'PRESCRIBER_ORGANISATION',
          organisationId: MISSION_LOCALE_DIJON,
          scopes: ['directory:read'],
          expiresAt: inAYear(),
        },
      },
      etat,
    );
    expect(refusal(outside)).toMatchObject({ code: 'FORBIDDEN', reason: 'ORGANISATION_OUTSIDE_TERRITORY' });

    // A client of Côte-d'Or, made by the administrator: the DDETS Doubs neither sees, rotates nor revokes it.
    const dijon = await create(admin, {
      organisationKind: 'PRESCRIBER_ORGANISATION',
      organisationId: MISSION_LOCALE_DIJON,
    });
    const seen = (await ok(etat, '{ apiClients { id organisation { departementCode } } }')).apiClients as AnswerData[];
    expect(seen.map((c) => c.id)).toContain(own.id);
    expect(seen.map((c) => c.id)).not.toContain(dijon.id);
    expect(seen.every((c) => c.organisation?.departementCode === '25')).toBe(true);
    expect((await ok(etat, `{ apiClient(id: "${dijon.id}") { id } }`)).apiClient).toBeNull();
    for (const mutation of [ROTATE, REVOKE]) {
      expect(refusal(await graphql(navette.graphqlUrl, mutation, { id: dijon.id }, etat))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'API_CLIENT_NOT_FOUND',
      });
    }
    // Untouched by those attempts.
    expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(dijon.credential))).errors).toBeUndefined();

    // The choices of the form: its département's organisations only.
    const choices = (
      await ok(
        etat,
        '{ apiClientOrganisationChoices(kind: PRESCRIBER_ORGANISATION) { organisation { id departementCode } scopes } }',
      )
    ).apiClientOrganisationChoices as AnswerData[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => c.organisation.departementCode === '25')).toBe(true);
    expect(choices[0]!.scopes).toEqual(['directory:read', 'offers:read']);
  });

  it('is refused to other roles and to API clients, at the gateway and in the subgraph', async () => {
    const client = await create(admin);
    for (const headers of [siae, bearer(client.credential)]) {
      const response = await graphql(navette.graphqlUrl, '{ apiClients { id } }', undefined, headers);
      expect(refusal(response)?.code).toBe('FORBIDDEN');
      const made = await graphql(
        navette.graphqlUrl,
        CREATE,
        {
          input: {
            name: 'x',
            organisationKind: 'SIAE',
            organisationId: SIAE_BESANCON,
            scopes: ['directory:read'],
            expiresAt: inAYear(),
          },
        },
        headers,
      );
      expect(refusal(made)?.code).toBe('FORBIDDEN');
    }
  });
});

describe('credentials', () => {
  it('answers a client id that is not a UUID exactly as an unknown client', async () => {
    const secret = 'A'.repeat(43);
    const unknown = await graphql(
      navette.graphqlUrl,
      DIRECTORY,
      undefined,
      bearer(`nvt_client_${demoId('api-client:none')}.${secret}`),
    );
    const malformed = await graphql(
      navette.graphqlUrl,
      DIRECTORY,
      undefined,
      bearer(`nvt_client_not-a-uuid.${secret}`),
    );
    expect(unknown.status).toBe(401);
    expect(malformed.status).toBe(unknown.status);
    expect(malformed.errors).toEqual(unknown.errors);
    expect(refusal(malformed)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });

  it('rotates with an overlap: both secrets work, then only the new one once the overlap ends', async () => {
    const { id, credential: first } = await create(admin);
    expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(first))).errors).toBeUndefined();
    const rotated = (await ok(admin, ROTATE, { id })).rotateApiClientSecret;
    const second = rotated.credential as string;
    expect(second).not.toBe(first);
    expect(new Date(rotated.client.previousSecretValidUntil).getTime() - now.getTime()).toBe(
      API_CLIENT_ROTATION_OVERLAP_MS,
    );
    for (const credential of [first, second]) {
      expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential))).errors).toBeUndefined();
    }
    // The overlap ends (the server's clock): the old secret is refused, even though the gateway had it cached.
    now = new Date(now.getTime() + API_CLIENT_ROTATION_OVERLAP_MS + 1000);
    const old = await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(first));
    expect(refusal(old)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(second))).errors).toBeUndefined();

    // A second rotation within an overlap: the first secret stops at once, the second stays for the overlap.
    const third = (
      await ok(await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD), ROTATE, { id })
    ).rotateApiClientSecret.credential as string;
    expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(second))).errors).toBeUndefined();
    expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(third))).errors).toBeUndefined();
  });

  it('orders two rotations at once: both new secrets work for the overlap, the original stops, both audited', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD);
    const { id, credential: original } = await create(headers);
    expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(original))).errors).toBeUndefined();
    const [a, b] = await Promise.all([ok(headers, ROTATE, { id }), ok(headers, ROTATE, { id })]);
    const secrets = [a, b].map((data) => data.rotateApiClientSecret.credential as string);
    expect(new Set(secrets).size).toBe(2);
    // The row lock serialised them: one's previous secret is the other's new one, so both work and the original not.
    for (const credential of secrets) {
      expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential))).errors).toBeUndefined();
    }
    const old = await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(original));
    expect(refusal(old)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    const [audited] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'API_CLIENT_ROTATED'), eq(tables.auditEvents.subjectId, id)));
    expect(audited!.n).toBe(2);
  });

  it('leaves no working secret when a rotation and a revocation arrive at once', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD);
    const { id, credential: original } = await create(headers);
    const [rotation] = await Promise.all([
      graphql(navette.graphqlUrl, ROTATE, { id }, headers),
      ok(headers, REVOKE, { id }),
    ]);
    // The rotation ran first (its secret was issued) or after (refused as revoked); either way nothing works now.
    const issued = rotation.data?.rotateApiClientSecret?.credential as string | undefined;
    if (!issued) expect(refusal(rotation)).toMatchObject({ reason: 'API_CLIENT_REVOKED' });
    for (const credential of [original, ...(issued ? [issued] : [])]) {
      const answer = await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential));
      expect(refusal(answer)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    }
  });

  it('revokes at once: the next request with the cached credential is refused', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD);
    const { id, credential } = await create(headers);
    // Twice, so that the gateway's principal cache holds it.
    for (let i = 0; i < 2; i++) {
      expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential))).errors).toBeUndefined();
    }
    const revoked = (await ok(headers, REVOKE, { id })).revokeApiClient;
    expect(revoked).toMatchObject({ id, status: 'REVOKED' });
    const after = await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential));
    expect(after.status).toBe(401);
    expect(refusal(after)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    // Revoked for good: no new secret; revoking again changes nothing.
    expect(refusal(await graphql(navette.graphqlUrl, ROTATE, { id }, headers))).toMatchObject({
      reason: 'API_CLIENT_REVOKED',
    });
    const again = (await ok(headers, REVOKE, { id })).revokeApiClient;
    expect(again.revokedAt).toBe(revoked.revokedAt);
  });

  it('refuses rotations and revocations of a malformed or unknown id, leaving nothing written', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD);
    for (const mutation of [ROTATE, REVOKE]) {
      expect(refusal(await graphql(navette.graphqlUrl, mutation, { id: 'not-a-uuid' }, headers))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_ID',
      });
      expect(
        refusal(await graphql(navette.graphqlUrl, mutation, { id: demoId('api-client:none') }, headers)),
      ).toMatchObject({ code: 'NOT_FOUND', reason: 'API_CLIENT_NOT_FOUND' });
    }
  });
});

describe('budget and usage', () => {
  it('enforces the client’s own rate budget instead of the default', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD);
    const { credential } = await create(headers, { requestsPerMinute: 3 });
    for (let i = 0; i < 3; i++) {
      expect((await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential))).errors).toBeUndefined();
    }
    const over = await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential));
    expect(over.status).toBe(429);
    expect(refusal(over)?.code).toBe('RATE_LIMITED');
  });

  it('enforces the client’s own cost budget instead of the default', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD);
    const { credential } = await create(headers, { maxCostPerOperation: 50 });
    const query = '{ siaes(first: 60) { edges { node { name } } } }';
    const refused = await graphql(navette.graphqlUrl, query, undefined, bearer(credential));
    expect(refused.status).toBe(400);
    expect(refusal(refused)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', maximum: 50 });
    expect(
      (
        await graphql(
          navette.graphqlUrl,
          '{ siaes(first: 10) { edges { node { name } } } }',
          undefined,
          bearer(credential),
        )
      ).errors,
    ).toBeUndefined();
    // Another client, without a budget of its own, has the default.
    const { credential: other } = await create(headers);
    expect((await graphql(navette.graphqlUrl, query, undefined, bearer(other))).errors).toBeUndefined();
  });

  it('counts the calls per day and the last use, written in batches', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD);
    const { id, credential } = await create(headers);
    await Promise.all(
      Array.from({ length: 5 }, () => graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential))),
    );
    // Nothing written per request: only the flush writes.
    await navette.flushApiClientUsage();
    const answer = (await ok(headers, `{ apiClient(id: "${id}") { lastUsedAt usage { day calls } } }`)).apiClient;
    expect(answer.usage).toEqual([{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), calls: 5 }]);
    expect(new Date(answer.lastUsedAt).getTime()).toBe(now.getTime());
    await graphql(navette.graphqlUrl, DIRECTORY, undefined, bearer(credential));
    await navette.flushApiClientUsage();
    const [row] = await navette.db
      .select()
      .from(tables.apiClientDailyUsage)
      .where(eq(tables.apiClientDailyUsage.clientId, id));
    expect(row!.calls).toBe(6);
  });
});

describe('audit', () => {
  it('records every creation, rotation and revocation, without the secret', async () => {
    const headers = await signedInHeaders(navette.graphqlUrl, 'admin@demo.navette.fr', DEMO_PASSWORD);
    const { id, credential } = await create(headers);
    const rotated = (await ok(headers, ROTATE, { id })).rotateApiClientSecret.credential as string;
    await ok(headers, REVOKE, { id });
    const events = await navette.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.subjectType, 'api_client'), eq(tables.auditEvents.subjectId, id)))
      .orderBy(tables.auditEvents.id);
    expect(events.map((e) => e.action)).toEqual(['API_CLIENT_CREATED', 'API_CLIENT_ROTATED', 'API_CLIENT_REVOKED']);
    expect(events.every((e) => e.actorKind === 'user' && e.actorId === demoId('user:admin@demo.navette.fr'))).toBe(
      true,
    );
    expect(events[0]!.details).toMatchObject({ organisationId: SIAE_BESANCON, scopes: ['directory:read'] });
    const text = JSON.stringify(events);
    for (const secret of [credential, rotated].map((c) => c.split('.')[1]!)) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(hashOpaqueSecret(secret));
    }
    // The État's own changes are in the audit trail it reads (row security: events of its département's
    // organisations, migration 0020).
    const etatNow = await signedInHeaders(navette.graphqlUrl, 'etat@demo.navette.fr', DEMO_PASSWORD);
    const own = await create(etatNow);
    await ok(etatNow, ROTATE, { id: own.id });
    await ok(etatNow, REVOKE, { id: own.id });
    const trail = await ok(
      etatNow,
      'query($f: AuditEventFilter) { auditEvents(filter: $f) { edges { node { action actorId } } } }',
      {
        f: { subjectId: own.id },
      },
    );
    expect(trail.auditEvents.edges.map((e: AnswerData) => e.node.action)).toEqual([
      'API_CLIENT_REVOKED',
      'API_CLIENT_ROTATED',
      'API_CLIENT_CREATED',
    ]);
  });
});
