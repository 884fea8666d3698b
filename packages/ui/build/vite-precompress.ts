// The portals' files compressed once, at build time (issue 14 §5): next to each text file of the build folder, its
// brotli (`.br`, quality 11) and gzip (`.gz`, level 9) copies, which the gateway serves to the browsers that accept
// them (apps/gateway/src/static-assets.ts). Nothing is compressed per request. Already compressed formats (woff2,
// png, ico…) and files whose copy would not be smaller are left alone.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt', '.map', '.ttf']);
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Writes `<file>.br` and `<file>.gz` for every compressible file of `dir`; returns how many files were compressed. */
export async function precompress(dir: string): Promise<number> {
  let count = 0;
  for (const file of await filesOf(dir)) {
    if (!COMPRESSIBLE.has(extname(file).toLowerCase())) continue;
    const content = await readFile(file);
    if (content.length < MIN_BYTES) continue;
    const [br, gzipped] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gz(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    // Only when it saves something worth a decoding.
    if (br.length < content.length * 0.9) await writeFile(`${file}.br`, br);
    if (gzipped.length < content.length * 0.9) await writeFile(`${file}.gz`, gzipped);
    count += 1;
  }
  return count;
}

/** The Vite plugin: once the build folder is written (public files included), compresses it. */
export function precompressPlugin(): {
  name: string;
  apply: 'build';
  configResolved(config: { root: string; build: { outDir: string } }): void;
  closeBundle(): Promise<void>;
} {
  let outDir = 'dist';
  return {
    name: 'navette-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompress(outDir);
    },
  };
}
