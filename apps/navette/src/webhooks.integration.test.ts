// Webhooks (issue 15 §4) through the real gateway and subgraphs on PostgreSQL, to a real HTTP receiver: an API client
// subscribes within its scopes, an offer published or a convention signed is POSTed signed per Standard Webhooks
// (verified here with the scheme's own library), with ids only; a failing receiver is retried with backoff and the
// delivery is sent once whatever the number of workers; rotation signs with both secrets; replay; another client's
// ids answered as unknown; a revoked client receives nothing more; the receiver's address is checked at delivery.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD, demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { postWebhook, runWebhookWorkerOnce } from '@navette/subgraph-structures';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql, signedInHeaders, type GraphQLResponse } from './testing/graphql.js';

const SIAE_BESANCON = demoId('siae:25-BES:0');

let database: TestDatabase;
let navette: RunningNavette;
let url: string;
let admin: Record<string, string>;
let siae: Record<string, string>;
let receiver: Server;
let receiverUrl: string;
/** What the receiver answers next (a queue; 200 once empty). */
let answers: number[] = [];
let received: { headers: IncomingHttpHeaders; body: string }[] = [];

const CREATE_CLIENT = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { credential client { id } } }`;
const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id url eventTypes } }
}`;
const DELIVERIES = `query($id: ID!) { webhookSubscription(id: $id) {
  deliveries(first: 10) { totalCount edges { node { id eventType status attempts lastStatus lastError deliveredAt } } }
} }`;
const PUBLISH = `mutation($siaeId: ID!, $title: String!) {
  publishJobOffer(input: { siaeId: $siaeId, title: $title, description: "Poste en atelier" }) { id }
}`;
const CLOSE = `mutation($id: ID!) { closeJobOffer(id: $id) { id status } }`;

async function ok(headers: Record<string, string>, query: string, variables?: Record<string, unknown>) {
  const response = await graphql(url, query, variables, headers);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}
const reason = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['reason'];

async function newClient(scopes: string[]): Promise<{ id: string; headers: Record<string, string> }> {
  const data = await ok(admin, CREATE_CLIENT, {
    input: {
      name: `Observatoire ${scopes.join('+')}`,
      organisationKind: 'SIAE',
      organisationId: SIAE_BESANCON,
      scopes,
      expiresAt: new Date(Date.now() + 180 * 24 * 3600 * 1000).toISOString(),
    },
  });
  return { id: data.createApiClient.client.id, headers: bearer(data.createApiClient.credential) };
}

async function subscribe(client: Record<string, string>, eventTypes: string[], target = receiverUrl) {
  const data = await ok(client, SUBSCRIBE, { input: { url: target, eventTypes } });
  return {
    id: data.createWebhookSubscription.subscription.id as string,
    secret: data.createWebhookSubscription.secret as string,
  };
}

const work = () => runWebhookWorkerOnce(database.db, { allowPrivateNetworks: true });
const publish = async (title: string) =>
  (await ok(siae, PUBLISH, { siaeId: SIAE_BESANCON, title })).publishJobOffer.id as string;
const bodies = () => received.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, string> });

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = answers.shift() ?? 200;
      response.end();
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/navette`;
  database = await createTestDatabase();
  navette = await startNavette({
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false, // the tests run the worker themselves
    arbitraryDocumentsForUsers: true,
    webhooksAllowPrivate: true,
    rateLimits: false,
  });
  url = navette.graphqlUrl;
  admin = await signedInHeaders(url, 'admin@demo.navette.fr', DEMO_PASSWORD);
  siae = await signedInHeaders(url, 'siae@demo.navette.fr', DEMO_PASSWORD);
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
  receiver?.close();
});
beforeEach(async () => {
  // Each test starts with no subscription and nothing due (test-only: the other tests' subscriptions are deleted).
  await database.db
    .update(tables.webhookSubscriptions)
    .set({ deletedAt: sql`now()` })
    .where(isNull(tables.webhookSubscriptions.deletedAt));
  await database.db
    .update(tables.webhookDeliveries)
    .set({ nextAttemptAt: sql`now()` })
    .where(eq(tables.webhookDeliveries.status, 'PENDING'));
  await work();
  received = [];
  answers = [];
});

describe('subscribing', () => {
  it('gives the secret once, within the client’s scopes only', async () => {
    const offers = await newClient(['offers:read']);
    const refused = await graphql(
      url,
      SUBSCRIBE,
      { input: { url: receiverUrl, eventTypes: ['convention.signed'] } },
      offers.headers,
    );
    expect(reason(refused)).toBe('WEBHOOK_EVENT_TYPE_NOT_ALLOWED');
    const { id, secret } = await subscribe(offers.headers, ['offer.published']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await ok(offers.headers, '{ webhookSubscriptions { id url eventTypes previousSecretValidUntil } }');
    expect(listed.webhookSubscriptions).toEqual([
      { id, url: receiverUrl, eventTypes: ['offer.published'], previousSecretValidUntil: null },
    ]);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(6));
    const [audited] = await database.db
      .select({ details: tables.auditEvents.details })
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'WEBHOOK_SUBSCRIPTION_CREATED'), eq(tables.auditEvents.subjectId, id)));
    expect(JSON.stringify(audited)).not.toContain(secret.slice(6));
  });

  it('is for API clients: a person’s session is refused', async () => {
    const answer = await graphql(url, '{ webhookSubscriptions { id } }', undefined, siae);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WEBHOOKS_API_CLIENTS_ONLY' });
  });

  it('keeps at most ten subscriptions when twenty are asked at once', async () => {
    const client = await newClient(['offers:read']);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        graphql(url, SUBSCRIBE, { input: { url: receiverUrl, eventTypes: ['offer.closed'] } }, client.headers),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(10);
    expect(answers.filter((a) => reason(a) === 'WEBHOOK_SUBSCRIPTIONS_TOO_MANY')).toHaveLength(10);
    expect((await ok(client.headers, '{ webhookSubscriptions { id } }')).webhookSubscriptions).toHaveLength(10);
  });

  it('answers another client’s subscription and delivery exactly as unknown ones', async () => {
    const owner = await newClient(['offers:read']);
    const other = await newClient(['offers:read']);
    const { id } = await subscribe(owner.headers, ['offer.published']);
    await publish('Agent de tri');
    await work();
    const delivery = (await ok(owner.headers, DELIVERIES, { id })).webhookSubscription.deliveries.edges[0].node.id;
    const unknown = '0f0e0d0c-0b0a-4009-8008-070605040302';
    for (const [query, variables, expected] of [
      [DELIVERIES, { id }, 'WEBHOOK_SUBSCRIPTION_NOT_FOUND'],
      [DELIVERIES, { id: unknown }, 'WEBHOOK_SUBSCRIPTION_NOT_FOUND'],
      ['mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }', { id }, 'WEBHOOK_SUBSCRIPTION_NOT_FOUND'],
      ['mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', { id }, 'WEBHOOK_SUBSCRIPTION_NOT_FOUND'],
      ['mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }', { id: delivery }, 'WEBHOOK_DELIVERY_NOT_FOUND'],
      ['mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }', { id: unknown }, 'WEBHOOK_DELIVERY_NOT_FOUND'],
    ] as const) {
      const answer = await graphql(url, query, variables, other.headers);
      expect(reason(answer), `${query} ${JSON.stringify(variables)}`).toBe(expected);
    }
    // Nothing changed for the owner.
    expect((await ok(owner.headers, '{ webhookSubscriptions { id } }')).webhookSubscriptions).toHaveLength(1);
  });
});

describe('delivering', () => {
  it('POSTs the event signed per Standard Webhooks, with ids only, once', async () => {
    const client = await newClient(['offers:read', 'directory:read']);
    const { id, secret } = await subscribe(client.headers, ['offer.published', 'offer.closed']);
    const offerId = await publish('Agent polyvalent');
    await ok(siae, CLOSE, { id: offerId });
    await ok(siae, CLOSE, { id: offerId }); // closed once: announced once
    const run = await work();
    expect(run.delivered).toBe(2);
    expect(received).toHaveLength(2);
    for (const { headers, body } of received) {
      // The scheme's own verification: id, timestamp and signature of this secret.
      expect(() => new Webhook(secret).verify(body, headers as Record<string, string>)).not.toThrow();
      expect(() =>
        new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(body, headers as Record<string, string>),
      ).toThrow();
    }
    expect(
      bodies()
        .map((b) => b.type)
        .sort(),
    ).toEqual(['offer.closed', 'offer.published']);
    // Ids only: the type of the subject, its id and the SIAE's.
    for (const body of bodies())
      expect(body.data).toEqual({ subjectType: 'JobOffer', id: offerId, siaeId: SIAE_BESANCON });
    for (const { body } of received) expect(body).not.toContain('Agent polyvalent');
    const log = (await ok(client.headers, DELIVERIES, { id })).webhookSubscription.deliveries;
    expect(log.totalCount).toBe(2);
    expect(
      log.edges.every(
        (e: { node: { status: string; lastStatus: number } }) =>
          e.node.status === 'DELIVERED' && e.node.lastStatus === 200,
      ),
    ).toBe(true);
    expect((await work()).delivered).toBe(0);
    expect(received).toHaveLength(2);
  });

  it('tells a client nothing of a type it did not subscribe to, nor of data outside its scopes', async () => {
    const directoryOnly = await newClient(['directory:read']);
    const { id } = await subscribe(directoryOnly.headers, ['convention.signed']);
    await publish('Jardinier');
    await work();
    expect(received).toHaveLength(0);
    expect((await ok(directoryOnly.headers, DELIVERIES, { id })).webhookSubscription.deliveries.totalCount).toBe(0);
  });

  it('retries a failing receiver with backoff, then delivers once, whatever the number of workers', async () => {
    const client = await newClient(['offers:read']);
    const { id } = await subscribe(client.headers, ['offer.published']);
    answers = [500];
    await publish('Cariste');
    const first = await work();
    expect(first.retried).toBe(1);
    // The waiting delivery shows on /metrics (the operator's "webhook backlog", docs/operations.md).
    const metrics = await (await fetch(`${navette.url}/metrics`)).text();
    expect(Number(/^navette_queue_pending\{queue="webhooks"\} (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/^navette_queue_oldest_age_seconds\{queue="webhooks"\} \d+$/m);
    const [pending] = (await ok(client.headers, DELIVERIES, { id })).webhookSubscription.deliveries.edges;
    expect(pending.node).toMatchObject({ status: 'PENDING', attempts: 1, lastStatus: 500, lastError: 'HTTP_500' });
    const [row] = await database.db
      .select()
      .from(tables.webhookDeliveries)
      .where(eq(tables.webhookDeliveries.id, pending.node.id));
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect((await work()).delivered).toBe(0); // not before its time
    // Its time has come (test-only time travel); three workers at once: one POST.
    await database.db
      .update(tables.webhookDeliveries)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(tables.webhookDeliveries.id, row!.id));
    const runs = await Promise.all([work(), work(), work()]);
    expect(runs.reduce((n, r) => n + r.delivered, 0)).toBe(1);
    expect(received).toHaveLength(2); // the failed attempt and the delivery
    expect(received[0]!.headers['webhook-id']).toBe(received[1]!.headers['webhook-id']);
  });

  it('signs with both secrets during a rotation’s overlap, and replays with the same webhook-id', async () => {
    const client = await newClient(['offers:read']);
    const { id, secret: before } = await subscribe(client.headers, ['offer.published']);
    const rotated = await ok(
      client.headers,
      'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret subscription { previousSecretValidUntil } } }',
      { id },
    );
    const after = rotated.rotateWebhookSecret.secret as string;
    expect(after).not.toBe(before);
    expect(rotated.rotateWebhookSecret.subscription.previousSecretValidUntil).not.toBeNull();
    await publish('Soudeur');
    await work();
    const [{ headers, body }] = received as [{ headers: IncomingHttpHeaders; body: string }];
    expect(String(headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [before, after])
      expect(() => new Webhook(secret).verify(body, headers as Record<string, string>)).not.toThrow();

    const delivery = (await ok(client.headers, DELIVERIES, { id })).webhookSubscription.deliveries.edges[0].node.id;
    const replayed = await ok(
      client.headers,
      'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status attempts } }',
      { id: delivery },
    );
    expect(replayed.replayWebhookDelivery).toMatchObject({ id: delivery, status: 'PENDING', attempts: 0 });
    expect((await work()).delivered).toBe(1);
    expect(received.map((r) => r.headers['webhook-id'])).toEqual([delivery, delivery]);
  });

  it('sends nothing more to a revoked client, nor to a deleted subscription', async () => {
    const revoked = await newClient(['offers:read']);
    await subscribe(revoked.headers, ['offer.published']);
    const deleting = await newClient(['offers:read']);
    const gone = await subscribe(deleting.headers, ['offer.published']);
    answers = [503, 503];
    await publish('Magasinier');
    expect((await work()).retried).toBe(2);
    await ok(admin, 'mutation($id: ID!) { revokeApiClient(id: $id) { status } }', { id: revoked.id });
    expect(
      await ok(deleting.headers, 'mutation($id: ID!) { deleteWebhookSubscription(id: $id) }', { id: gone.id }),
    ).toEqual({
      deleteWebhookSubscription: true,
    });
    await database.db
      .update(tables.webhookDeliveries)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(tables.webhookDeliveries.status, 'PENDING'));
    const run = await work();
    expect(run).toMatchObject({ delivered: 0, failed: 2 });
    expect(received).toHaveLength(2); // the two failed attempts before, nothing after
    const rows = await database.db
      .select({ status: tables.webhookDeliveries.status, lastError: tables.webhookDeliveries.lastError })
      .from(tables.webhookDeliveries)
      .innerJoin(
        tables.webhookSubscriptions,
        eq(tables.webhookSubscriptions.id, tables.webhookDeliveries.subscriptionId),
      )
      .where(inArray(tables.webhookSubscriptions.apiClientId, [revoked.id, deleting.id]));
    expect(rows).toEqual([
      { status: 'FAILED', lastError: 'SUBSCRIPTION_INACTIVE' },
      { status: 'FAILED', lastError: 'SUBSCRIPTION_INACTIVE' },
    ]);
  });
});

describe('the clock that judges expiries', () => {
  /** One pass of the worker while this process's clock reads `offsetMs` away from the database's (Date only). */
  async function workWithProcessClockOff(offsetMs: number) {
    const [{ now }] = (await database.db.execute<{ now: string }>(sql`select now() as now`)) as [{ now: string }];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(new Date(now).getTime() + offsetMs));
    try {
      return await work();
    } finally {
      vi.useRealTimers();
    }
  }
  const THREE_DAYS = 3 * 24 * 3600 * 1000;
  const dueNow = (subscriptionId: string) =>
    database.db
      .update(tables.webhookDeliveries)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(tables.webhookDeliveries.subscriptionId, subscriptionId));

  it('is the database’s, not the process’s: a client’s expiry and a previous secret’s overlap', async () => {
    const rotate = (headers: Record<string, string>, id: string) =>
      ok(headers, 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }', { id });
    // A: valid an hour more, its previous secret too; B: expired a second ago; C: valid, its previous secret is not.
    const a = await newClient(['offers:read']);
    const aSubscription = await subscribe(a.headers, ['offer.published']);
    await rotate(a.headers, aSubscription.id);
    const b = await newClient(['offers:read']);
    const bSubscription = await subscribe(b.headers, ['offer.published']);
    const c = await newClient(['offers:read']);
    const cSubscription = await subscribe(c.headers, ['offer.published']);
    await rotate(c.headers, cSubscription.id);
    answers = [503, 503, 503];
    await publish('Menuisier');
    expect((await work()).retried).toBe(3);
    const s = tables.webhookSubscriptions;
    await database.db
      .update(tables.apiClients)
      .set({ expiresAt: sql`now() + interval '1 hour'` })
      .where(eq(tables.apiClients.id, a.id));
    await database.db
      .update(s)
      .set({ previousSecretExpiresAt: sql`now() + interval '1 hour'` })
      .where(eq(s.id, aSubscription.id));
    await database.db
      .update(tables.apiClients)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(tables.apiClients.id, b.id));
    await database.db
      .update(s)
      .set({ previousSecretExpiresAt: sql`now() - interval '1 second'` })
      .where(eq(s.id, cSubscription.id));
    received = [];

    // The process three days ahead: A would be expired, its previous secret too, by its clock — not by the database's.
    await dueNow(aSubscription.id);
    expect(await workWithProcessClockOff(THREE_DAYS)).toMatchObject({ delivered: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(String(received[0]!.headers['webhook-signature']).split(' ')).toHaveLength(2);

    // The process three days behind: B and C's previous secret would still be valid by its clock — not by the database's.
    await dueNow(bSubscription.id);
    await dueNow(cSubscription.id);
    expect(await workWithProcessClockOff(-THREE_DAYS)).toMatchObject({ delivered: 1, failed: 1 });
    expect(received).toHaveLength(2);
    expect(String(received[1]!.headers['webhook-signature']).split(' ')).toHaveLength(1);
    const [failed] = await database.db
      .select({ status: tables.webhookDeliveries.status, lastError: tables.webhookDeliveries.lastError })
      .from(tables.webhookDeliveries)
      .where(eq(tables.webhookDeliveries.subscriptionId, bSubscription.id));
    expect(failed).toEqual({ status: 'FAILED', lastError: 'SUBSCRIPTION_INACTIVE' });
  });
});

describe('the receiver’s address, checked at each delivery', () => {
  it('refuses http, private addresses and names resolving to them unless private networks are allowed', async () => {
    const port = (receiver.address() as AddressInfo).port;
    const post = (target: string) =>
      postWebhook(target, {}, '{}', { allowPrivateNetworks: false }).catch((e: { code: string }) => e.code);
    expect(await post(`http://127.0.0.1:${port}/`)).toBe('NOT_HTTPS');
    expect(await post(`https://127.0.0.1:${port}/`)).toBe('PRIVATE_ADDRESS');
    expect(await post(`https://[::1]:${port}/`)).toBe('PRIVATE_ADDRESS');
    expect(await post(`https://169.254.169.254/latest/meta-data`)).toBe('PRIVATE_ADDRESS');
    // A host name is resolved when connecting, and refused if DNS gives a private address (no rebinding).
    expect(await post(`https://localhost:${port}/`)).toBe('PRIVATE_ADDRESS');
    expect(await postWebhook(`http://127.0.0.1:${port}/`, {}, '{}', { allowPrivateNetworks: true })).toBe(200);
  });

  it('gives up on a receiver that does not answer in time, as a failed attempt', async () => {
    const silent = createServer(() => undefined);
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const target = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    await expect(postWebhook(target, {}, '{}', { allowPrivateNetworks: true, timeoutMs: 200 })).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
    silent.closeAllConnections();
    silent.close();
  });
});
