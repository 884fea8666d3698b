// The webhook worker (issue 15 §4): third parties told of public changes, from the same outbox as the notifications.
//  1. Dispatch: claims the outbox events of a public type not yet dispatched to webhooks (FOR UPDATE SKIP LOCKED) and
//     writes one delivery per subscription that wants the type, whose client is active and still holds the type's
//     scope, made before the event; ON CONFLICT DO NOTHING on (subscription, event): a retry or a second worker adds
//     nothing. Then marks the event, in the same transaction.
//  2. Deliver: claims due deliveries with a lease (locked_until, under SKIP LOCKED), POSTs each outside any transaction,
//     signed per Standard Webhooks (`webhook-id` = the delivery's id, `webhook-timestamp`, `webhook-signature`: one
//     `v1,` signature per valid secret — two during a rotation's overlap), then marks it DELIVERED on a 2xx; otherwise
//     retried with a doubling backoff (webhookRetryDelayMs) and given up (FAILED) after WEBHOOK_MAX_ATTEMPTS.
// The receiver's address is checked at each attempt: only public unicast addresses (DNS rebinding to a private
// address is refused at connection time), no redirects followed, 10 s to answer. The body carries the event's type and
// ids only. Logs carry ids, codes and counts only.
import { randomBytes } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { tables, type Database } from '@navette/db';
import {
  mayReceiveWebhook,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_TIMEOUT_MS,
  webhookEventTypeOf,
  webhookRetryDelayMs,
  type WebhookEventType,
} from '@navette/domain';
import { rootLogger, startPeriodicJob } from '@navette/subgraph-server';
import ipaddr from 'ipaddr.js';
import { Webhook } from 'standardwebhooks';
import { and, arrayContains, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';

const { outboxEvents, webhookSubscriptions, webhookDeliveries, apiClients } = tables;

export interface WebhookWorkerOptions {
  /**
   * Accept receivers on loopback and private networks, over http too: a developer's machine and the tests only
   * (`NAVETTE_WEBHOOKS_ALLOW_PRIVATE=1`), never in production.
   */
  allowPrivateNetworks?: boolean;
  batchSize?: number;
  /** How long a worker holds a delivery it is sending (longer than the receiver's timeout). */
  leaseMs?: number;
  /** The receiver's time to answer (default WEBHOOK_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** `whsec_` and 32 random bytes in base64: the Standard Webhooks secret format. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** A time `ms` after the database's now (the workers' shared clock). */
const afterMs = (ms: number) => sql<Date>`now() + ${`${Math.round(ms)} milliseconds`}::interval`;

/** Whether an address is public unicast (not loopback, private, link-local, multicast, reserved, CGNAT…). */
export function isPublicAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

class DeliveryError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** A DNS lookup that refuses names resolving to a non-public address (checked when connecting: no rebinding). */
function publicOnlyLookup(
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    if (addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address)))
      return callback(Object.assign(new Error('private address'), { code: 'PRIVATE_ADDRESS' }), '');
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/** POSTs `body` and resolves with the HTTP status (the answer's body is not read). */
export function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  { allowPrivateNetworks = false, timeoutMs = WEBHOOK_TIMEOUT_MS }: WebhookWorkerOptions = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return reject(new DeliveryError('URL_INVALID'));
    }
    const secure = url.protocol === 'https:';
    if (!secure && !(allowPrivateNetworks && url.protocol === 'http:')) return reject(new DeliveryError('NOT_HTTPS'));
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!allowPrivateNetworks && isIP(host) !== 0 && !isPublicAddress(host))
      return reject(new DeliveryError('PRIVATE_ADDRESS'));
    const request = (secure ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        ...(allowPrivateNetworks ? {} : { lookup: publicOnlyLookup }),
        signal: AbortSignal.timeout(timeoutMs),
        agent: false,
      },
      (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new DeliveryError(
          error.name === 'AbortError' || error.name === 'TimeoutError' ? 'TIMEOUT' : (error.code ?? 'ERROR'),
        ),
      ),
    );
    request.end(body);
  });
}

/** Turns the public events not yet dispatched into deliveries. Returns how many events it dispatched. */
export async function dispatchWebhookEvents(db: Database, batchSize = 50): Promise<number> {
  return db.transaction(async (tx) => {
    const events = await tx
      .select()
      .from(outboxEvents)
      .where(isNull(outboxEvents.webhooksDispatchedAt))
      .orderBy(asc(outboxEvents.occurredAt), asc(outboxEvents.id))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    for (const event of events) {
      const type = webhookEventTypeOf(event.type);
      if (type !== null) {
        const subscribers = await tx
          .select({ id: webhookSubscriptions.id, scopes: apiClients.scopes })
          .from(webhookSubscriptions)
          .innerJoin(apiClients, eq(apiClients.id, webhookSubscriptions.apiClientId))
          .where(
            and(
              isNull(webhookSubscriptions.deletedAt),
              arrayContains(webhookSubscriptions.eventTypes, [type]),
              lte(webhookSubscriptions.createdAt, event.occurredAt),
              isNull(apiClients.revokedAt),
              sql`(${apiClients.expiresAt} is null or ${apiClients.expiresAt} > now())`,
            ),
          );
        const wanted = subscribers.filter((s) => mayReceiveWebhook(type, s.scopes));
        if (wanted.length > 0)
          await tx
            .insert(webhookDeliveries)
            .values(wanted.map((s) => ({ subscriptionId: s.id, eventId: event.id, eventType: type })))
            .onConflictDoNothing({ target: [webhookDeliveries.subscriptionId, webhookDeliveries.eventId] });
      }
      await tx
        .update(outboxEvents)
        .set({ webhooksDispatchedAt: sql`now()` })
        .where(eq(outboxEvents.id, event.id));
    }
    return events.length;
  });
}

/** The body of a webhook: the public type, when it happened, the subject's id and the other ids of the event. */
export function webhookBody(
  type: string,
  event: Pick<typeof outboxEvents.$inferSelect, 'occurredAt' | 'subjectType' | 'subjectId' | 'payload'>,
): string {
  return JSON.stringify({
    type,
    timestamp: event.occurredAt.toISOString(),
    data: { subjectType: event.subjectType, id: event.subjectId, ...event.payload },
  });
}

export interface WebhookDeliveryRun {
  delivered: number;
  retried: number;
  failed: number;
}

/** Claims due deliveries (lease) and sends them. */
export async function deliverWebhooks(db: Database, options: WebhookWorkerOptions = {}): Promise<WebhookDeliveryRun> {
  const { batchSize = 20, leaseMs = 60_000 } = options;
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.status, 'PENDING'),
          lte(webhookDeliveries.nextAttemptAt, sql`now()`),
          sql`(${webhookDeliveries.lockedUntil} is null or ${webhookDeliveries.lockedUntil} < now())`,
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(webhookDeliveries)
      .set({
        lockedUntil: afterMs(leaseMs),
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastAttemptAt: sql`now()`,
      })
      .where(
        inArray(
          webhookDeliveries.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  const run: WebhookDeliveryRun = { delivered: 0, retried: 0, failed: 0 };
  if (claimed.length === 0) return run;
  const rows = await db
    .select({
      deliveryId: webhookDeliveries.id,
      subscription: webhookSubscriptions,
      client: {
        scopes: apiClients.scopes,
        revokedAt: apiClients.revokedAt,
        // Expiries judged by the database's clock, as everywhere else (a process's clock may drift).
        expired: sql<boolean>`(${apiClients.expiresAt} is not null and ${apiClients.expiresAt} <= now())`,
      },
      previousSecretValid: sql<boolean>`coalesce(${webhookSubscriptions.previousSecretExpiresAt} > now(), false)`,
      event: {
        occurredAt: outboxEvents.occurredAt,
        subjectType: outboxEvents.subjectType,
        subjectId: outboxEvents.subjectId,
        payload: outboxEvents.payload,
      },
    })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .innerJoin(apiClients, eq(apiClients.id, webhookSubscriptions.apiClientId))
    .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
    .where(
      inArray(
        webhookDeliveries.id,
        claimed.map((d) => d.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.deliveryId, r] as const));
  const close = (id: string, values: PgUpdateSetSource<typeof webhookDeliveries>) =>
    db
      .update(webhookDeliveries)
      .set({ ...values, lockedUntil: null })
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'PENDING')));
  for (const delivery of claimed) {
    const row = byId.get(delivery.id);
    const type = delivery.eventType as WebhookEventType;
    const now = new Date();
    // Checked again at delivery: a client revoked or expired, a subscription deleted or a scope withdrawn since the
    // event stops its deliveries.
    const inactive =
      !row ||
      row.subscription.deletedAt !== null ||
      row.client.revokedAt !== null ||
      row.client.expired ||
      !mayReceiveWebhook(type, row.client.scopes);
    if (inactive) {
      await close(delivery.id, { status: 'FAILED', lastError: 'SUBSCRIPTION_INACTIVE' });
      run.failed += 1;
      continue;
    }
    const body = webhookBody(type, row.event);
    const secrets = [row.subscription.secret];
    if (row.subscription.previousSecret && row.previousSecretValid) secrets.push(row.subscription.previousSecret);
    const signature = secrets.map((secret) => new Webhook(secret).sign(delivery.id, now, body)).join(' ');
    const headers = {
      'webhook-id': delivery.id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature,
      'user-agent': 'Navette-Webhooks/1',
    };
    let status = 0;
    let failure: string | null = null;
    try {
      status = await postWebhook(row.subscription.url, headers, body, options);
      if (status < 200 || status > 299) failure = `HTTP_${status}`;
    } catch (error) {
      failure = error instanceof DeliveryError ? error.code : 'ERROR';
    }
    if (failure === null) {
      await close(delivery.id, { status: 'DELIVERED', deliveredAt: sql`now()`, lastStatus: status, lastError: null });
      run.delivered += 1;
      continue;
    }
    const giveUp = delivery.attempts >= WEBHOOK_MAX_ATTEMPTS;
    rootLogger().warn(
      {
        deliveryId: delivery.id,
        subscriptionId: row.subscription.id,
        attempts: delivery.attempts,
        giveUp,
        err: failure,
      },
      'webhook delivery failed',
    );
    await close(delivery.id, {
      status: giveUp ? 'FAILED' : 'PENDING',
      nextAttemptAt: afterMs(webhookRetryDelayMs(delivery.attempts)),
      lastStatus: status === 0 ? null : status,
      lastError: failure,
    });
    if (giveUp) run.failed += 1;
    else run.retried += 1;
  }
  return run;
}

/** One pass: dispatch every due event to the subscriptions, then send every due delivery. */
export async function runWebhookWorkerOnce(
  db: Database,
  options: WebhookWorkerOptions = {},
): Promise<{ dispatched: number } & WebhookDeliveryRun> {
  let dispatched = 0;
  for (;;) {
    const n = await dispatchWebhookEvents(db, options.batchSize);
    dispatched += n;
    if (n < (options.batchSize ?? 50)) break;
  }
  const total: WebhookDeliveryRun = { delivered: 0, retried: 0, failed: 0 };
  for (;;) {
    const run = await deliverWebhooks(db, options);
    total.delivered += run.delivered;
    total.retried += run.retried;
    total.failed += run.failed;
    if (run.delivered + run.retried + run.failed === 0 || run.retried + run.failed > 0) break;
  }
  return { dispatched, ...total };
}

/** Whether the environment lets webhooks reach private networks (a developer's machine). */
export function webhooksAllowPrivateFromEnvironment(): boolean {
  return process.env['NAVETTE_WEBHOOKS_ALLOW_PRIVATE'] === '1';
}

/** Runs the worker every `intervalMs` (one pass at a time); returns a function that stops it after the pass in flight. */
export function startWebhookWorker(
  db: Database,
  options: WebhookWorkerOptions & { intervalMs?: number } = {},
): () => Promise<void> {
  return startPeriodicJob({
    name: 'webhooks',
    intervalMs: options.intervalMs ?? 2000,
    run: () => runWebhookWorkerOnce(db, options),
    describe: (result) =>
      result.dispatched + result.delivered + result.retried + result.failed > 0
        ? { level: 'info', fields: result, msg: 'webhook run' }
        : undefined,
  });
}
