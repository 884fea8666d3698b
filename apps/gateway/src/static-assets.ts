import { createReadStream, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

/**
 * The portals' built files (issue 14 §5): each file as it was built, or its brotli or gzip copy made at build time
 * (`<file>.br`, `<file>.gz`, scripts/vite-precompress.mjs) when the browser accepts it (`Content-Encoding`,
 * `Vary: Accept-Encoding`); nothing is compressed per request. Caching:
 * - `assets/` holds Vite's output, named by content hash: `public, max-age=31536000, immutable`;
 * - `index.html` (and every client-side route, which answers it) and the other public files (DSFR styles, fonts,
 *   icons): `no-cache`, revalidated by ETag (304 when unchanged), so that a new build is seen on the next load.
 * The folder is read once at start (a build replaces it while the product is stopped); dotfiles are not served.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
};

type Encoding = 'br' | 'gzip' | 'identity';

interface Variant {
  path: string;
  size: number;
  etag: string;
}

interface Asset {
  contentType: string;
  cacheControl: string;
  variants: Partial<Record<Encoding, Variant>>;
}

/**
 * The encoding to send among those we have: brotli or gzip when accepted, else the file as built.
 * `Accept-Encoding` with q-values (RFC 9110 §12.5.3): `q=0` refuses, `*` covers what is not named.
 */
export function negotiateEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding): number => {
    const named = weights.get(encoding) ?? (encoding === 'gzip' ? weights.get('x-gzip') : undefined);
    if (named !== undefined) return named;
    const star = weights.get('*');
    if (star !== undefined) return star;
    return encoding === 'identity' ? 1 : 0; // identity is acceptable unless refused
  };
  // A compressed copy whenever one is accepted (the higher q first, brotli on a tie); the file as built otherwise.
  let best: Encoding | null = null;
  for (const encoding of ['br', 'gzip'] as const) {
    if (!available.includes(encoding)) continue;
    const weight = weightOf(encoding);
    if (weight > 0 && (best === null || weight > weightOf(best))) best = encoding;
  }
  if (best === null && available.includes('identity') && weightOf('identity') > 0) best = 'identity';
  return best;
}

function filesOf(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesOf(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function variantOf(path: string, encoding: Encoding): Variant {
  const stats = statSync(path);
  // One ETag per encoding: a cache keeps each representation apart.
  const tag = encoding === 'identity' ? '' : `-${encoding}`;
  return {
    path,
    size: stats.size,
    etag: `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${tag}"`,
  };
}

function loadAssets(dist: string): Map<string, Asset> {
  const files = filesOf(dist);
  const present = new Set(files);
  const assets = new Map<string, Asset>();
  for (const file of files) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    const url = `/${relative(dist, file).split(sep).join('/')}`;
    const variants: Asset['variants'] = { identity: variantOf(file, 'identity') };
    if (present.has(`${file}.br`)) variants.br = variantOf(`${file}.br`, 'br');
    if (present.has(`${file}.gz`)) variants.gzip = variantOf(`${file}.gz`, 'gzip');
    assets.set(url, {
      contentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: url.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
      variants,
    });
  }
  return assets;
}

/**
 * A handler for one portal's build folder, `url` relative to the portal's base (`/assets/index-abc.js`). A path
 * without a file extension is a client-side route and answers `index.html`; a missing file calls `notFound`.
 */
export function staticAssets(dist: string): (req: IncomingMessage, res: ServerResponse, notFound: () => void) => void {
  const assets = loadAssets(dist);
  return (req, res, notFound) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path = (req.url ?? '/').split('?')[0] ?? '/';
    try {
      path = decodeURIComponent(path);
    } catch {
      notFound();
      return;
    }
    const lastSegment = path.slice(path.lastIndexOf('/') + 1);
    const asset = assets.get(path) ?? (lastSegment.includes('.') ? undefined : assets.get('/index.html'));
    if (!asset) {
      notFound();
      return;
    }
    const available = Object.keys(asset.variants) as Encoding[];
    const encoding = negotiateEncoding(req.headers['accept-encoding'], available);
    if (!encoding) {
      res
        .writeHead(406, { 'content-type': 'text/plain; charset=utf-8', vary: 'Accept-Encoding' })
        .end('Encodage non accepté');
      return;
    }
    const variant = asset.variants[encoding]!;
    const headers: Record<string, string | number> = {
      'cache-control': asset.cacheControl,
      etag: variant.etag,
      'content-type': asset.contentType,
    };
    if (available.length > 1) headers['vary'] = 'Accept-Encoding';
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === variant.etag || tag.trim() === '*')) {
      delete headers['content-type'];
      res.writeHead(304, headers).end();
      return;
    }
    headers['content-length'] = variant.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(variant.path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}
