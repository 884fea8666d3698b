import { describe, expect, it } from 'vitest';
import { loadSupergraph } from './supergraph.js';

describe('loadSupergraph', () => {
  it('is the committed supergraph, with the four subgraphs at their default addresses', () => {
    const sdl = loadSupergraph();
    for (const name of ['structures', 'parcours', 'formation', 'pilotage']) {
      expect(sdl).toMatch(
        new RegExp(`@join__graph\\(name: "${name}", url: "http://127\\.0\\.0\\.1:400\\d/graphql"\\)`),
      );
    }
  });

  it('points a subgraph at the address the deployment gives, leaving the others alone', () => {
    const sdl = loadSupergraph({ parcours: 'http://parcours.internal:8080/graphql' });
    expect(sdl).toContain('@join__graph(name: "parcours", url: "http://parcours.internal:8080/graphql")');
    expect(sdl).toContain('@join__graph(name: "structures", url: "http://127.0.0.1:4001/graphql")');
  });
});
