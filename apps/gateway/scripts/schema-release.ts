// Cuts a release of the public schema (issue 15, item 3): the current schema.graphql becomes the snapshot the next
// changes are compared with (schema/public.graphql), and the declared breaking changes, now published, are cleared.
//   node scripts/schema-release.ts 2027-01-15
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const release = process.argv[2];
if (!release || !/^\d{4}-\d{2}-\d{2}$/.test(release)) {
  console.error('Usage: node scripts/schema-release.ts AAAA-MM-JJ (the day of the release)');
  process.exit(1);
}
const gatewayDir = join(import.meta.dirname, '..');
copyFileSync(join(gatewayDir, 'schema.graphql'), join(gatewayDir, 'schema', 'public.graphql'));
writeFileSync(
  join(gatewayDir, 'schema', 'breaking-changes.json'),
  JSON.stringify({ release, declared: [] }, null, 2) + '\n',
);
console.log(`Release ${release}: schema/public.graphql is now the reference for breaking changes.`);
