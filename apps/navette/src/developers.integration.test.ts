// The developers' documentation through the product (issue 15, item 2): /developpeurs answers in French, the reference
// and the changelog are served, the explorer loads its script and stylesheet from this origin under the gateway's CSP,
// an API client queries with the explorer's request, and a portal user's token cannot send that document.
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD, demoApiClientCredential } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, signedInHeaders, type GraphQLResponse } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;

beforeAll(async () => {
  database = await createTestDatabase();
  // Persisted documents enforced (the product's default): the explorer must not open a way around them.
  navette = await startNavette({
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const get = (path: string) => fetch(`${navette.url}${path}`, { redirect: 'manual' });

/** The request the explorer's script sends (developer-docs/explorateur.js): JSON, the token, no cookie. */
async function asTheExplorerSends(query: string, variables: unknown, token: string): Promise<GraphQLResponse> {
  const response = await fetch(navette.graphqlUrl, {
    method: 'POST',
    credentials: 'omit',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

/** The explorer page's default query and variables, as a visitor finds them in the form. */
function explorerDefaults(html: string): { query: string; variables: unknown } {
  const query = /<textarea id="query"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1];
  const variables = /<textarea id="variables"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1];
  if (!query || !variables) throw new Error('explorer form not found');
  return { query, variables: JSON.parse(variables) };
}

describe('/developpeurs', () => {
  it('redirects to the guide, which answers 200 in French under the strict CSP', async () => {
    const bare = await get('/developpeurs');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/developpeurs/');

    const guide = await get('/developpeurs/');
    expect(guide.status).toBe(200);
    expect(guide.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = guide.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await guide.text();
    expect(html).toContain('<html lang="fr">');
    for (const heading of ['Authentification', 'Pagination', 'Erreurs', 'Limites et budgets', 'Un client typé']) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('Authorization: Bearer nvt_client_');

    const home = await (await get('/')).text();
    expect(home).toContain('href="/developpeurs/"');
  });

  it('serves the generated reference, the changelog and the public SDL', async () => {
    const reference = await get('/developpeurs/reference');
    expect(reference.status).toBe(200);
    const html = await reference.text();
    expect(html).toMatch(/id="t-Siae"[\s\S]*?<code class="scope">directory:read<\/code>/);
    expect(html).toContain('id="autorisations"');

    const changelog = await get('/developpeurs/changements');
    expect(changelog.status).toBe(200);
    expect(await changelog.text()).toContain('Changements du schéma');

    const sdl = await get('/developpeurs/schema.graphql');
    expect(sdl.status).toBe(200);
    expect(await sdl.text()).toBe(readFileSync(new URL('../../gateway/schema.graphql', import.meta.url), 'utf8'));

    expect((await get('/developpeurs/../package.json')).status).toBe(404);
    expect((await get('/developpeurs/inconnue')).status).toBe(404);
    const post = await fetch(`${navette.url}/developpeurs/`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('loads the explorer with its script and stylesheet from this origin, and no inline script', async () => {
    const page = await get('/developpeurs/explorateur');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body!.trim(), 'no inline script').toBe('');
      expect(attributes).toMatch(/src="\/developpeurs\//);
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/developpeurs\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
    expect(assets).toEqual(expect.arrayContaining(['/developpeurs/explorateur.js', '/developpeurs/style.css']));
    for (const asset of assets) {
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
    }
    const script = await (await get('/developpeurs/explorateur.js')).text();
    expect(script).toContain("credentials: 'omit'");
    expect(script).not.toMatch(/localStorage|sessionStorage|\/auth\//);
  });

  it('lets an API client run the explorer’s query', async () => {
    const { query, variables } = explorerDefaults(await (await get('/developpeurs/explorateur')).text());
    const answer = await asTheExplorerSends(query, variables, demoApiClientCredential);
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    const siaes = (
      answer.data as { siaes: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } }
    ).siaes;
    expect(siaes.edges.length).toBeGreaterThan(0);
    expect(siaes.totalCount).toBeGreaterThanOrEqual(siaes.edges.length);
  });

  it('refuses the same document from a portal user’s token', async () => {
    const { query, variables } = explorerDefaults(await (await get('/developpeurs/explorateur')).text());
    const siae = await signedInHeaders(navette.graphqlUrl, 'siae@demo.navette.fr', DEMO_PASSWORD);
    const token = siae['authorization']!.replace(/^Bearer /, '');
    const answer = await asTheExplorerSends(query, variables, token);
    expect(answer.status).toBe(400);
    expect(answer.data ?? undefined).toBeUndefined();
    expect(answer.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_REQUIRED');

    // Nor with a portal's header set by hand: the policy follows the verified token.
    const forged = await fetch(navette.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-navette-client': 'explorateur', ...bearer(token) },
      body: JSON.stringify({ query, variables }),
    });
    expect(forged.status).toBe(400);
  });
});
