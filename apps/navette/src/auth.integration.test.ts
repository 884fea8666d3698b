// Sign-in, sessions and API clients through the gateway, on a real PostgreSQL (issue 4).
import { DEMO_PASSWORD, demoApiClient, demoApiClientCredential, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVOCATION_BOUND_MS } from '@navette/subgraph-server';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql, signedSubgraphGraphql } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
let now = new Date('2026-11-23T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    clock: () => now,
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    accessToken accessTokenExpiresAt refreshToken
    viewer { email displayName role roleLabel organisation { kind name } }
  }
}`;
const VIEWER = '{ viewer { email role organisation { name } } }';

async function signIn(email: string, password = DEMO_PASSWORD) {
  return graphql(navette.graphqlUrl, SIGN_IN, { email, password });
}

describe('sign-in', () => {
  it('gives a short-lived token for a demo account, and the gateway then knows who is calling', async () => {
    const { data, errors } = await signIn('SIAE@demo.navette.fr ');
    expect(errors).toBeUndefined();
    expect(data!.signIn.viewer).toMatchObject({
      email: 'siae@demo.navette.fr',
      role: 'SIAE',
      roleLabel: expect.any(String),
    });
    expect(data!.signIn.viewer.organisation.kind).toBe('SIAE');
    const ttl = new Date(data!.signIn.accessTokenExpiresAt).getTime() - now.getTime();
    expect(ttl).toBe(15 * 60 * 1000);
    const viewer = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(data!.signIn.accessToken));
    expect(viewer.data!.viewer.organisation.name).toBe(data!.signIn.viewer.organisation.name);
  });

  it('answers a wrong password and an unknown email with the same generic error, and audits both', async () => {
    const wrong = await signIn('agence@demo.navette.fr', 'not-the-password');
    const unknown = await signIn('nobody@example.org', DEMO_PASSWORD);
    for (const answer of [wrong, unknown]) {
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    }
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    const audited = await database.db
      .select()
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.action, 'SIGN_IN_FAILED'));
    expect(audited.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audited)).not.toContain('not-the-password');
  });

  it('refuses even the right password from an address that has had too many failures on the account', async () => {
    await database.db
      .insert(tables.signInSourceFailures)
      .values({ emailKey: 'etat@demo.navette.fr', source: 'ip:127.0.0.1', failures: 20, lastFailureAt: now });
    const locked = await signIn('etat@demo.navette.fr');
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_LOCKED' });
    await database.db
      .delete(tables.signInSourceFailures)
      .where(eq(tables.signInSourceFailures.emailKey, 'etat@demo.navette.fr'));
  });
});

describe('tokens and sessions', () => {
  it('refuses the signed-in-only field to an anonymous caller, at the gateway', async () => {
    const { data, errors } = await graphql(navette.graphqlUrl, VIEWER);
    expect(data?.viewer ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a tampered token and an expired one, with stable reasons', async () => {
    const { data } = await signIn('pilotage@demo.navette.fr');
    const token: string = data!.signIn.accessToken;
    const [header, payload, signature] = token.split('.');
    const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    forged.role = 'ADMIN';
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    const refused = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(tampered));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });

    const later = now;
    now = new Date(now.getTime() + 16 * 60 * 1000);
    try {
      const expired = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(token));
      expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    } finally {
      now = later;
    }
  });

  it('checks the token again in each subgraph: a forged token in a request signed by the gateway is refused', async () => {
    const forged = bearer('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    const answer = await signedSubgraphGraphql(
      navette.subgraphSecret,
      navette.subgraphs.structures,
      VIEWER,
      {},
      forged,
    );
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('renews a session with a rotated refresh token; the old one stops working', async () => {
    const { data } = await signIn('prescripteur@demo.navette.fr');
    const first: string = data!.signIn.refreshToken;
    const RENEW =
      'mutation($t: String!) { renewSession(refreshToken: $t) { accessToken refreshToken viewer { email } } }';
    const renewed = await graphql(navette.graphqlUrl, RENEW, { t: first });
    expect(renewed.data!.renewSession.viewer.email).toBe('prescripteur@demo.navette.fr');
    expect(renewed.data!.renewSession.refreshToken).not.toBe(first);
    const reused = await graphql(navette.graphqlUrl, RENEW, { t: first });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
  });

  it('signs out: the access token and the refresh token stop working at once, and it is audited', async () => {
    const { data } = await signIn('habilite@demo.navette.fr');
    const { accessToken, refreshToken } = data!.signIn;
    const out = await graphql(
      navette.graphqlUrl,
      'mutation($t: String!) { signOut(refreshToken: $t) }',
      { t: refreshToken },
      bearer(accessToken),
    );
    expect(out.data!.signOut).toBe(true);
    const after = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(accessToken));
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    const [last] = await database.db.select().from(tables.auditEvents).orderBy(desc(tables.auditEvents.id)).limit(1);
    expect(last).toMatchObject({ action: 'SIGN_OUT', actorKind: 'user' });
  });
});

describe('refresh-token reuse (issue 11)', () => {
  const RENEW = 'mutation($t: String!) { renewSession(refreshToken: $t) { accessToken refreshToken } }';

  it('a rotated-away token presented again revokes the whole session — the newer tokens too — and is audited', async () => {
    const { data } = await signIn('siae@demo.navette.fr');
    const first: string = data!.signIn.refreshToken;
    const otherTab = await signIn('siae@demo.navette.fr');
    const renewed = await graphql(navette.graphqlUrl, RENEW, { t: first });
    const { accessToken: newerAccess, refreshToken: newer } = renewed.data!.renewSession;

    // The thief (or the user, whichever comes second) presents the old token.
    const reused = await graphql(navette.graphqlUrl, RENEW, { t: first });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    // Every token of that session is dead now.
    const newerRenewal = await graphql(navette.graphqlUrl, RENEW, { t: newer });
    expect(newerRenewal.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    const newerViewer = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(newerAccess));
    expect(newerViewer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    // Another session of the same user (another tab, another sign-in) is not that family.
    const stillThere = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(otherTab.data!.signIn.accessToken));
    expect(stillThere.data!.viewer.email).toBe('siae@demo.navette.fr');

    const [user] = await database.db.select().from(tables.users).where(eq(tables.users.email, 'siae@demo.navette.fr'));
    const audited = await database.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'SESSION_REUSE_DETECTED'), eq(tables.auditEvents.subjectId, user!.id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.details).toMatchObject({ sessionId: expect.any(String) });
    expect(JSON.stringify(audited)).not.toContain(first);
    expect(JSON.stringify(audited)).not.toContain(newer);
    const [session] = await database.db
      .select()
      .from(tables.sessions)
      .where(eq(tables.sessions.id, audited[0]!.details!['sessionId'] as string));
    expect(session).toMatchObject({ revokedReason: 'REFRESH_TOKEN_REUSED' });

    // Presenting the old token once more revokes nothing new and is not audited again.
    await graphql(navette.graphqlUrl, RENEW, { t: first });
    const again = await database.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'SESSION_REUSE_DETECTED'), eq(tables.auditEvents.subjectId, user!.id)));
    expect(again).toHaveLength(1);
  });

  it('two renewals racing with one token end the session: a client must send one renewal at a time', async () => {
    const { data } = await signIn('pilotage@demo.navette.fr');
    const token: string = data!.signIn.refreshToken;
    const answers = await Promise.all([
      graphql(navette.graphqlUrl, RENEW, { t: token }),
      graphql(navette.graphqlUrl, RENEW, { t: token }),
    ]);
    // The row lock makes them take turns: at most one rotates, the other is a reuse.
    expect(answers.filter((a) => a.data?.renewSession).length).toBeLessThanOrEqual(1);
    expect(answers.some((a) => a.errors?.[0]?.extensions?.reason === 'SESSION_REVOKED')).toBe(true);
    for (const answer of answers.filter((a) => a.data?.renewSession)) {
      const next = await graphql(navette.graphqlUrl, RENEW, { t: answer.data!.renewSession.refreshToken });
      expect(next.errors?.[0]?.extensions).toMatchObject({ reason: 'SESSION_REVOKED' });
    }
  });
});

describe('changes of access rights', () => {
  it('an administrator disables an account: its session ends at once, it cannot sign in, and the audit trail says so', async () => {
    const user = await signIn('agence@demo.navette.fr');
    const admin = await signIn('admin@demo.navette.fr');
    const adminHeaders = bearer(admin.data!.signIn.accessToken);
    const [agence] = await database.db
      .select()
      .from(tables.users)
      .where(eq(tables.users.email, 'agence@demo.navette.fr'));
    const SET = 'mutation($id: ID!, $status: UserStatus!) { setUserStatus(userId: $id, status: $status) }';
    const disabled = await graphql(navette.graphqlUrl, SET, { id: agence!.id, status: 'DISABLED' }, adminHeaders);
    expect(disabled.data!.setUserStatus).toBe(true);
    const after = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(user.data!.signIn.accessToken));
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    const again = await signIn('agence@demo.navette.fr');
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });

    const trail = await graphql(
      navette.graphqlUrl,
      'query($id: String) { auditEvents(first: 5, filter: { subjectId: $id, action: "ACCESS_CHANGED" }) { edges { node { action actorId subjectId } } } }',
      { id: agence!.id },
      adminHeaders,
    );
    expect(trail.data!.auditEvents.edges[0].node).toMatchObject({ action: 'ACCESS_CHANGED', subjectId: agence!.id });
    await graphql(navette.graphqlUrl, SET, { id: agence!.id, status: 'ACTIVE' }, adminHeaders);
    expect((await signIn('agence@demo.navette.fr')).errors).toBeUndefined();

    // Refusals with a stable reason (use case set-user-status): one's own account, an account that does not exist.
    const [adminRow] = await database.db
      .select()
      .from(tables.users)
      .where(eq(tables.users.email, 'admin@demo.navette.fr'));
    const own = await graphql(navette.graphqlUrl, SET, { id: adminRow!.id, status: 'DISABLED' }, adminHeaders);
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWN_ACCOUNT_STATUS' });
    const nobody = await graphql(
      navette.graphqlUrl,
      SET,
      { id: '00000000-0000-4000-8000-000000000000', status: 'DISABLED' },
      adminHeaders,
    );
    expect(nobody.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ACCOUNT_NOT_FOUND' });
    expect((await signIn('admin@demo.navette.fr')).errors).toBeUndefined();
  });
});

/**
 * Asks again until the answer is an error: a revocation made outside this process reaches the gateway's principal
 * cache within REVOCATION_BOUND_MS (1 s). Waits on the answer, not on a duration; gives up after 60 tries.
 */
async function untilRefused(ask: () => ReturnType<typeof graphql>) {
  let answer = await ask();
  for (let tries = 0; !answer.errors && tries < 60; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, REVOCATION_BOUND_MS / 4));
    answer = await ask();
  }
  return answer;
}

describe('the gateway verifies each caller once (issue 16 §1)', () => {
  it('keeps a verified caller, but a session revoked by another process is refused within the revocation bound', async () => {
    const { data } = await signIn('prescripteur@demo.navette.fr');
    const token: string = data!.signIn.accessToken;
    for (let i = 0; i < 3; i += 1)
      expect((await graphql(navette.graphqlUrl, VIEWER, {}, bearer(token))).errors).toBeUndefined();
    const sessionId = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid;
    await database.db.execute(
      sql`update identity.sessions set revoked_at = now(), revoked_reason = 'TEST' where id = ${sessionId}`,
    );
    const refused = await untilRefused(() => graphql(navette.graphqlUrl, VIEWER, {}, bearer(token)));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
  });

  it('never answers from the cache once the token has expired', async () => {
    const { data } = await signIn('prescripteur@demo.navette.fr');
    const token: string = data!.signIn.accessToken;
    expect((await graphql(navette.graphqlUrl, VIEWER, {}, bearer(token))).errors).toBeUndefined();
    const before = now;
    now = new Date(now.getTime() + 16 * 60 * 1000);
    try {
      const expired = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(token));
      expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    } finally {
      now = before;
    }
  });
});

describe('API clients', () => {
  it('authenticate with their own bearer secret, and are refused once revoked', async () => {
    const query = '{ siaes(first: 1) { totalCount } }';
    const ok = await graphql(navette.graphqlUrl, query, {}, bearer(demoApiClientCredential));
    expect(ok.errors).toBeUndefined();
    const wrong = await graphql(navette.graphqlUrl, query, {}, bearer(`${demoApiClientCredential.slice(0, -4)}xxxx`));
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    // Revoked by another process (here, straight in the database): the gateway's cache sees it within its bound.
    await database.db.execute(sql`update identity.api_clients set revoked_at = now() where id = ${demoApiClient.id}`);
    const revoked = await untilRefused(() => graphql(navette.graphqlUrl, query, {}, bearer(demoApiClientCredential)));
    expect(revoked.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });
});
