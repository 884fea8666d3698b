// What a portal's first page loads of its build (issue 14 §5): the entry chunk that index.html runs and the chunks it
// preloads (`<link rel="modulepreload">`: its static imports), as built and as sent with brotli (quality 11, as the
// `.br` copies of vite-precompress.ts). The sign-in page needs these and nothing else.
//
//   node packages/ui/build/entry-size.ts [apps/portal-prescripteur/dist …]   (default: the four portals' dist)
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export interface EntrySize {
  /** The entry chunk (`assets/index-*.js`). */
  entry: { file: string; bytes: number; brotli: number };
  /** The entry and every chunk index.html preloads with it. */
  firstLoad: { files: string[]; bytes: number; brotli: number };
}

function brotliSize(content: Buffer): number {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  }).length;
}

/** The scripts index.html loads at once: its module script first, then its modulepreloads, as paths in `dist`. */
export function firstLoadScripts(indexHtml: string): string[] {
  const scripts = [...indexHtml.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloads = [...indexHtml.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((m) => m[1] ?? '');
  // Served under the portal's base (/prescripteur/assets/…): the path inside dist starts at assets/.
  return [...scripts, ...preloads].map((src) => src.slice(src.indexOf('assets/')));
}

export function entrySize(dist: string): EntrySize {
  const [entry, ...preloads] = firstLoadScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  if (!entry) throw new Error(`${dist}/index.html runs no module script`);
  const sizes = [entry, ...preloads].map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.length, brotli: brotliSize(content) };
  });
  const [first] = sizes;
  return {
    entry: first!,
    firstLoad: {
      files: sizes.map((s) => s.file),
      bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
      brotli: sizes.reduce((sum, s) => sum + s.brotli, 0),
    },
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(dirname(new URL(import.meta.url).pathname), '../../..');
  const given = process.argv.slice(2);
  const dists =
    given.length > 0
      ? given
      : ['portal-prescripteur', 'portal-siae', 'portal-agence', 'console-pilotage'].map((app) =>
          join(root, 'apps', app, 'dist'),
        );
  console.log('| portal | entry | entry, brotli | first load (entry + preloads) | first load, brotli | files |');
  console.log('|---|---|---|---|---|---|');
  for (const dist of dists) {
    const { entry, firstLoad } = entrySize(dist);
    const name = basename(dirname(resolve(dist)));
    console.log(
      `| ${name} | ${kB(entry.bytes)} | ${kB(entry.brotli)} | ${kB(firstLoad.bytes)} | ${kB(firstLoad.brotli)} | ${firstLoad.files.length} |`,
    );
  }
}
