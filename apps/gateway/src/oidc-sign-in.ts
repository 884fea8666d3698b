// OIDC sign-in for agents (issue 15 §6), beside passwords: « Se connecter avec ProConnect ».
//
//   GET /auth/oidc/config               → {"enabled": true|false}: whether the portals show the button.
//   GET /auth/oidc/start?portal=<app>   → 303 to the provider (authorization code + PKCE S256, state, nonce).
//   GET /auth/oidc/callback             → checks the answer, opens a session, 303 to the portal (refresh cookie set).
//
// The state, the nonce, the PKCE verifier and the portal never travel through the query: they are sealed (AES-256-GCM,
// a key derived from the subgraph secret) in a short-lived HttpOnly cookie bound to this browser (`navette_oidc_flow`,
// Path=/auth/oidc, SameSite=Lax since the provider's redirect is a cross-site navigation), read back and deleted by the
// callback, which then requires the returned state to equal the sealed one. openid-client checks the issuer (RFC 9207
// `iss` when the provider sends it), the ID token (signature, audience, expiry, nonce) and sends the PKCE verifier.
//
// The person is linked by the e-mail address the provider verified (`email_verified`, ID token or userinfo): the
// gateway hands the structures subgraph an identity assertion signed with the subgraph secret (identity-assertion.ts
// of @navette/subgraph-server) through its own GraphQL execution (signInWithIdentityAssertion); the subgraph accepts it
// once, for an ACTIVE account with a role only, and never creates one. Unverified address, unknown address, suspended
// account: one and the same French page ("demandez à votre administrateur"), nothing tells them apart.
//
// Logout is propagated: the ID token is kept sealed in an HttpOnly cookie of the portal (`navette_oidc_<app>`,
// Path=/auth, SameSite=Strict); /auth/sign-out then answers the provider's end-session URL (id_token_hint,
// post_logout_redirect_uri back to the portal), where the portal sends the browser.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie, stringifySetCookie, type SerializeOptions } from 'cookie';
import * as oidc from 'openid-client';
import { currentLogger, serializeError, signIdentityAssertion } from '@navette/subgraph-server';

export const OIDC_PATH = '/auth/oidc';
export const OIDC_CALLBACK_PATH = `${OIDC_PATH}/callback`;
const FLOW_COOKIE = 'navette_oidc_flow';
/** The sealed ID token of a portal's OIDC session, for the provider's logout. */
export const oidcCookieName = (client: string) => `navette_oidc_${client}`;
/** How long the browser may take at the provider (sign-in, consent) before the flow must start again. */
const FLOW_TTL_MS = 10 * 60 * 1000;
/** The provider's answers (discovery, token, userinfo) within this, in seconds. */
const PROVIDER_TIMEOUT_S = 10;

export interface OidcSettings {
  /** The provider's issuer identifier (https://…; http only on loopback, for the tests). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Scopes asked for; `openid email` by default. */
  scopes?: string;
  /**
   * Takes every e-mail address the provider sends as verified, `email_verified` or not: only for a provider that
   * verifies every address and does not send the claim (NAVETTE_OIDC_ASSUME_EMAIL_VERIFIED=1). Off by default.
   */
  assumeEmailVerified?: boolean;
}

/** NAVETTE_OIDC_ISSUER, NAVETTE_OIDC_CLIENT_ID, NAVETTE_OIDC_CLIENT_SECRET: all three or none (off). */
export function oidcSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env['NAVETTE_OIDC_ISSUER']?.trim();
  const clientId = env['NAVETTE_OIDC_CLIENT_ID']?.trim();
  const clientSecret = env['NAVETTE_OIDC_CLIENT_SECRET'];
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error(
      'OIDC sign-in needs NAVETTE_OIDC_ISSUER, NAVETTE_OIDC_CLIENT_ID and NAVETTE_OIDC_CLIENT_SECRET together',
    );
  }
  checkIssuer(issuer);
  return {
    issuer,
    clientId,
    clientSecret,
    ...(env['NAVETTE_OIDC_SCOPES'] ? { scopes: env['NAVETTE_OIDC_SCOPES'] } : {}),
    assumeEmailVerified: env['NAVETTE_OIDC_ASSUME_EMAIL_VERIFIED'] === '1',
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function checkIssuer(issuer: string): URL {
  const url = new URL(issuer);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new Error('NAVETTE_OIDC_ISSUER must be an https:// URL (http:// only on loopback, for tests)');
  }
  return url;
}

/** The session the structures subgraph opened, or its refusal (reason). */
export type IdentitySignIn = { ok: true; refreshToken: string } | { ok: false; reason: string | null; status: number };

export interface OidcSignInOptions {
  settings: OidcSettings;
  /** The subgraph secret: seals the cookies, signs the identity assertions. */
  secret: string;
  /** The gateway's public address (NAVETTE_PUBLIC_URL), without a trailing slash: the redirect URIs start with it. */
  publicUrl: () => string;
  /** Each portal's path (`portal-siae` → `/siae`). */
  portalPaths: Readonly<Record<string, string>>;
  /** Runs signInWithIdentityAssertion through the gateway for this portal. */
  signIn: (req: IncomingMessage, res: ServerResponse, client: string, assertion: string) => Promise<IdentitySignIn>;
  /** The refresh cookie of a portal, as /auth/sign-in sets it. */
  refreshCookie: (client: string, token: string) => string;
}

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  client: string;
  expiresAt: number;
}

const NOT_LINKED_PAGE = {
  status: 403,
  title: 'Aucun compte Navette pour cette identité',
  text: 'Aucun compte Navette n’est rattaché à cette identité : demandez à votre administrateur de vous ouvrir un accès avec l’adresse électronique de votre compte ProConnect.',
};
const FAILED_PAGE = {
  status: 400,
  title: 'La connexion n’a pas abouti',
  text: 'La connexion avec ProConnect n’a pas abouti ou a expiré. Recommencez depuis la page de connexion.',
};
const UNAVAILABLE_PAGE = {
  status: 502,
  title: 'Service de connexion indisponible',
  text: 'Le service de connexion ProConnect ne répond pas pour le moment. Réessayez dans quelques instants, ou connectez-vous avec votre mot de passe.',
};

function page(res: ServerResponse, { status, title, text }: typeof FAILED_PAGE, back: string, headers = {}): void {
  res
    .writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers })
    .end(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title} — Navette</title></head>` +
        `<body><main><h1>${title}</h1><p>${text}</p><p><a href="${back}">Retour à la page de connexion</a></p></main></body></html>`,
    );
}

export function createOidcSignIn(options: OidcSignInOptions) {
  const { settings, portalPaths } = options;
  const issuerUrl = checkIssuer(settings.issuer);
  const key = Buffer.from(hkdfSync('sha256', options.secret, 'navette', 'oidc-cookies-v1', 32));
  const redirectUri = () => `${options.publicUrl()}${OIDC_CALLBACK_PATH}`;

  const seal = (value: unknown): string => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  };
  const open = (sealed: string | undefined): unknown => {
    if (!sealed || sealed.length > 8_000) return null;
    try {
      const raw = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
    } catch {
      return null;
    }
  };

  // Discovery once, on first use (the provider may be down when the gateway starts); a failure is retried next time.
  let configuration: Promise<oidc.Configuration> | null = null;
  const configured = () => {
    configuration ??= oidc
      .discovery(issuerUrl, settings.clientId, undefined, oidc.ClientSecretBasic(settings.clientSecret), {
        timeout: PROVIDER_TIMEOUT_S,
        ...(issuerUrl.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  };

  const flowCookie = (value: string, maxAgeMs: number) =>
    stringifySetCookie(FLOW_COOKIE, value, {
      path: OIDC_PATH,
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      maxAge: Math.floor(maxAgeMs / 1000),
      ...(maxAgeMs === 0 ? { expires: new Date(0) } : {}),
    });
  const portalCookie: SerializeOptions = { path: '/auth', httpOnly: true, secure: true, sameSite: 'strict' };

  const signInPage = (client: string | null) => `${(client && portalPaths[client]) || ''}/`;

  async function start(req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
    const client = query.get('portal');
    if (!client || !Object.hasOwn(portalPaths, client)) return page(res, FAILED_PAGE, '/');
    const config = await configured();
    const flow: Flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      client,
      expiresAt: Date.now() + FLOW_TTL_MS,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri(),
      scope: settings.scopes ?? 'openid email',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
    res
      .writeHead(303, {
        location: url.href,
        'cache-control': 'no-store',
        'set-cookie': flowCookie(seal(flow), FLOW_TTL_MS),
      })
      .end();
  }

  async function callback(req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
    const sealed = open(parseCookie(req.headers.cookie ?? '')[FLOW_COOKIE]) as Flow | null;
    // The flow cookie is used once, whatever happens next.
    const clear = { 'set-cookie': flowCookie('', 0) };
    const flow =
      sealed &&
      typeof sealed.state === 'string' &&
      typeof sealed.client === 'string' &&
      Object.hasOwn(portalPaths, sealed.client) &&
      sealed.expiresAt > Date.now()
        ? sealed
        : null;
    if (!flow || query.get('state') !== flow.state) {
      currentLogger().warn({ reason: flow ? 'STATE_MISMATCH' : 'NO_FLOW' }, 'oidc callback refused');
      return page(res, FAILED_PAGE, signInPage(flow?.client ?? null), clear);
    }
    if (query.has('error')) {
      // The person cancelled, or the provider refused: its error code only (never its description) to the log.
      currentLogger().info({ error: query.get('error')?.slice(0, 64) }, 'oidc provider answered an error');
      return page(res, FAILED_PAGE, signInPage(flow.client), clear);
    }
    const config = await configured();
    const currentUrl = new URL(redirectUri());
    for (const [name, value] of query) currentUrl.searchParams.append(name, value);
    let identity: { subject: string; email: unknown; emailVerified: unknown };
    let idToken: string | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      idToken = tokens.id_token;
      const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      identity = {
        subject: claims.sub,
        email: userInfo.email ?? claims['email'],
        emailVerified: userInfo.email_verified ?? claims['email_verified'],
      };
    } catch (error) {
      currentLogger().warn({ reason: 'CODE_EXCHANGE_FAILED', err: serializeError(error) }, 'oidc callback refused');
      return page(res, FAILED_PAGE, signInPage(flow.client), clear);
    }
    if (
      typeof identity.email !== 'string' ||
      identity.email.length > 254 ||
      !(identity.emailVerified === true || settings.assumeEmailVerified === true)
    ) {
      currentLogger().info({ reason: 'EMAIL_NOT_VERIFIED' }, 'oidc sign-in refused');
      return page(res, NOT_LINKED_PAGE, signInPage(flow.client), clear);
    }
    const assertion = signIdentityAssertion(options.secret, {
      issuer: config.serverMetadata().issuer,
      subject: identity.subject,
      email: identity.email,
    });
    const answer = await options.signIn(req, res, flow.client, assertion);
    if (!answer.ok) {
      currentLogger().info({ reason: answer.reason ?? 'UNKNOWN' }, 'oidc sign-in refused');
      if (answer.reason === 'IDENTITY_NOT_LINKED') return page(res, NOT_LINKED_PAGE, signInPage(flow.client), clear);
      if (answer.status === 429) return page(res, UNAVAILABLE_PAGE, signInPage(flow.client), clear);
      return page(res, FAILED_PAGE, signInPage(flow.client), clear);
    }
    const cookies = [flowCookie('', 0), options.refreshCookie(flow.client, answer.refreshToken)];
    if (idToken) cookies.push(stringifySetCookie(oidcCookieName(flow.client), seal(idToken), portalCookie));
    // The portal renews from the cookie, as in a new tab.
    res.writeHead(303, { location: signInPage(flow.client), 'cache-control': 'no-store', 'set-cookie': cookies }).end();
  }

  return {
    /** Answers `/auth/oidc/*`; false for any other path. */
    handle(req: IncomingMessage, res: ServerResponse, path: string): boolean {
      if (!path.startsWith(`${OIDC_PATH}/`)) return false;
      const query = new URL(req.url ?? '/', 'http://gateway').searchParams;
      const route = path.slice(OIDC_PATH.length + 1);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET', 'cache-control': 'no-store' }).end();
        return true;
      }
      if (route === 'config') {
        res
          .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
          .end(JSON.stringify({ enabled: true }));
        return true;
      }
      const run = route === 'start' ? start : route === 'callback' ? callback : null;
      if (!run) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
        return true;
      }
      void run(req, res, query).catch((error: unknown) => {
        currentLogger().error({ err: serializeError(error) }, 'oidc sign-in failed');
        if (res.headersSent) {
          res.destroy();
          return;
        }
        const client = query.get('portal');
        page(res, UNAVAILABLE_PAGE, signInPage(client && Object.hasOwn(portalPaths, client) ? client : null), {
          'set-cookie': flowCookie('', 0),
        });
      });
      return true;
    },

    /**
     * Where the browser goes to end the provider's session too, for a portal whose session was opened with OIDC (its
     * ID token cookie), else null. The cookie is to be cleared with {@link clearCookie}.
     */
    async endSessionUrl(req: IncomingMessage, client: string): Promise<string | null> {
      const idToken = open(parseCookie(req.headers.cookie ?? '')[oidcCookieName(client)]);
      if (typeof idToken !== 'string' || !Object.hasOwn(portalPaths, client)) return null;
      try {
        const config = await configured();
        if (!config.serverMetadata().end_session_endpoint) return null;
        return oidc.buildEndSessionUrl(config, {
          id_token_hint: idToken,
          post_logout_redirect_uri: `${options.publicUrl()}${portalPaths[client]}/`,
          state: oidc.randomState(),
        }).href;
      } catch (error) {
        currentLogger().warn({ err: serializeError(error) }, 'oidc end-session url unavailable');
        return null;
      }
    },

    clearCookie: (client: string) =>
      stringifySetCookie(oidcCookieName(client), '', { ...portalCookie, maxAge: 0, expires: new Date(0) }),
  };
}

export type OidcSignIn = ReturnType<typeof createOidcSignIn>;
