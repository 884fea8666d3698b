// HTTP hardening of the edge (issue 11, item 7) through the real gateway on a real PostgreSQL: CORS, requests a
// form could forge, security headers, and the portals' session endpoints with the HttpOnly refresh cookie.
import { DEMO_PASSWORD, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { parseSetCookie } from 'cookie';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
const partner = 'https://partenaire.example';

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    // Ad-hoc documents with users' tokens (edge-limits tests the enforcement).
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    allowedOrigins: [partner],
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const VIEWER = '{ viewer { email } }';
const SIGN_OUT_MUTATION = 'mutation { signOut(refreshToken: "nvt_rt_x") }';

describe('CORS', () => {
  it('gives a foreign origin no Access-Control-Allow-Origin, on the preflight and on the request', async () => {
    const preflight = await fetch(navette.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    const post = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows a configured origin, without credentials', async () => {
    const preflight = await fetch(navette.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: partner,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(partner);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    const post = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { origin: partner, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe(partner);
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('never answers CORS on the session endpoints', async () => {
    const preflight = await fetch(`${navette.url}/auth/refresh`, {
      method: 'OPTIONS',
      headers: { origin: partner, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('requests a form could forge', () => {
  it.each([
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(SIGN_OUT_MUTATION)}`],
    ['text/plain', JSON.stringify({ query: SIGN_OUT_MUTATION })],
    [
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${SIGN_OUT_MUTATION}\r\n--x--\r\n`,
    ],
  ])('refuses a %s mutation before running it (415, French)', async (contentType, body) => {
    const response = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    expect(response.status).toBe(415);
    const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(answer.errors[0]!.message).toMatch(/^Envoyez la requête GraphQL en JSON/);
    expect(answer.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a POST without a content type', async () => {
    const response = await fetch(navette.graphqlUrl, {
      method: 'POST',
      body: new Uint8Array(Buffer.from(JSON.stringify({ query: SIGN_OUT_MUTATION }))),
    });
    expect(response.status).toBe(415);
  });

  it('refuses a mutation sent with GET (405, French), named or not, and still answers a GET query', async () => {
    const get = (params: Record<string, string>) =>
      fetch(`${navette.graphqlUrl}?${new URLSearchParams(params).toString()}`);
    const mutations: Record<string, string>[] = [
      { query: SIGN_OUT_MUTATION },
      { query: `query A { __typename } mutation B { signOut(refreshToken: "x") }`, operationName: 'B' },
      { query: `query A { __typename } mutation B { signOut(refreshToken: "x") }` },
    ];
    for (const params of mutations) {
      const response = await get(params);
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      const answer = (await response.json()) as { errors: { message: string }[] };
      expect(answer.errors[0]!.message).toBe('Une modification s’envoie en POST (JSON), jamais en GET.');
    }
    const query = await get({ query: '{ __typename }' });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('still runs a JSON mutation (charset parameter allowed)', async () => {
    const response = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ query: SIGN_OUT_MUTATION }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { signOut: false } });
  });
});

describe('security headers', () => {
  const expectHardened = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    // Two hashes: react-dsfr's colour-scheme <style> (light, dark); no 'unsafe-inline'.
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=' 'sha256-[A-Za-z0-9+/]+=';/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  };

  it('hardens the home page, a portal page (its deep links too), a portal asset and /graphql', async () => {
    expect(navette.portals.length).toBeGreaterThan(0);
    const portal = navette.portals[0]!;
    for (const url of [
      `${navette.url}/`,
      portal.url,
      `${portal.url}un/lien/profond`,
      `${navette.graphqlUrl}?query=%7B__typename%7D`,
      `${navette.url}/inconnu`,
    ]) {
      const response = await fetch(url);
      expectHardened(response.headers);
    }
    const html = await (await fetch(portal.url)).text();
    // No inline script: every <script> of the built portal has a same-origin src.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/src="\/[^/]/);
      expect(content!.trim()).toBe('');
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('hardens a refused GraphQL request and the session endpoints too', async () => {
    expectHardened(
      (await fetch(navette.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }))
        .headers,
    );
    expectHardened((await fetch(`${navette.url}/auth/refresh`, { method: 'POST' })).headers);
  });
});

describe('session endpoints (/auth)', () => {
  const client = 'portal-siae';
  const cookieName = `navette_refresh_${client}`;
  const origin = () => navette.url;

  async function auth(
    path: string,
    options: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
  ) {
    const response = await fetch(`${navette.url}/auth/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: origin(),
        'x-navette-client': client,
        ...(options.cookie ? { cookie: `${cookieName}=${options.cookie}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify(options.body ?? {}),
    });
    const setCookies = response.headers.getSetCookie().map((header) => ({ header, ...parseSetCookie(header) }));
    const body = (await response.json()) as {
      session?: Record<string, unknown> & { accessToken: string; viewer: { email: string } };
      signedOut?: boolean;
      errors?: { message: string; extensions: { code: string; reason?: string } }[];
    };
    return { status: response.status, body, cookie: setCookies.find((c) => c.name === cookieName), setCookies };
  }

  const signIn = () => auth('sign-in', { body: { email: 'siae@demo.navette.fr', password: DEMO_PASSWORD } });

  it('signs in: the refresh token only in an HttpOnly, Secure, SameSite=Strict cookie on /auth', async () => {
    const { status, body, cookie } = await signIn();
    expect(status).toBe(200);
    expect(body.session!.viewer.email).toBe('siae@demo.navette.fr');
    expect(Object.keys(body.session!).sort()).toEqual([
      'accessToken',
      'accessTokenExpiresAt',
      'refreshTokenExpiresAt',
      'viewer',
    ]);
    expect(JSON.stringify(body)).not.toContain('nvt_rt_');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });
    expect(cookie!.value).toMatch(/^nvt_rt_/);
    expect(cookie!.maxAge).toBeUndefined(); // a browser-session cookie
    const viewer = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(body.session!.accessToken));
    expect(viewer.data!.viewer.email).toBe('siae@demo.navette.fr');
  });

  it('refuses a wrong password with the French message and sets no cookie', async () => {
    const { status, body, setCookies } = await auth('sign-in', {
      body: { email: 'siae@demo.navette.fr', password: 'faux' },
    });
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(body.errors![0]!.message).toMatch(/incorrect/);
    expect(setCookies).toEqual([]);
  });

  it('refreshes with the cookie and rotates it; the rotated token no longer works', async () => {
    const first = (await signIn()).cookie!.value;
    const renewed = await auth('refresh', { cookie: first });
    expect(renewed.status).toBe(200);
    expect(renewed.body.session!.viewer.email).toBe('siae@demo.navette.fr');
    expect(renewed.cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });
    expect(renewed.cookie!.value).not.toBe(first);
    const viewer = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(renewed.body.session!.accessToken));
    expect(viewer.data!.viewer.email).toBe('siae@demo.navette.fr');

    const reused = await auth('refresh', { cookie: first });
    expect(reused.status).toBe(401);
    expect(reused.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    // The refused cookie is dropped.
    expect(reused.cookie).toMatchObject({ value: '', path: '/auth' });
    expect(reused.cookie!.expires!.getTime()).toBe(0);
  });

  it('refuses a refresh without the cookie', async () => {
    const { status, body } = await auth('refresh');
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'NO_SESSION' });
  });

  it('refuses a refresh from a foreign origin, without an origin, as a form, or without the portal header', async () => {
    const token = (await signIn()).cookie!.value;
    const refusals = [
      await auth('refresh', { cookie: token, headers: { origin: 'https://evil.example' } }),
      await auth('refresh', { cookie: token, headers: { origin: 'null' } }),
      await auth('refresh', { cookie: token, headers: { 'content-type': 'text/plain' } }),
      await auth('refresh', { cookie: token, headers: { 'x-navette-client': 'navette-e2e' } }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([403, 403, 415, 400]);
    expect(refusals[0]!.body.errors![0]!.message).toBe('Cette demande doit venir d’un portail de Navette.');
    for (const refusal of refusals) expect(refusal.cookie).toBeUndefined();
    const withoutOrigin = await fetch(`${navette.url}/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-navette-client': client, cookie: `${cookieName}=${token}` },
      body: '{}',
    });
    expect(withoutOrigin.status).toBe(403);
    const get = await fetch(`${navette.url}/auth/refresh`, {
      headers: { origin: origin(), cookie: `${cookieName}=${token}` },
    });
    expect(get.status).toBe(405);
    // None of these used the token: it still renews.
    expect((await auth('refresh', { cookie: token })).status).toBe(200);
  });

  it('signs out: clears the cookie and revokes the session (its access and refresh tokens stop working)', async () => {
    const { cookie, body } = await signIn();
    const out = await auth('sign-out', { cookie: cookie!.value });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    expect(out.cookie).toMatchObject({ value: '', httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });
    expect(out.cookie!.expires!.getTime()).toBe(0);
    const viewer = await graphql(navette.graphqlUrl, VIEWER, {}, bearer(body.session!.accessToken));
    expect(viewer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await auth('refresh', { cookie: cookie!.value })).status).toBe(401);
    const [user] = await database.db
      .select({ id: tables.users.id })
      .from(tables.users)
      .where(eq(tables.users.email, 'siae@demo.navette.fr'));
    const events = await database.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, 'SIGN_OUT'));
    expect(events.some((e) => e.actorId === user!.id)).toBe(true);
    // Without a cookie, signing out is a no-op that still clears.
    const again = await auth('sign-out');
    expect(again.body).toEqual({ signedOut: false });
  });

  it('keeps one cookie per portal, and answers unknown endpoints with 404', async () => {
    const other = await fetch(`${navette.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: origin(), 'x-navette-client': 'portal-agence' },
      body: JSON.stringify({ email: 'agence@demo.navette.fr', password: DEMO_PASSWORD }),
    });
    expect(other.headers.getSetCookie()[0]).toMatch(/^navette_refresh_portal-agence=nvt_rt_/);
    expect((await auth('whoami')).status).toBe(404);
    expect((await auth('constructor')).status).toBe(404);
  });

  it('refuses an oversized or malformed body', async () => {
    const big = await auth('sign-in', { body: { email: 'a@b.fr', password: 'x'.repeat(10_000) } });
    expect(big.status).toBe(413);
    const malformed = await fetch(`${navette.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: origin(), 'x-navette-client': client },
      body: '{pas du json',
    });
    expect(malformed.status).toBe(400);
    const missing = await auth('sign-in', { body: { email: 'siae@demo.navette.fr' } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});
