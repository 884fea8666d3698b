// The developers' documentation served by the gateway at /developpeurs (issue 15, item 2): the hand-written guide and
// explorer (developer-docs/*.html, *.js, *.css), the schema reference generated at build time (developer-docs/
// reference.html), the changelog built from the schema's git history (dist/developer-docs/changements.html) and the
// public SDL. Everything is from this origin: the pages load no script or style from elsewhere (CSP, http-security.ts).
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const DEVELOPERS_PATH = '/developpeurs';

const TYPES = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  graphql: 'text/plain; charset=utf-8',
} as const;

/** Route (under /developpeurs) → file and media type. */
const ROUTES: Record<string, { file: URL; type: keyof typeof TYPES }> = {
  '/': { file: new URL('../developer-docs/index.html', import.meta.url), type: 'html' },
  '/reference': { file: new URL('../developer-docs/reference.html', import.meta.url), type: 'html' },
  '/explorateur': { file: new URL('../developer-docs/explorateur.html', import.meta.url), type: 'html' },
  '/explorateur.js': { file: new URL('../developer-docs/explorateur.js', import.meta.url), type: 'js' },
  '/style.css': { file: new URL('../developer-docs/style.css', import.meta.url), type: 'css' },
  '/changements': { file: new URL('../dist/developer-docs/changements.html', import.meta.url), type: 'html' },
  '/schema.graphql': { file: new URL('../schema.graphql', import.meta.url), type: 'graphql' },
};

/**
 * Answers the requests under /developpeurs (returns false for any other path). The files are read once, at start: they
 * change only with a build.
 */
export function createDeveloperSite(): (req: IncomingMessage, res: ServerResponse, path: string) => boolean {
  const pages = new Map<string, { body: Buffer; type: string }>();
  for (const [route, { file, type }] of Object.entries(ROUTES)) {
    if (existsSync(file)) pages.set(route, { body: readFileSync(file), type: TYPES[type] });
  }
  return (req, res, path) => {
    if (path !== DEVELOPERS_PATH && !path.startsWith(`${DEVELOPERS_PATH}/`)) return false;
    if (path === DEVELOPERS_PATH) {
      res.writeHead(301, { location: `${DEVELOPERS_PATH}/` }).end();
      return true;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Méthode non autorisée');
      return true;
    }
    const page = pages.get(path.slice(DEVELOPERS_PATH.length));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
      return true;
    }
    res.writeHead(200, { 'content-type': page.type, 'content-length': page.body.length, 'cache-control': 'no-cache' });
    res.end(method === 'HEAD' ? undefined : page.body);
    return true;
  };
}
