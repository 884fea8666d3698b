// Builds the generated pages of /developpeurs (issue 15, item 2), after `tsc` (it runs the compiled modules of dist/):
//   node scripts/developer-docs.ts          writes developer-docs/reference.html (committed) and the changelog
//   node scripts/developer-docs.ts --check  fails on a public type, field, argument or enum value without a
//                                           description, or when the committed reference is stale; writes the changelog
// The changelog (dist/developer-docs/changements.html) comes from the git history of schema.graphql: it is a build
// output, not committed (a committed file listing the commits that contain it could never be up to date), and the
// gateway's build is not cached by turbo (apps/gateway/turbo.json), which does not hash the git history. The main
// line only (--first-parent): a merged branch counts as one change.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { missingDescriptions, renderReference } from '../dist/developer-docs/schema-reference.js';
import { renderChangelog, type SchemaVersion } from '../dist/developer-docs/changelog.js';

const gatewayDir = join(import.meta.dirname, '..');
const publicSdl = readFileSync(join(gatewayDir, 'schema.graphql'), 'utf8');
const supergraphSdl = readFileSync(join(gatewayDir, 'supergraph.graphql'), 'utf8');

const missing = missingDescriptions(buildSchema(publicSdl));
if (missing.length > 0) {
  console.error(
    `${missing.length} public type(s), field(s), argument(s) or enum value(s) without a description: describe them in ` +
      `the subgraphs' SDL (apps/subgraph-*/src/schema), then \`pnpm --filter @navette/gateway compose\`:`,
  );
  for (const coordinate of missing) console.error(`- ${coordinate}`);
  process.exit(1);
}

const referencePath = join(gatewayDir, 'developer-docs', 'reference.html');
const reference = renderReference(publicSdl, supergraphSdl);
if (process.argv.includes('--check')) {
  if (!existsSync(referencePath) || readFileSync(referencePath, 'utf8') !== reference) {
    console.error(
      'Stale developer-docs/reference.html: run `pnpm --filter @navette/gateway developer-docs` and commit.',
    );
    process.exit(1);
  }
} else {
  writeFileSync(referencePath, reference);
}

/** The committed versions of schema.graphql, oldest first; none outside a git checkout (e.g. a container image). */
function committedVersions(): { versions: SchemaVersion[]; note?: string } {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: gatewayDir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  let log: string;
  try {
    log = git('log', '--first-parent', '--format=%H%x09%cs%x09%s', '--', 'schema.graphql');
  } catch {
    return { versions: [], note: 'Historique git indisponible là où cette version a été construite.' };
  }
  const versions = log
    .trim()
    .split('\n')
    .filter(Boolean)
    .reverse()
    .map((line) => {
      const [commit = '', date = '', ...subject] = line.split('\t');
      return { commit, date, subject: subject.join('\t'), sdl: git('show', `${commit}:./schema.graphql`) };
    });
  return { versions };
}

const { versions, note } = committedVersions();
const changelogDir = join(gatewayDir, 'dist', 'developer-docs');
mkdirSync(changelogDir, { recursive: true });
writeFileSync(join(changelogDir, 'changements.html'), await renderChangelog(versions, note));
console.log(
  `Developer docs: every public type and field described; reference up to date; changelog of ${versions.length} version(s).`,
);
