// HTTP hardening of the gateway (issue 11, item 7): CORS for configured origins only, GraphQL requests a form
// cannot forge, and the security headers of every answer (strict Content-Security-Policy on the portals and the home
// page). The GraphQL execution itself is not touched here.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST, Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import helmet from 'helmet';
import { z } from 'zod';

/** The only texts react-dsfr writes into its colour-scheme `<style>` element (see below). */
const DSFR_COLOR_SCHEME_STYLES = [':root { color-scheme: light; }', ':root { color-scheme: dark; }'];

/**
 * The Content-Security-Policy of every answer. The portals are Vite builds served from this origin: one module
 * script and stylesheets from `/…/assets/`, the DSFR's CSS, fonts and icons copied into each portal's `dist/dsfr`
 * (icons also as `data:` SVG inside the DSFR CSS), API calls to `/graphql` and `/auth/*`. No inline script, no
 * `'unsafe-inline'` style (React's `style=` props go through the CSSOM, which CSP does not govern), no external origin,
 * no framing. Downloads (CSV, XLSX, PDF) are `blob:` links followed by the browser, outside the page's CSP.
 * The one inline style element is react-dsfr's colour scheme (`<style id="dsfr-root-color-scheme">`, written by
 * `startReactDsfr` when the scheme changes): allowed by the hashes of its only two contents (found with the browser
 * test, which fails on any CSP violation; a react-dsfr upgrade that changes the text shows up there).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': [
    "'self'",
    ...DSFR_COLOR_SCHEME_STYLES.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`),
  ],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const securityHeaders = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  // Navette is never framed (clickjacking); X-Frame-Options for browsers that ignore frame-ancestors.
  xFrameOptions: { action: 'deny' },
  // No URL of the portals (ids of people, agréments, searches) leaks to another site through the Referer header.
  referrerPolicy: { policy: 'no-referrer' },
  // Whether the gateway is reached through TLS is the TLS terminator's business: it sets HSTS, not this process
  // (which also serves http://127.0.0.1 in embedded mode).
  strictTransportSecurity: false,
});

/** Sets the security headers on an answer before anything else writes it (helmet's middlewares are synchronous). */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  securityHeaders(req, res, () => undefined);
}

/**
 * Hive Gateway's `cors` option: only the configured origins (none by default: the portals are served from the
 * gateway's own origin and need no CORS) get `Access-Control-Allow-Origin`; a foreign origin gets no CORS header at
 * all, so its browser neither sends the preflighted request nor reads the answer. No credentials: API clients send a
 * bearer token, never a cookie.
 */
export function corsFor(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false as const;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-navette-client'],
      credentials: false,
      maxAge: 600,
    };
  };
}

/** NAVETTE_ALLOWED_ORIGINS in the environment: origins whose browser scripts may call /graphql (CORS); none by default. */
export const AllowedOriginsVariable = z
  .string()
  .optional()
  .refine((value) => {
    try {
      parseAllowedOrigins(value);
      return true;
    } catch {
      return false;
    }
  }, 'NAVETTE_ALLOWED_ORIGINS must list origins such as https://example.org, comma-separated');

/** Reads a comma-separated list of origins (`https://a.example, https://b.example`); refuses anything but origins. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value.split(',').map((entry) => {
    const text = entry.trim();
    const url = new URL(text);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== text.replace(/\/$/, '')) {
      throw new TypeError(`not an origin (scheme://host[:port]): ${text}`);
    }
    return url.origin;
  });
}

function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): false {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }));
  return false;
}

/** The media type of a Content-Type header, lower-cased, without its parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** GET documents are parsed here at most this many tokens: a URL is short, a bigger one is left to the gateway. */
const GET_DOCUMENT_MAX_TOKENS = 2_000;

function isMutationDocument(query: string, operationName: string | null): boolean {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens: GET_DOCUMENT_MAX_TOKENS });
  } catch {
    return false; // the gateway answers the syntax error itself
  }
  const selected = getOperationAST(document, operationName);
  if (selected) return selected.operation !== OperationTypeNode.QUERY;
  return document.definitions.some(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation !== OperationTypeNode.QUERY,
  );
}

/**
 * Lets through only the GraphQL requests a cross-site form or a "simple" cross-origin request cannot forge:
 * - a POST must say `Content-Type: application/json` (a form can only send `application/x-www-form-urlencoded`,
 *   `multipart/form-data` or `text/plain`; anything else makes the browser ask first, and CORS then refuses);
 * - a GET may only read: a mutation in a GET (an `<img src>` or a link would run it) is refused with 405.
 * Answers the refusal itself (French message) and returns false; true when the gateway may handle the request.
 */
export function acceptGraphqlRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'POST') {
    if (mediaType(req.headers['content-type']) !== 'application/json') {
      return refuse(res, 415, 'Envoyez la requête GraphQL en JSON (en-tête Content-Type: application/json).');
    }
    return true;
  }
  if (method === 'GET') {
    const params = new URL(req.url ?? '/', 'http://gateway').searchParams;
    const query = params.get('query');
    if (query && isMutationDocument(query, params.get('operationName'))) {
      return refuse(res, 405, 'Une modification s’envoie en POST (JSON), jamais en GET.', { allow: 'POST' });
    }
  }
  return true;
}
