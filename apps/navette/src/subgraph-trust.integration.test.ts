// Subgraphs trust only the gateway (issue 11 §3): a request that the gateway did not sign is refused before its body is
// read; a signed request whose body or credentials were changed on the way is refused too.
import { request as httpRequest } from 'node:http';
import { DEMO_PASSWORD } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import {
  encodePrincipal,
  GATEWAY_PRINCIPAL_HEADER,
  GATEWAY_SIGNATURE_HEADER,
  signGatewayRequest,
} from '@navette/subgraph-server';
import type { Principal } from '@navette/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedInHeaders, signedSubgraphGraphql } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
let siae: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    // Ad-hoc documents with users' tokens (edge-limits tests the enforcement).
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    appsDir: '/nonexistent',
  });
  siae = await signedInHeaders(navette.graphqlUrl, 'siae@demo.navette.fr', DEMO_PASSWORD);
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const VIEWER = '{ viewer { email organisation { name } } }';

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] },
  };
}

function expectRefused(answer: Awaited<ReturnType<typeof post>>) {
  expect(answer.status).toBe(401);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.[0]?.extensions).toMatchObject({
    code: 'UNAUTHENTICATED',
    reason: 'GATEWAY_SIGNATURE_REQUIRED',
  });
}

describe('subgraphs answer the gateway only', () => {
  it('the gateway’s own requests are answered (signed), and a signed copy of them too', async () => {
    const through = await graphql(navette.graphqlUrl, VIEWER, {}, siae);
    expect(through.data?.viewer.email).toBe('siae@demo.navette.fr');
    const straight = await signedSubgraphGraphql(
      navette.subgraphSecret,
      navette.subgraphs.structures,
      VIEWER,
      {},
      siae,
    );
    expect(straight.data?.viewer.email).toBe('siae@demo.navette.fr');
  });

  it('refuses an unsigned request on every subgraph, valid token or not, introspection and _service included', async () => {
    for (const url of Object.values(navette.subgraphs)) {
      for (const query of [VIEWER, '{ __schema { types { name } } }', '{ _service { sdl } }']) {
        expectRefused(await post(url, JSON.stringify({ query }), siae));
        expectRefused(await post(url, JSON.stringify({ query }), {}));
      }
      const get = await fetch(`${url}?query=${encodeURIComponent('{ _service { sdl } }')}`);
      expect(get.status).toBe(401);
    }
  });

  it('refuses a forged, stale, replayed-with-another-body or re-addressed signature', async () => {
    const url = navette.subgraphs.structures;
    const body = JSON.stringify({ query: VIEWER });
    const otherSecret = 'x'.repeat(40);
    const forged = signGatewayRequest(otherSecret, { authorization: siae['authorization']!, body });
    expectRefused(await post(url, body, { ...siae, [GATEWAY_SIGNATURE_HEADER]: forged }));

    const stale = signGatewayRequest(
      navette.subgraphSecret,
      { authorization: siae['authorization']!, body },
      Date.now() - 5 * 60_000,
    );
    expectRefused(await post(url, body, { ...siae, [GATEWAY_SIGNATURE_HEADER]: stale }));

    // A signature captured on the wire does not carry another document nor another caller's token.
    const genuine = signGatewayRequest(navette.subgraphSecret, { authorization: siae['authorization']!, body });
    expectRefused(
      await post(url, JSON.stringify({ query: '{ _service { sdl } }' }), {
        ...siae,
        [GATEWAY_SIGNATURE_HEADER]: genuine,
      }),
    );
    expectRefused(await post(url, body, { authorization: 'Bearer someone-else', [GATEWAY_SIGNATURE_HEADER]: genuine }));

    for (const malformed of [
      '',
      't=1',
      'v1=abc',
      `t=${Date.now()},v1=${'0'.repeat(63)}`,
      `t=${Date.now()},v1=${'z'.repeat(64)}`,
    ]) {
      expectRefused(await post(url, body, { ...siae, [GATEWAY_SIGNATURE_HEADER]: malformed }));
    }
  });

  it('refuses an unsigned request before reading its body', async () => {
    // Announces 50 MB and sends none of it: the refusal comes back on the headers alone.
    const { hostname, port, pathname } = new URL(navette.subgraphs.parcours);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          hostname,
          port,
          path: pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(401);
  });

  it('takes the caller the gateway signed (one authentication per request), and only when the signature covers it', async () => {
    const url = navette.subgraphs.structures;
    const body = JSON.stringify({ query: VIEWER });
    const viewer = await graphql(navette.graphqlUrl, '{ viewer { id role organisation { id kind } } }', {}, siae);
    const me = viewer.data!.viewer;
    const claims = JSON.parse(Buffer.from(siae['authorization']!.split('.')[1]!, 'base64url').toString()) as {
      sid: string;
      scope: string;
    };
    const principal: Principal = {
      kind: 'user',
      userId: me.id,
      sessionId: claims.sid,
      role: 'SIAE',
      organisationId: me.organisation.id,
      organisationKind: 'SIAE',
      scopes: claims.scope.split(' ') as never,
    };
    const encoded = encodePrincipal(principal);
    // Signed with the principal: answered without any token (the subgraph neither verifies a token nor reads a session).
    const signed = signGatewayRequest(navette.subgraphSecret, { principal: encoded, body });
    const answer = await post(url, body, { [GATEWAY_SIGNATURE_HEADER]: signed, [GATEWAY_PRINCIPAL_HEADER]: encoded });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    expect((answer.body.data as { viewer: { email: string } }).viewer.email).toBe('siae@demo.navette.fr');

    // A principal the signature does not cover (added, or swapped for an administrator's) is refused.
    const withoutPrincipal = signGatewayRequest(navette.subgraphSecret, { body });
    expectRefused(
      await post(url, body, { [GATEWAY_SIGNATURE_HEADER]: withoutPrincipal, [GATEWAY_PRINCIPAL_HEADER]: encoded }),
    );
    const admin = encodePrincipal({ ...principal, role: 'ADMIN' });
    expectRefused(await post(url, body, { [GATEWAY_SIGNATURE_HEADER]: signed, [GATEWAY_PRINCIPAL_HEADER]: admin }));

    // Through the gateway, a client's own principal header is never passed on: it stays the caller its token says.
    const smuggled = await graphql(navette.graphqlUrl, VIEWER, {}, { [GATEWAY_PRINCIPAL_HEADER]: admin });
    expect(smuggled.data?.viewer ?? null).toBeNull();
  });
});
