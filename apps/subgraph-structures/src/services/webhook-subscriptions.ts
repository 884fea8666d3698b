// An API client's webhook subscriptions (issue 15 §4): made, rotated and deleted by the client itself with its own
// credential; the event types within its scopes (@navette/domain webhooks.ts); the signing secret shown once. Another
// client's subscription or delivery is answered exactly as an unknown one. Every change is audited (never the secret).
import type { Principal } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import {
  validateWebhookEventTypes,
  validateWebhookUrl,
  WEBHOOK_MAX_SUBSCRIPTIONS,
  WEBHOOK_SECRET_OVERLAP_MS,
} from '@navette/domain';
import {
  actorOf,
  clampFirst,
  connectionFromRows,
  decodeCursor,
  recordAudit,
  refusalError,
  timestampKey,
  isUuid,
} from '@navette/subgraph-server';
import { and, count, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import { errors } from '../errors.js';
import { generateWebhookSecret } from '../notifications/webhooks.js';

const { webhookSubscriptions, webhookDeliveries } = tables;

export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

export interface WebhookContext {
  now: Date;
  client: string | null;
  /** A developer's machine and the tests: receivers on loopback and over http accepted. */
  allowPrivateNetworks: boolean;
}

function clientOf(principal: Principal): { clientId: string; scopes: readonly string[] } {
  if (principal.kind !== 'api_client') throw errors.webhooksForApiClientsOnly();
  return { clientId: principal.clientId, scopes: principal.scopes };
}

const mine = (clientId: string, id: string) =>
  and(
    eq(webhookSubscriptions.id, id),
    eq(webhookSubscriptions.apiClientId, clientId),
    isNull(webhookSubscriptions.deletedAt),
  );

export async function listWebhookSubscriptions(db: Database, principal: Principal): Promise<WebhookSubscriptionRow[]> {
  const { clientId } = clientOf(principal);
  return db
    .select()
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.apiClientId, clientId), isNull(webhookSubscriptions.deletedAt)))
    .orderBy(desc(webhookSubscriptions.createdAt), desc(webhookSubscriptions.id));
}

export async function findWebhookSubscription(
  db: Database,
  principal: Principal,
  id: string,
): Promise<WebhookSubscriptionRow> {
  const { clientId } = clientOf(principal);
  if (!isUuid(id)) throw errors.webhookSubscriptionNotFound();
  const [row] = await db.select().from(webhookSubscriptions).where(mine(clientId, id));
  if (!row) throw errors.webhookSubscriptionNotFound();
  return row;
}

export async function createWebhookSubscription(
  db: Database,
  principal: Principal,
  input: { url: string; eventTypes: readonly string[] },
  context: WebhookContext,
): Promise<{ subscription: WebhookSubscriptionRow; secret: string }> {
  const { clientId, scopes } = clientOf(principal);
  const url = validateWebhookUrl(input.url, { allowPrivate: context.allowPrivateNetworks });
  if (!url.ok) throw refusalError(errors, url);
  const types = validateWebhookEventTypes(input.eventTypes, scopes);
  if (!types.ok) throw refusalError(errors, types);
  const secret = generateWebhookSecret();
  const subscription = await db.transaction(async (tx) => {
    // One creation of this client at a time: the count below stays true under concurrent creations.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`webhooks:${clientId}`}))`);
    const [existing] = await tx
      .select({ n: count() })
      .from(webhookSubscriptions)
      .where(and(eq(webhookSubscriptions.apiClientId, clientId), isNull(webhookSubscriptions.deletedAt)));
    if ((existing?.n ?? 0) >= WEBHOOK_MAX_SUBSCRIPTIONS) throw errors.webhookSubscriptionsTooMany();
    const [row] = await tx
      .insert(webhookSubscriptions)
      .values({ apiClientId: clientId, url: url.value, eventTypes: types.value, secret, createdAt: context.now })
      .returning();
    await recordAudit(tx, actorOf(principal), {
      action: 'WEBHOOK_SUBSCRIPTION_CREATED',
      subjectType: 'webhook_subscription',
      subjectId: row!.id,
      details: { eventTypes: types.value, host: new URL(url.value).host },
      client: context.client,
    });
    return row!;
  });
  return { subscription, secret };
}

export async function rotateWebhookSecret(
  db: Database,
  principal: Principal,
  id: string,
  context: WebhookContext,
): Promise<{ subscription: WebhookSubscriptionRow; secret: string }> {
  const { clientId } = clientOf(principal);
  if (!isUuid(id)) throw errors.webhookSubscriptionNotFound();
  const secret = generateWebhookSecret();
  const subscription = await db.transaction(async (tx) => {
    // The row lock orders concurrent rotations: each one's previous secret is the one the other just gave.
    const [current] = await tx.select().from(webhookSubscriptions).where(mine(clientId, id)).for('update');
    if (!current) throw errors.webhookSubscriptionNotFound();
    const previousSecretExpiresAt = new Date(context.now.getTime() + WEBHOOK_SECRET_OVERLAP_MS);
    const [row] = await tx
      .update(webhookSubscriptions)
      .set({ secret, previousSecret: current.secret, previousSecretExpiresAt })
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    await recordAudit(tx, actorOf(principal), {
      action: 'WEBHOOK_SECRET_ROTATED',
      subjectType: 'webhook_subscription',
      subjectId: id,
      details: { previousSecretValidUntil: previousSecretExpiresAt.toISOString() },
      client: context.client,
    });
    return row!;
  });
  return { subscription, secret };
}

export async function deleteWebhookSubscription(
  db: Database,
  principal: Principal,
  id: string,
  context: WebhookContext,
): Promise<boolean> {
  const { clientId } = clientOf(principal);
  if (!isUuid(id)) throw errors.webhookSubscriptionNotFound();
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .update(webhookSubscriptions)
      .set({ deletedAt: context.now })
      .where(mine(clientId, id))
      .returning({ id: webhookSubscriptions.id });
    if (!deleted) throw errors.webhookSubscriptionNotFound();
    await recordAudit(tx, actorOf(principal), {
      action: 'WEBHOOK_SUBSCRIPTION_DELETED',
      subjectType: 'webhook_subscription',
      subjectId: id,
      client: context.client,
    });
    return true;
  });
}

/** The delivery log of one of the client's subscriptions, newest first. */
export async function listWebhookDeliveries(
  db: Database,
  principal: Principal,
  subscriptionId: string,
  args: { first?: number | null; after?: string | null },
) {
  await findWebhookSubscription(db, principal, subscriptionId);
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['timestamp', 'uuid']);
  const where = eq(webhookDeliveries.subscriptionId, subscriptionId);
  const after = key
    ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (${key[0]}::timestamptz, ${key[1]}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...getTableColumns(webhookDeliveries), cursorAt: timestampKey(webhookDeliveries.createdAt) })
    .from(webhookDeliveries)
    .where(and(where, after))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(first + 1);
  const [total] = await db.select({ n: count() }).from(webhookDeliveries).where(where);
  return connectionFromRows(rows, first, (r) => [r.cursorAt, r.id], total?.n ?? 0);
}

/** Sends a delivery again (delivered, failed or waiting): due now, with a fresh count of attempts. */
export async function replayWebhookDelivery(
  db: Database,
  principal: Principal,
  id: string,
  context: WebhookContext,
): Promise<WebhookDeliveryRow> {
  const { clientId } = clientOf(principal);
  if (!isUuid(id)) throw errors.webhookDeliveryNotFound();
  return db.transaction(async (tx) => {
    // One statement: only a delivery of one of the caller's live subscriptions changes (else: as unknown).
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: 'PENDING', attempts: 0, nextAttemptAt: sql`now()`, deliveredAt: null })
      .where(
        and(
          eq(webhookDeliveries.id, id),
          inArray(
            webhookDeliveries.subscriptionId,
            tx
              .select({ id: webhookSubscriptions.id })
              .from(webhookSubscriptions)
              .where(and(eq(webhookSubscriptions.apiClientId, clientId), isNull(webhookSubscriptions.deletedAt))),
          ),
        ),
      )
      .returning();
    if (!row) throw errors.webhookDeliveryNotFound();
    await recordAudit(tx, actorOf(principal), {
      action: 'WEBHOOK_DELIVERY_REPLAYED',
      subjectType: 'webhook_delivery',
      subjectId: id,
      client: context.client,
    });
    return row;
  });
}
