// The subgraphs of the federation, with the address each listens on by default.
// Server mode overrides an address with SUBGRAPH_<NAME>_URL (e.g. SUBGRAPH_PARCOURS_URL).
export const subgraphs = [
  { name: 'structures', defaultPort: 4001, defaultUrl: 'http://127.0.0.1:4001/graphql' },
  { name: 'parcours', defaultPort: 4002, defaultUrl: 'http://127.0.0.1:4002/graphql' },
  { name: 'formation', defaultPort: 4003, defaultUrl: 'http://127.0.0.1:4003/graphql' },
  { name: 'pilotage', defaultPort: 4004, defaultUrl: 'http://127.0.0.1:4004/graphql' },
] as const;

export type SubgraphName = (typeof subgraphs)[number]['name'];
