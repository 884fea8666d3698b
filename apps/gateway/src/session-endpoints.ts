// The portals' session endpoints (issue 11, item 7): `/auth/sign-in`, `/auth/refresh`, `/auth/sign-out`.
//
// The portals never see a refresh token: these endpoints keep it in an `HttpOnly; Secure; SameSite=Strict;
// Path=/auth` cookie (one per portal, the four portals share the gateway's origin) and hand JavaScript only the
// short-lived access token, its expiry, the session's end and the viewer. An XSS can then no longer carry a 12-hour
// session away, and a new tab of the portal renews from the cookie (sign-in survives opening a link in a new tab).
//
// Transport only: each endpoint runs the structures subgraph's existing mutation (`signIn`, `renewSession`,
// `signOut`) through this gateway's own GraphQL execution (same plugins, same subgraph transport), and only moves
// the refresh token between the cookie and the mutation. API clients keep using these mutations with bearer tokens.
//
// Cross-site request forgery: the cookie is SameSite=Strict; every endpoint also requires POST with
// `Content-Type: application/json` and the portal's `x-navette-client` header (a form can set neither, and a
// cross-origin script could only after a CORS preflight, which /auth never grants), and an `Origin` equal to the
// gateway's own (browsers send it on every POST).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifySetCookie, type SerializeOptions } from 'cookie';
import { mediaType } from './http-security.js';
import { currentLogger, serializeError } from '@navette/subgraph-server';
import { createOidcSignIn, OIDC_PATH, type OidcSettings } from './oidc-sign-in.js';

export const AUTH_PATH = '/auth';

/** The refresh-token cookie of a portal (`navette_refresh_portal-siae`). */
export const refreshCookieName = (client: string) => `navette_refresh_${client}`;

/**
 * A session cookie (no Max-Age): it ends with the browser, like a shared computer's agent expects; the session itself
 * ends at the latest 12 hours after sign-in, checked by the structures subgraph. `Secure` also holds on
 * http://localhost and http://127.0.0.1, which browsers treat as secure contexts (the embedded product); anywhere
 * else the portals must be served over HTTPS.
 */
const COOKIE: SerializeOptions = { path: AUTH_PATH, httpOnly: true, secure: true, sameSite: 'strict' };

/** Sign-in bodies hold an email and a password: anything bigger is not a sign-in. */
const MAX_BODY_BYTES = 4_096;

const VIEWER = 'viewer { id email displayName role roleLabel organisation { kind id name } }';
const SESSION = `accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt ${VIEWER}`;
const SIGN_IN = `mutation NavetteSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${SESSION} } }`;
const RENEW = `mutation NavetteRenewSession($refreshToken: String!) { renewSession(refreshToken: $refreshToken) { ${SESSION} } }`;
const SIGN_OUT = `mutation NavetteSignOut($refreshToken: String!) { signOut(refreshToken: $refreshToken) }`;
const SIGN_IN_WITH_IDENTITY = `mutation NavetteSignInWithIdentity($assertion: String!) { signInWithIdentityAssertion(assertion: $assertion) { ${SESSION} } }`;

interface SessionResult {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  viewer: unknown;
}

interface GraphQLAnswer {
  status: number;
  headers: Headers;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

export interface SessionEndpointsOptions {
  /** The portals' client names (`x-navette-client`) that may hold a session cookie. */
  clients: readonly string[];
  /** Runs a GraphQL request through this gateway, with the incoming request's server context. */
  execute: (request: Request, serverContext: { req: IncomingMessage; res: ServerResponse }) => Promise<Response>;
  /** OIDC sign-in (issue 15 §6, oidc-sign-in.ts): off when absent. */
  oidc?: {
    settings: OidcSettings;
    /** The subgraph secret (seals the flow cookies, signs the identity assertions). */
    secret: string;
    /** The gateway's public address, without a trailing slash. */
    publicUrl: () => string;
    /** Each portal's path (`portal-siae` → `/siae`). */
    portalPaths: Readonly<Record<string, string>>;
  };
}

class EndpointError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
    .end(JSON.stringify(body));
}

/** An answer the portal reads like a GraphQL error (`extensions.code`, `extensions.reason`). */
function errorBody(message: string, code: string, reason?: string) {
  return { errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] };
}

const setCookie = (client: string, token: string) => stringifySetCookie(refreshCookieName(client), token, COOKIE);
const clearCookie = (client: string) =>
  stringifySetCookie(refreshCookieName(client), '', { ...COOKIE, maxAge: 0, expires: new Date(0) });

/** Whether a request's `Origin` names the host it was sent to (an opaque `null` origin never does). */
function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The CSRF checks common to the three endpoints; returns the portal's client name. */
function checkRequest(req: IncomingMessage, clients: ReadonlySet<string>): string {
  if (req.method !== 'POST') throw new EndpointError(405, 'Cette adresse ne répond qu’en POST.', 'BAD_REQUEST');
  if (mediaType(req.headers['content-type']) !== 'application/json') {
    throw new EndpointError(415, 'Envoyez la requête en JSON (en-tête Content-Type: application/json).', 'BAD_REQUEST');
  }
  if (!isSameOrigin(req.headers.origin, req.headers.host)) {
    throw new EndpointError(403, 'Cette demande doit venir d’un portail de Navette.', 'FORBIDDEN', 'FOREIGN_ORIGIN');
  }
  const client = req.headers['x-navette-client'];
  if (typeof client !== 'string' || !clients.has(client)) {
    throw new EndpointError(400, 'Portail inconnu (en-tête x-navette-client).', 'BAD_REQUEST');
  }
  return client;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new EndpointError(413, 'Requête trop volumineuse.', 'BAD_REQUEST');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new EndpointError(413, 'Requête trop volumineuse.', 'BAD_REQUEST');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new EndpointError(400, 'Le corps de la requête n’est pas du JSON valide.', 'BAD_REQUEST');
  }
}

const statusOfCode: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/** What the portal may see of a session: everything but the refresh token. */
function publicSession({ refreshToken: _kept, ...session }: SessionResult) {
  return session;
}

export function createSessionEndpoints(options: SessionEndpointsOptions) {
  const clients = new Set(options.clients);

  async function run(
    req: IncomingMessage,
    res: ServerResponse,
    client: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLAnswer> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'x-navette-client': client,
    };
    // The same view of the caller as a direct /graphql request would give (rate limits by client address).
    const forwarded = req.headers['x-forwarded-for'];
    if (typeof forwarded === 'string') headers['x-forwarded-for'] = forwarded;
    // The user agent the gateway copied for this request (server.ts `handle`): the new session is labelled with its
    // device (issue 14, "Mon compte").
    const userAgent = req.headers['x-navette-user-agent'];
    if (typeof userAgent === 'string') headers['x-navette-user-agent'] = userAgent;
    const response = await options.execute(
      new Request(`http://${req.headers.host ?? 'gateway'}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      }),
      { req, res },
    );
    const body = (await response.json()) as Omit<GraphQLAnswer, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  /** Sends the GraphQL errors of a refused mutation with a matching HTTP status (and Retry-After, if any). */
  function sendErrors(
    res: ServerResponse,
    answer: GraphQLAnswer,
    extraHeaders: Record<string, string | string[]> = {},
  ) {
    const code = answer.errors?.[0]?.extensions?.code;
    const status = answer.status >= 400 ? answer.status : (statusOfCode[String(code)] ?? 500);
    const retryAfter = answer.headers.get('retry-after');
    send(
      res,
      status,
      { errors: answer.errors ?? [] },
      { ...extraHeaders, ...(retryAfter ? { 'retry-after': retryAfter } : {}) },
    );
  }

  const oidc = options.oidc
    ? createOidcSignIn({
        ...options.oidc,
        refreshCookie: setCookie,
        async signIn(req, res, client, assertion) {
          const answer = await run(req, res, client, SIGN_IN_WITH_IDENTITY, { assertion });
          const session = answer.data?.['signInWithIdentityAssertion'] as SessionResult | undefined;
          if (session) return { ok: true, refreshToken: session.refreshToken };
          const reason = (answer.errors?.[0]?.extensions as { reason?: unknown } | undefined)?.reason;
          return { ok: false, reason: typeof reason === 'string' ? reason : null, status: answer.status };
        },
      })
    : null;

  const handlers: Record<string, (req: IncomingMessage, res: ServerResponse, client: string) => Promise<void>> = {
    async 'sign-in'(req, res, client) {
      const body = (await readJson(req)) as { email?: unknown; password?: unknown } | null;
      if (typeof body?.email !== 'string' || typeof body.password !== 'string') {
        throw new EndpointError(400, 'Saisissez votre adresse électronique et votre mot de passe.', 'BAD_USER_INPUT');
      }
      const answer = await run(req, res, client, SIGN_IN, { email: body.email, password: body.password });
      const session = answer.data?.['signIn'] as SessionResult | undefined;
      if (!session) return sendErrors(res, answer);
      // A password session: no provider to sign out of (a previous OIDC session's ID token is dropped).
      const cookies = [setCookie(client, session.refreshToken), ...(oidc ? [oidc.clearCookie(client)] : [])];
      send(res, 200, { session: publicSession(session) }, { 'set-cookie': cookies });
    },

    async refresh(req, res, client) {
      const token = parseCookie(req.headers.cookie ?? '')[refreshCookieName(client)];
      if (!token) {
        throw new EndpointError(
          401,
          'Connectez-vous pour accéder à cette information.',
          'UNAUTHENTICATED',
          'NO_SESSION',
        );
      }
      const answer = await run(req, res, client, RENEW, { refreshToken: token });
      const session = answer.data?.['renewSession'] as SessionResult | undefined;
      if (!session) {
        // A refused token (expired, revoked, reused) is dropped; any other failure keeps it for the next attempt.
        const refused = answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
        return sendErrors(res, answer, refused ? { 'set-cookie': clearCookie(client) } : {});
      }
      send(res, 200, { session: publicSession(session) }, { 'set-cookie': setCookie(client, session.refreshToken) });
    },

    async 'sign-out'(req, res, client) {
      const token = parseCookie(req.headers.cookie ?? '')[refreshCookieName(client)];
      let signedOut = false;
      // A session opened with OIDC ends at the provider too: the portal sends the browser to its end-session URL.
      const endSessionUrl = oidc ? await oidc.endSessionUrl(req, client) : null;
      const cookies = [clearCookie(client), ...(oidc ? [oidc.clearCookie(client)] : [])];
      if (token) {
        const answer = await run(req, res, client, SIGN_OUT, { refreshToken: token });
        if (answer.data?.['signOut'] === undefined) return sendErrors(res, answer, { 'set-cookie': cookies });
        signedOut = answer.data['signOut'] === true;
      }
      send(res, 200, { signedOut, ...(endSessionUrl ? { endSessionUrl } : {}) }, { 'set-cookie': cookies });
    },
  };

  /** Answers `/auth/*`; false when the path is not one of these endpoints. */
  return function handle(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (!path.startsWith(`${AUTH_PATH}/`)) return false;
    if (oidc?.handle(req, res, path)) return true;
    if (path === `${OIDC_PATH}/config`) {
      // The portals show « Se connecter avec ProConnect » only when OIDC is configured.
      send(res, 200, { enabled: false });
      return true;
    }
    const handler = handlers[path.slice(AUTH_PATH.length + 1)];
    if (!handler || !Object.hasOwn(handlers, path.slice(AUTH_PATH.length + 1))) {
      send(res, 404, errorBody('Adresse inconnue.', 'NOT_FOUND'));
      return true;
    }
    void (async () => {
      try {
        const client = checkRequest(req, clients);
        await handler(req, res, client);
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (error instanceof EndpointError) {
          send(res, error.status, errorBody(error.message, error.code, error.reason));
          return;
        }
        currentLogger().error({ err: serializeError(error) }, 'session endpoint failed');
        send(
          res,
          500,
          errorBody('Une erreur interne est survenue. Réessayez dans quelques instants.', 'INTERNAL_SERVER_ERROR'),
        );
      }
    })();
    return true;
  };
}
