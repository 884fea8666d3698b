// The portals' files as the gateway serves them (issue 14 §5): precompressed copies chosen by Accept-Encoding, a year of
// immutable cache for the hashed assets, no-cache for index.html and the client-side routes, ETag revalidation.
import { ANONYMOUS } from '@navette/auth';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from './server.js';
import { negotiateEncoding } from './static-assets.js';

const script = `export const portal = ${JSON.stringify('x'.repeat(4000))};\n`;
const indexHtml =
  '<!doctype html><html lang="fr"><head><script type="module" src="/prescripteur/assets/index-AbC123xy.js"></script></head><body><div id="root"></div></body></html>';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('portal assets at the gateway', () => {
  let appsDir: string;
  let gateway: RunningGateway;
  let base: string;

  beforeAll(async () => {
    appsDir = await mkdtemp(join(tmpdir(), 'navette-assets-'));
    const dist = join(appsDir, 'portal-prescripteur', 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await mkdir(join(dist, 'dsfr'), { recursive: true });
    await writeFile(join(dist, 'index.html'), indexHtml);
    await writeFile(join(dist, 'index.html.br'), brotliCompressSync(indexHtml));
    await writeFile(join(dist, 'assets', 'index-AbC123xy.js'), script);
    await writeFile(join(dist, 'assets', 'index-AbC123xy.js.br'), brotliCompressSync(script));
    await writeFile(join(dist, 'assets', 'index-AbC123xy.js.gz'), gzipSync(script));
    await writeFile(join(dist, 'dsfr', 'dsfr.min.css'), 'body{}');
    await writeFile(join(dist, '.gitkeep'), '');
    gateway = await startGateway({
      port: 0,
      appsDir,
      subgraphSecret: 'static-assets-test-secret-static-assets-test',
      authenticate: () => Promise.resolve(ANONYMOUS),
    });
    base = `${gateway.url}/prescripteur`;
  });

  afterAll(async () => {
    await gateway?.stop();
    await rm(appsDir, { recursive: true, force: true });
  });

  it('sends a hashed asset brotli-encoded to a browser that accepts it, cached for a year as immutable', async () => {
    const answer = await get(`${base}/assets/index-AbC123xy.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
  });

  it('sends gzip when brotli is not accepted (or refused with q=0), the file as built when neither is', async () => {
    const gzipped = await get(`${base}/assets/index-AbC123xy.js`, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);
    const refused = await get(`${base}/assets/index-AbC123xy.js`, { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refused.headers['content-encoding']).toBe('gzip');
    const plain = await get(`${base}/assets/index-AbC123xy.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers index.html, compressed, with no-cache, for the portal root and its client-side routes', async () => {
    for (const path of ['/', '/connexion', '/personnes/42']) {
      const answer = await get(`${base}${path}`, { 'accept-encoding': 'br, gzip' });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(brotliDecompressSync(answer.body).toString(), path).toBe(indexHtml);
    }
    // Without a copy in that encoding, the file as built.
    const plain = await get(`${base}/index.html`, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(indexHtml);
  });

  it('revalidates by ETag (304 with the cache headers), one tag per encoding', async () => {
    const first = await get(`${base}/assets/index-AbC123xy.js`, { 'accept-encoding': 'br' });
    const etag = String(first.headers['etag']);
    const again = await get(`${base}/assets/index-AbC123xy.js`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(again.headers['vary']).toBe('Accept-Encoding');
    const otherEncoding = await get(`${base}/assets/index-AbC123xy.js`, {
      'accept-encoding': 'gzip',
      'if-none-match': etag,
    });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.headers['etag']).not.toBe(etag);
  });

  it('serves the other public files with no-cache; a missing file, a dotfile or a path outside the folder is a 404', async () => {
    const css = await get(`${base}/dsfr/dsfr.min.css`, { 'accept-encoding': 'br' });
    expect(css.status).toBe(200);
    expect(css.headers['cache-control']).toBe('no-cache');
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    for (const path of [
      '/assets/missing-00000000.js',
      '/.gitkeep',
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd.txt',
    ]) {
      expect((await get(`${base}${path}`)).status, path).toBe(404);
    }
    const head = await get(`${base}/assets/index-AbC123xy.js`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});

describe('Accept-Encoding negotiation', () => {
  const all = ['br', 'gzip', 'identity'] as const;
  it('prefers brotli, then gzip, honours q-values, * and identity;q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br', all)).toBe('br');
    expect(negotiateEncoding('gzip;q=1, br;q=0.8', all)).toBe('gzip');
    expect(negotiateEncoding('br;q=0', all)).toBe('identity');
    expect(negotiateEncoding(undefined, all)).toBe('identity');
    expect(negotiateEncoding('*', all)).toBe('br');
    expect(negotiateEncoding('identity;q=0', ['identity'])).toBeNull();
    expect(negotiateEncoding('x-gzip', ['gzip', 'identity'])).toBe('gzip');
    expect(negotiateEncoding('br', ['identity'])).toBe('identity');
  });
});
