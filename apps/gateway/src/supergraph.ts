import { readFileSync } from 'node:fs';
import { subgraphs, type SubgraphName } from './subgraphs.js';

const supergraphFile = new URL('../supergraph.graphql', import.meta.url);

/**
 * The committed supergraph (composed at build time by scripts/compose.ts), with each subgraph's address replaced
 * when the deployment gives another one (embedded mode uses free ports; server mode SUBGRAPH_<NAME>_URL).
 */
export function loadSupergraph(urls: Partial<Record<SubgraphName, string>> = {}): string {
  let sdl = readFileSync(supergraphFile, 'utf8');
  for (const { name, defaultUrl } of subgraphs) {
    const url = urls[name];
    if (!url || url === defaultUrl) continue;
    const declaration = `@join__graph(name: "${name}", url: "${defaultUrl}")`;
    if (!sdl.includes(declaration))
      throw new Error(`supergraph.graphql does not declare subgraph ${name} at ${defaultUrl}`);
    sdl = sdl.replace(declaration, `@join__graph(name: "${name}", url: "${url}")`);
  }
  return sdl;
}
