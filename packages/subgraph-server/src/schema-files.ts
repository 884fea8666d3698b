import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** Reads every `.graphql` file of a subgraph's schema folder (schema-first: the SDL files are the source). */
export function loadTypeDefs(schemaDir: string): DocumentNode {
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return parse(files.map((f) => readFileSync(join(schemaDir, f), 'utf8')).join('\n'));
}
