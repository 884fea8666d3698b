// "Mon compte" (issue 14 §2) through the gateway, on a real PostgreSQL: the user's sessions with their device, closing
// one or all the others (own sessions only), and a change of password (current password required, throttled, every
// other session closed).
import { DEMO_PASSWORD, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
const now = new Date('2026-11-23T09:00:00Z');

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const NEW_PASSWORD = 'Un-Nouveau-Mot-2027!';

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

/** A new account of the demo prescripteur's organisation, with the demo password. */
async function newAccount(): Promise<string> {
  const [demo] = await database.db
    .select()
    .from(tables.users)
    .where(eq(tables.users.email, 'prescripteur@demo.navette.fr'));
  const [membership] = await database.db
    .select()
    .from(tables.memberships)
    .where(eq(tables.memberships.userId, demo!.id));
  const id = randomUUID();
  const email = `compte-${id.slice(0, 8)}@test.navette.fr`;
  await database.db
    .insert(tables.users)
    .values({ id, email, displayName: 'Camille Test', passwordHash: demo!.passwordHash });
  await database.db.insert(tables.memberships).values({ ...membership!, userId: id });
  return email;
}

async function signIn(email: string, userAgent = FIREFOX, password = DEMO_PASSWORD) {
  const { data, errors } = await graphql(
    navette.graphqlUrl,
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken refreshToken } }',
    { email, password },
    { 'user-agent': userAgent },
  );
  if (!data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(errors)}`);
  return { headers: bearer(data.signIn.accessToken as string), refreshToken: data.signIn.refreshToken as string };
}

const SESSIONS = '{ accountSessions { id device signedInAt lastActiveAt expiresAt current } }';
const REVOKE = 'mutation($id: ID!) { revokeSession(id: $id) }';
const REVOKE_OTHERS = 'mutation { revokeOtherSessions }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const VIEWER = '{ viewer { email } }';

async function sessionsOf(headers: Record<string, string>) {
  const { data, errors } = await graphql(navette.graphqlUrl, SESSIONS, {}, headers);
  expect(errors).toBeUndefined();
  return data!.accountSessions as { id: string; device: string; current: boolean; signedInAt: string }[];
}

describe('active sessions', () => {
  it('lists the user’s own sessions with their device, the current one first; never the address', async () => {
    const email = await newAccount();
    const laptop = await signIn(email, FIREFOX);
    const desktop = await signIn(email, CHROME);
    const other = await signIn('prescripteur@demo.navette.fr', FIREFOX);
    const seen = await sessionsOf(desktop.headers);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({ current: true, device: 'Chrome sur Linux', signedInAt: now.toISOString() });
    expect(seen[1]).toMatchObject({ current: false, device: 'Firefox sur Windows' });
    const othersIds = (await sessionsOf(other.headers)).map((s) => s.id);
    expect(seen.some((s) => othersIds.includes(s.id))).toBe(false);
    // Only the short label is stored.
    const rows = await database.db.select().from(tables.sessions).where(eq(tables.sessions.id, seen[1]!.id));
    expect(JSON.stringify(rows)).not.toContain('Gecko');
    expect(JSON.stringify(rows)).not.toContain('127.0.0.1');
    void laptop;
  });

  it('closes one session: its token stops working at once, the others go on', async () => {
    const email = await newAccount();
    const laptop = await signIn(email, FIREFOX);
    const phone = await signIn(email, CHROME);
    const target = (await sessionsOf(laptop.headers)).find((s) => !s.current)!;
    const revoked = await graphql(navette.graphqlUrl, REVOKE, { id: target.id }, laptop.headers);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeSession).toBe(true);
    const refused = await graphql(navette.graphqlUrl, VIEWER, {}, phone.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await graphql(navette.graphqlUrl, VIEWER, {}, laptop.headers)).data!.viewer.email).toBe(email);
    // The same request again: already closed, answered as not found.
    const twice = await graphql(navette.graphqlUrl, REVOKE, { id: target.id }, laptop.headers);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SESSION_NOT_FOUND' });
    const audited = await database.db
      .select()
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.action, 'SESSION_REVOKED'));
    expect(audited.filter((e) => (e.details as { sessionId?: string }).sessionId === target.id)).toHaveLength(1);
  });

  it('another user’s session is answered like an unknown one and stays open; a malformed id is refused', async () => {
    const mine = await signIn(await newAccount());
    const victim = await signIn(await newAccount());
    const victimSession = (await sessionsOf(victim.headers))[0]!;
    const foreign = await graphql(navette.graphqlUrl, REVOKE, { id: victimSession.id }, mine.headers);
    const unknown = await graphql(navette.graphqlUrl, REVOKE, { id: randomUUID() }, mine.headers);
    for (const answer of [foreign, unknown]) {
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SESSION_NOT_FOUND' });
    }
    expect(foreign.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect((await graphql(navette.graphqlUrl, VIEWER, {}, victim.headers)).errors).toBeUndefined();
    const malformed = await graphql(navette.graphqlUrl, REVOKE, { id: 'pas-un-identifiant' }, mine.headers);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });

  it('closes every other session of the user, not the current one nor another user’s', async () => {
    const email = await newAccount();
    const kept = await signIn(email);
    const others = [await signIn(email, CHROME), await signIn(email, CHROME)];
    const bystander = await signIn('prescripteur@demo.navette.fr');
    const { data, errors } = await graphql(navette.graphqlUrl, REVOKE_OTHERS, {}, kept.headers);
    expect(errors).toBeUndefined();
    expect(data!.revokeOtherSessions).toBe(2);
    for (const other of others) {
      expect((await graphql(navette.graphqlUrl, VIEWER, {}, other.headers)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect((await sessionsOf(kept.headers)).map((s) => s.current)).toEqual([true]);
    expect((await graphql(navette.graphqlUrl, VIEWER, {}, bystander.headers)).errors).toBeUndefined();
    expect((await graphql(navette.graphqlUrl, REVOKE_OTHERS, {}, kept.headers)).data!.revokeOtherSessions).toBe(0);
  });

  it('is for people only', async () => {
    const anonymous = await graphql(navette.graphqlUrl, SESSIONS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('change of password', () => {
  it('needs the current password, follows the policy, and closes every other session', async () => {
    const email = await newAccount();
    const current = await signIn(email);
    const other = await signIn(email, CHROME);
    const weak = await graphql(navette.graphqlUrl, CHANGE, { c: DEMO_PASSWORD, n: 'court' }, current.headers);
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_SHORT' });
    const same = await graphql(navette.graphqlUrl, CHANGE, { c: DEMO_PASSWORD, n: DEMO_PASSWORD }, current.headers);
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_UNCHANGED' });
    const wrong = await graphql(navette.graphqlUrl, CHANGE, { c: 'pas-le-bon', n: NEW_PASSWORD }, current.headers);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CURRENT_PASSWORD_INCORRECT',
    });
    // The other session still works after refused attempts.
    expect((await graphql(navette.graphqlUrl, VIEWER, {}, other.headers)).errors).toBeUndefined();

    const changed = await graphql(navette.graphqlUrl, CHANGE, { c: DEMO_PASSWORD, n: NEW_PASSWORD }, current.headers);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changePassword).toBe(1);
    expect((await graphql(navette.graphqlUrl, VIEWER, {}, current.headers)).data!.viewer.email).toBe(email);
    expect((await graphql(navette.graphqlUrl, VIEWER, {}, other.headers)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // The other session's refresh token is dead too.
    const renewed = await graphql(
      navette.graphqlUrl,
      'mutation($t: String!) { renewSession(refreshToken: $t) { accessToken } }',
      { t: other.refreshToken },
    );
    expect(renewed.errors?.[0]?.extensions?.reason).toBe('SESSION_REVOKED');
    // The old password no longer signs in; the new one does.
    await expect(signIn(email)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await signIn(email, FIREFOX, NEW_PASSWORD);
    const audited = await database.db
      .select()
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.action, 'PASSWORD_CHANGED'));
    expect(JSON.stringify(audited)).not.toContain(NEW_PASSWORD);
    expect(audited.some((e) => (e.details as { otherSessionsClosed?: number }).otherSessionsClosed === 1)).toBe(true);
  });

  it('is throttled against guessing: refused after repeated wrong current passwords, even with the right one', async () => {
    const email = await newAccount();
    const thief = await signIn(email);
    const reasons: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const answer = await graphql(
        navette.graphqlUrl,
        CHANGE,
        { c: `essai-${attempt}`, n: NEW_PASSWORD },
        thief.headers,
      );
      reasons.push(answer.errors?.[0]?.extensions?.reason);
    }
    expect(reasons.slice(0, 5)).toEqual(Array(5).fill('CURRENT_PASSWORD_INCORRECT'));
    expect(reasons[5]).toBe('PASSWORD_CHANGE_LOCKED');
    const right = await graphql(navette.graphqlUrl, CHANGE, { c: DEMO_PASSWORD, n: NEW_PASSWORD }, thief.headers);
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_LOCKED' });
    // The password did not change.
    await signIn(email);
  });

  it('two changes at once with the same current password: exactly one works', async () => {
    const email = await newAccount();
    const session = await signIn(email);
    const answers = await Promise.all(
      ['Premier-Essai-2027!', 'Second-Essai-2027!'].map((n) =>
        graphql(navette.graphqlUrl, CHANGE, { c: DEMO_PASSWORD, n }, session.headers),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.reason)).toEqual([
      'PASSWORD_CHANGED_MEANWHILE',
    ]);
    expect((await graphql(navette.graphqlUrl, VIEWER, {}, session.headers)).errors).toBeUndefined();
  });
});
