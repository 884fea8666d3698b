// Password reset by e-mail (issue 14 §2) through the gateway on a real PostgreSQL: the same answer whether or not the
// account exists, a link caught by the mail catcher, a token stored hashed, used once, refused once expired, at most
// three links an hour, and every session of the account closed by the reset.
import { hashOpaqueSecret } from '@navette/auth';
import { DEMO_PASSWORD, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import type { CaughtMail } from '@navette/subgraph-structures';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedInHeaders } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
let url: string;

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const NEW_PASSWORD = 'Un-nouveau-mot-de-passe-2026';

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    mail: 'catcher',
    rateLimits: false,
  });
  url = navette.graphqlUrl;
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

/** Waits for the reset e-mail to `to` (it is sent after the answer), newer than `after`. */
function nextMail(to: string, after = 0): Promise<CaughtMail> {
  const catcher = navette.mailCatcher!;
  const found = () => catcher.list().filter((m) => m.to === to)[0];
  return new Promise((resolve) => {
    const current = found();
    if (current && catcher.list().filter((m) => m.to === to).length > after) return resolve(current);
    const stop = catcher.onMail((mail) => {
      if (mail.to === to) {
        stop();
        resolve(mail);
      }
    });
  });
}
const tokenOf = (mail: CaughtMail) => /#jeton=(nvt_pr_[A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
const mailsTo = (to: string) => navette.mailCatcher!.list().filter((m) => m.to === to).length;

describe('requestPasswordReset', () => {
  it('answers the same for an unknown address and sends nothing', async () => {
    const known = await graphql(url, REQUEST, { email: 'habilite@demo.navette.fr' });
    const unknown = await graphql(url, REQUEST, { email: 'personne@nulle-part.example' });
    expect(unknown).toEqual(known);
    expect(known.data).toEqual({ requestPasswordReset: true });
    await nextMail('habilite@demo.navette.fr');
    expect(navette.mailCatcher!.list().some((m) => m.to === 'personne@nulle-part.example')).toBe(false);
  });

  it('sends a link to the portal of the account, keeps only its hash', async () => {
    await graphql(url, REQUEST, { email: '  Prescripteur@Demo.Navette.fr ' });
    const mail = await nextMail('prescripteur@demo.navette.fr');
    expect(mail.subject).toBe('[Navette] Réinitialisation de votre mot de passe');
    expect(mail.text).toContain(`${navette.url}/prescripteur/mot-de-passe/nouveau#jeton=nvt_pr_`);
    const token = tokenOf(mail);
    const rows = await database.db.select().from(tables.passwordResetTokens);
    expect(rows.some((r) => r.tokenHash === hashOpaqueSecret(token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('sends at most three links an hour per account, answering the same', async () => {
    const email = 'agence@demo.navette.fr';
    for (let i = 1; i <= 3; i++) {
      await graphql(url, REQUEST, { email });
      await nextMail(email, i - 1);
    }
    expect(mailsTo(email)).toBe(3);
    expect((await graphql(url, REQUEST, { email })).data).toEqual({ requestPasswordReset: true });
    const [throttled] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.action, 'PASSWORD_RESET_THROTTLED'));
    expect(throttled!.n).toBe(1);
    expect(mailsTo(email)).toBe(3);
  });

  it('sends three links, no more, when twenty requests for one account arrive at once', async () => {
    const email = 'pilotage@demo.navette.fr';
    const answers = await Promise.all(Array.from({ length: 20 }, () => graphql(url, REQUEST, { email })));
    expect(answers.every((a) => a.data?.requestPasswordReset === true)).toBe(true);
    const [user] = await database.db
      .select({ id: tables.users.id })
      .from(tables.users)
      .where(eq(tables.users.email, email));
    const tokens = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(tables.passwordResetTokens)
      .where(eq(tables.passwordResetTokens.userId, user!.id));
    expect(tokens[0]!.n).toBe(3);
    await nextMail(email, 2);
    expect(mailsTo(email)).toBe(3);
  });
});

describe('resetPassword', () => {
  it('sets the password once, closes every session, and the link never works again', async () => {
    const email = 'siae@demo.navette.fr';
    const before = await signedInHeaders(url, email, DEMO_PASSWORD);
    expect((await graphql(url, '{ viewer { email } }', {}, before)).data).toEqual({ viewer: { email } });
    await graphql(url, REQUEST, { email });
    const token = tokenOf(await nextMail(email));

    const weak = await graphql(url, RESET, { token, password: 'court' });
    expect(weak.errors?.[0]?.extensions?.reason).toBe('PASSWORD_TOO_SHORT');
    // A weak password did not spend the link.
    expect((await graphql(url, RESET, { token, password: NEW_PASSWORD })).data).toEqual({ resetPassword: true });

    const again = await graphql(url, RESET, { token, password: `${NEW_PASSWORD}!` });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_RESET_TOKEN_INVALID',
    });
    // The session opened before is closed; the old password no longer works, the new one does.
    const old = await graphql(url, '{ viewer { email } }', {}, before);
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(signedInHeaders(url, email, DEMO_PASSWORD)).rejects.toThrow();
    await expect(signedInHeaders(url, email, NEW_PASSWORD)).resolves.toBeDefined();
  });

  it('spends a link once when the same link is used twice at once', async () => {
    const email = 'habilite@demo.navette.fr';
    const already = mailsTo(email);
    await graphql(url, REQUEST, { email });
    const token = tokenOf(await nextMail(email, already));
    const answers = await Promise.all(
      [NEW_PASSWORD, `${NEW_PASSWORD}?`].map((password) => graphql(url, RESET, { token, password })),
    );
    const succeeded = answers.filter((a) => a.data?.resetPassword === true);
    expect(succeeded).toHaveLength(1);
    const refused = answers.filter((a) => a.errors?.[0]?.extensions?.reason === 'PASSWORD_RESET_TOKEN_INVALID');
    expect(refused).toHaveLength(1);
  });

  it('refuses an expired token, a forged one and a malformed one alike', async () => {
    const email = 'etat@demo.navette.fr';
    await graphql(url, REQUEST, { email });
    const token = tokenOf(await nextMail(email));
    await database.db
      .update(tables.passwordResetTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(tables.passwordResetTokens.tokenHash, hashOpaqueSecret(token)));
    for (const candidate of [token, `nvt_pr_${'A'.repeat(43)}`, 'nimportequoi']) {
      const answer = await graphql(url, RESET, { token: candidate, password: NEW_PASSWORD });
      expect(answer.errors?.[0]?.extensions?.reason, candidate).toBe('PASSWORD_RESET_TOKEN_INVALID');
    }
    await expect(signedInHeaders(url, email, DEMO_PASSWORD)).resolves.toBeDefined();
  });
});
