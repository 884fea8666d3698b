// @navette/domain runs in the portals' browsers as well as on the server (issue 13: the portals import it for labels,
// transitions and document checks): it must import no Node built-in, directly or through a dependency, and a portal
// that takes a label must not carry the holiday calendar along ("sideEffects": false in package.json).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const pkg = JSON.parse(readFileSync(join(src, '..', 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  sideEffects?: unknown;
};

function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return [
    ...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => (m[1] ?? m[2])!);
}

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: src, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return { bytes: output.bytes, inputs: Object.keys(output.inputs) };
}

describe('@navette/domain is browser-safe', () => {
  it('no source imports a Node built-in or a package it does not declare', () => {
    const builtins = new Set(builtinModules);
    const declared = new Set(Object.keys(pkg.dependencies ?? {}));
    const offending = sources.flatMap((file) =>
      importsOf(file)
        .filter((spec) => !spec.startsWith('./'))
        .filter(
          (spec) =>
            spec.startsWith('node:') ||
            builtins.has(spec.split('/')[0]!) ||
            !declared.has(spec.replace(/^(@[^/]+\/[^/]+|[^/]+).*$/, '$1')),
        )
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
    expect(sources.length).toBeGreaterThan(20);
  });

  it('the whole package bundles for the browser (a Node built-in anywhere in its dependencies fails the build)', async () => {
    const { inputs } = await bundle(`export * from './index.ts';`);
    expect(inputs.some((i) => i.includes('date-holidays'))).toBe(true);
  });

  it('a portal that imports labels and transitions gets them alone, without the calendar or Temporal', async () => {
    expect(pkg.sideEffects).toBe(false);
    const { bytes, inputs } = await bundle(
      `export { SIAE_KIND_LABELS, APPROVAL_STATUS_LABELS, approvalRequestActions, validateRequestDocument } from './index.ts';`,
    );
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    expect(bytes).toBeLessThan(20_000);
  });
});
