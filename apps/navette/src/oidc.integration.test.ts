// OIDC sign-in for agents (issue 15 §6) against a real OpenID provider started here (oidc-provider): authorization
// code + PKCE, accounts linked by verified e-mail, one "ask your administrator" page for every identity without an
// account, forged or replayed flows and assertions refused, logout propagated to the provider.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSetCookie } from 'cookie';
import { tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { generateGatewaySecret, signIdentityAssertion } from '@navette/subgraph-server';
import { and, eq, sql } from 'drizzle-orm';
import Provider, { type Configuration } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql } from './testing/graphql.js';

const CLIENT_ID = 'navette-test';
const CLIENT_SECRET = 'a-client-secret-for-the-tests-only-0123456789';
const PORTAL = 'portal-siae';
const REFRESH_COOKIE = `navette_refresh_${PORTAL}`;
const OIDC_COOKIE = `navette_oidc_${PORTAL}`;
const NOT_LINKED = 'Aucun compte Navette n’est rattaché à cette identité : demandez à votre administrateur';

/** The provider's people: the account id is what the test types in the provider's login form. */
const people: Record<string, { email: string; email_verified: boolean }> = {
  // The demo SIAE user, with the address written differently: linked all the same.
  'agent-siae': { email: 'SIAE@demo.navette.fr', email_verified: true },
  stranger: { email: 'inconnu@exemple.fr', email_verified: true },
  unverified: { email: 'siae@demo.navette.fr', email_verified: false },
  suspended: { email: 'habilite@demo.navette.fr', email_verified: true },
};

let database: TestDatabase;
let navette: RunningNavette;
let issuer: string;
let provider: Provider;
const providerServer = createServer((req: IncomingMessage, res: ServerResponse) => {
  void provider.callback()(req, res);
});

beforeAll(async () => {
  database = await createTestDatabase();
  // The provider's address first (the gateway discovers it lazily), then the product, then the provider itself.
  await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
  navette = await startNavette({
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    oidc: { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
  });
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${navette.url}/auth/oidc/callback`],
        post_logout_redirect_uris: [`${navette.url}/siae/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, id) =>
      people[id] ? { accountId: id, claims: () => ({ sub: id, ...people[id]! }) } : undefined,
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['cookie-key-of-the-test-provider'] },
  };
  provider = new Provider(issuer, configuration);
});
afterAll(async () => {
  await navette?.stop();
  await new Promise((resolve) => providerServer.close(resolve));
  await database?.drop();
});

/** A browser's cookies for one site (paths ignored: the names do not collide here). */
class Jar {
  readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(header);
      if (cookie.maxAge === 0 || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value ?? '');
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const get = (url: string, jar: Jar) => fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });

/**
 * A browser from the portal's button to the provider and back: signs in at the provider as `accountId`, consents, and
 * stops at the gateway's callback URL (returned, not followed).
 */
async function throughProvider(navetteJar: Jar, providerJar: Jar, accountId: string): Promise<string> {
  const start = await get(`${navette.url}/auth/oidc/start?portal=${PORTAL}`, navetteJar);
  expect(start.status).toBe(303);
  navetteJar.take(start);
  let location = start.headers.get('location')!;
  const authorization = new URL(location);
  expect(authorization.origin).toBe(issuer);
  expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorization.searchParams.get('redirect_uri')).toBe(`${navette.url}/auth/oidc/callback`);
  for (let step = 0; step < 10 && location.startsWith(issuer); step++) {
    const response = await get(location, providerJar);
    providerJar.take(response);
    if (response.status >= 300 && response.status < 400) {
      location = new URL(response.headers.get('location')!, location).href;
      continue;
    }
    const html = await response.text();
    expect(response.status, html).toBe(200);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const form = new URLSearchParams({ prompt: prompt! });
    if (prompt === 'login') {
      form.set('login', accountId);
      form.set('password', 'any');
    }
    const submitted = await fetch(location, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: providerJar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    providerJar.take(submitted);
    location = new URL(submitted.headers.get('location')!, location).href;
  }
  expect(location.startsWith(`${navette.url}/auth/oidc/callback?`)).toBe(true);
  return location;
}

async function refresh(refreshToken: string) {
  const response = await fetch(`${navette.url}/auth/refresh`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: navette.url,
      'x-navette-client': PORTAL,
      cookie: `${REFRESH_COOKIE}=${refreshToken}`,
    },
    body: '{}',
  });
  return { status: response.status, body: (await response.json()) as { session?: { viewer: { email: string } } } };
}

const openSessions = async () => (await navette.db.select({ id: tables.sessions.id }).from(tables.sessions)).length;

describe('OIDC sign-in', () => {
  it('tells the portals that OIDC sign-in is on', async () => {
    const response = await fetch(`${navette.url}/auth/oidc/config`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ enabled: true });
  });

  it('signs the demo user in by verified e-mail: refresh cookie, 303 to the portal, then /auth/refresh works', async () => {
    const navetteJar = new Jar();
    const callbackUrl = await throughProvider(navetteJar, new Jar(), 'agent-siae');
    const callback = await get(callbackUrl, navetteJar);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/siae/');
    const cookies = callback.headers.getSetCookie().map((header) => parseSetCookie(header));
    const refreshCookie = cookies.find((c) => c.name === REFRESH_COOKIE)!;
    expect(refreshCookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });
    expect(refreshCookie.value).toMatch(/^nvt_rt_/);
    // The flow cookie is spent.
    expect(cookies.find((c) => c.name === 'navette_oidc_flow')).toMatchObject({ value: '', maxAge: 0 });
    const renewed = await refresh(refreshCookie.value!);
    expect(renewed.status).toBe(200);
    expect(renewed.body.session!.viewer.email).toBe('siae@demo.navette.fr');
    // Audited as an OIDC sign-in, without the address.
    const [event] = await navette.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'SIGN_IN'), sql`${tables.auditEvents.details}->>'method' = 'OIDC'`));
    expect(event).toMatchObject({ actorKind: 'user', details: { method: 'OIDC', issuer } });
    expect(JSON.stringify(event!.details)).not.toContain('@');
  });

  it('gives the same "ask your administrator" page, and no session, to an unknown, unverified or suspended identity', async () => {
    await navette.db
      .update(tables.users)
      .set({ status: 'DISABLED' })
      .where(eq(tables.users.email, 'habilite@demo.navette.fr'));
    const before = await openSessions();
    const pages: string[] = [];
    for (const person of ['stranger', 'unverified', 'suspended']) {
      const jar = new Jar();
      const callback = await get(await throughProvider(jar, new Jar(), person), jar);
      expect(callback.status, person).toBe(403);
      expect(
        callback.headers.getSetCookie().some((c) => c.startsWith(`${REFRESH_COOKIE}=`)),
        person,
      ).toBe(false);
      const html = await callback.text();
      expect(html, person).toContain(NOT_LINKED);
      pages.push(html);
    }
    expect(new Set(pages).size).toBe(1); // nothing tells the three apart
    expect(await openSessions()).toBe(before);
  });

  it('refuses a callback without its flow cookie, with a forged one, or with another state', async () => {
    const jar = new Jar();
    const callbackUrl = await throughProvider(jar, new Jar(), 'agent-siae');
    const before = await openSessions();
    // Another browser (the attacker's link opened by a victim): no flow cookie.
    const foreign = await get(callbackUrl, new Jar());
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('La connexion n’a pas abouti');
    // A flow cookie made up by the client.
    const forgedJar = new Jar();
    forgedJar.cookies.set('navette_oidc_flow', Buffer.from('{"state":"x"}').toString('base64url'));
    expect((await get(callbackUrl, forgedJar)).status).toBe(400);
    // The right cookie, another state in the query.
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', 'made-up-state');
    expect((await get(tampered.href, jar)).status).toBe(400);
    expect(await openSessions()).toBe(before);
  });

  it('refuses a replayed callback (same code, same flow cookie): one session only', async () => {
    const jar = new Jar();
    const callbackUrl = await throughProvider(jar, new Jar(), 'agent-siae');
    const flowCookie = jar.header();
    const first = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: flowCookie } });
    expect(first.status).toBe(303);
    const before = await openSessions();
    const replay = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: flowCookie } });
    expect(replay.status).toBe(400);
    expect(replay.headers.getSetCookie().some((c) => c.startsWith(`${REFRESH_COOKIE}=`))).toBe(false);
    expect(await openSessions()).toBe(before);
  });

  it('refuses an unknown portal at the start', async () => {
    const response = await fetch(`${navette.url}/auth/oidc/start?portal=evil`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});

describe('identity assertions (signInWithIdentityAssertion)', () => {
  const MUTATION = `mutation($assertion: String!) { signInWithIdentityAssertion(assertion: $assertion) { refreshToken viewer { email } } }`;
  const identity = (email: string) => ({ issuer: 'http://idp.example', subject: 'someone', email });
  const reasonOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    answer.errors?.[0]?.extensions?.['reason'];

  it('refuses an assertion signed with another secret: a client cannot forge one', async () => {
    const forged = signIdentityAssertion(generateGatewaySecret(), identity('admin@demo.navette.fr'));
    const answer = await graphql(navette.graphqlUrl, MUTATION, { assertion: forged });
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'IDENTITY_ASSERTION_INVALID',
    });
  });

  it('accepts a genuine assertion once: a replay is refused', async () => {
    const assertion = signIdentityAssertion(navette.subgraphSecret, identity('admin@demo.navette.fr'));
    const first = await graphql<{ signInWithIdentityAssertion: { viewer: { email: string } } }>(
      navette.graphqlUrl,
      MUTATION,
      { assertion },
    );
    expect(first.data?.signInWithIdentityAssertion.viewer.email).toBe('admin@demo.navette.fr');
    const replay = await graphql(navette.graphqlUrl, MUTATION, { assertion });
    expect(reasonOf(replay)).toBe('IDENTITY_ASSERTION_INVALID');
  });

  it('refuses an expired assertion, and one for an address without an account', async () => {
    const expired = signIdentityAssertion(
      navette.subgraphSecret,
      identity('admin@demo.navette.fr'),
      Date.now() - 61_000,
    );
    expect(reasonOf(await graphql(navette.graphqlUrl, MUTATION, { assertion: expired }))).toBe(
      'IDENTITY_ASSERTION_INVALID',
    );
    const unknown = signIdentityAssertion(navette.subgraphSecret, identity('personne@exemple.fr'));
    expect(reasonOf(await graphql(navette.graphqlUrl, MUTATION, { assertion: unknown }))).toBe('IDENTITY_NOT_LINKED');
  });
});

describe('logout', () => {
  it('ends the provider’s session too: sign-out answers its end-session URL, back to the portal', async () => {
    const navetteJar = new Jar();
    const providerJar = new Jar();
    const callback = await get(await throughProvider(navetteJar, providerJar, 'agent-siae'), navetteJar);
    navetteJar.take(callback);
    expect(navetteJar.cookies.has(OIDC_COOKIE)).toBe(true);
    const signOut = await fetch(`${navette.url}/auth/sign-out`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: navette.url,
        'x-navette-client': PORTAL,
        cookie: navetteJar.header(),
      },
      body: '{}',
    });
    expect(signOut.status).toBe(200);
    const body = (await signOut.json()) as { signedOut: boolean; endSessionUrl?: string };
    expect(body.signedOut).toBe(true);
    const endSession = new URL(body.endSessionUrl!);
    const discovered = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
      end_session_endpoint: string;
    };
    expect(`${endSession.origin}${endSession.pathname}`).toBe(discovered.end_session_endpoint);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${navette.url}/siae/`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^ey/);
    // Both cookies are cleared.
    const cleared = signOut.headers.getSetCookie().map((header) => parseSetCookie(header));
    for (const name of [REFRESH_COOKIE, OIDC_COOKIE]) {
      expect(
        cleared.find((c) => c.name === name),
        name,
      ).toMatchObject({ value: '', maxAge: 0 });
    }
    // At the provider: its logout page, confirmed, brings the browser back to the portal.
    const confirm = await get(endSession.href, providerJar);
    providerJar.take(confirm);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    const action = /action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const done = await fetch(new URL(action, issuer), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: providerJar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    providerJar.take(done);
    let location = new URL(done.headers.get('location')!, issuer).href;
    for (let step = 0; step < 3 && location.startsWith(issuer); step++) {
      const next = await get(location, providerJar);
      location = new URL(next.headers.get('location')!, location).href;
    }
    expect(location.startsWith(`${navette.url}/siae/`)).toBe(true);
    // The provider's session is over: a new start asks for the login again.
    expect(providerJar.cookies.has('_session')).toBe(false);
  });

  it('answers no end-session URL for a password session', async () => {
    const signIn = await fetch(`${navette.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: navette.url, 'x-navette-client': PORTAL },
      body: JSON.stringify({ email: 'siae@demo.navette.fr', password: 'Navette-Demo-2026!' }),
    });
    expect(signIn.status).toBe(200);
    const jar = new Jar();
    jar.take(signIn);
    // A stale OIDC cookie of an earlier session is dropped by the password sign-in.
    expect(signIn.headers.getSetCookie().some((c) => c.startsWith(`${OIDC_COOKIE}=;`))).toBe(true);
    const signOut = await fetch(`${navette.url}/auth/sign-out`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: navette.url,
        'x-navette-client': PORTAL,
        cookie: jar.header(),
      },
      body: '{}',
    });
    expect(await signOut.json()).toEqual({ signedOut: true });
  });
});
