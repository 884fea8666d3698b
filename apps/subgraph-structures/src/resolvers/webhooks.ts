// Webhook subscriptions of the calling API client (issue 15 §4): thin resolvers over services/webhook-subscriptions.ts.
import { WEBHOOK_EVENT_TYPES } from '@navette/domain';
import type {
  MutationResolvers,
  QueryResolvers,
  WebhookDeliveryResolvers,
  WebhookSubscriptionResolvers,
} from '../generated/resolvers-types.js';
import type { StructuresContext } from '../context.js';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  findWebhookSubscription,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  replayWebhookDelivery,
  rotateWebhookSecret,
} from '../services/webhook-subscriptions.js';

const contextOf = ({ now, client, webhooksAllowPrivate }: StructuresContext) => ({
  now,
  client,
  allowPrivateNetworks: webhooksAllowPrivate,
});

export const webhookQuery: Pick<QueryResolvers, 'webhookEventTypes' | 'webhookSubscriptions' | 'webhookSubscription'> =
  {
    webhookEventTypes: () =>
      Object.entries(WEBHOOK_EVENT_TYPES).map(([type, spec]) => ({
        type,
        description: spec.description,
        scope: spec.scope,
      })),
    webhookSubscriptions: (_parent, _args, { db, principal }) => listWebhookSubscriptions(db, principal),
    webhookSubscription: (_parent, { id }, { db, principal }) => findWebhookSubscription(db, principal, id),
  };

export const webhookMutation: Pick<
  MutationResolvers,
  'createWebhookSubscription' | 'rotateWebhookSecret' | 'deleteWebhookSubscription' | 'replayWebhookDelivery'
> = {
  createWebhookSubscription: (_parent, { input }, ctx) =>
    createWebhookSubscription(ctx.db, ctx.principal, input, contextOf(ctx)),
  rotateWebhookSecret: (_parent, { id }, ctx) => rotateWebhookSecret(ctx.db, ctx.principal, id, contextOf(ctx)),
  deleteWebhookSubscription: (_parent, { id }, ctx) =>
    deleteWebhookSubscription(ctx.db, ctx.principal, id, contextOf(ctx)),
  replayWebhookDelivery: (_parent, { id }, ctx) => replayWebhookDelivery(ctx.db, ctx.principal, id, contextOf(ctx)),
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const WebhookSubscription: WebhookSubscriptionResolvers = {
  createdAt: (row) => row.createdAt.toISOString(),
  previousSecretValidUntil: (row, _args, { now }) =>
    row.previousSecret !== null && row.previousSecretExpiresAt !== null && row.previousSecretExpiresAt > now
      ? row.previousSecretExpiresAt.toISOString()
      : null,
  deliveries: (row, args, { db, principal }) => listWebhookDeliveries(db, principal, row.id, args),
};

export const WebhookDelivery: WebhookDeliveryResolvers = {
  status: (row) => row.status as 'PENDING' | 'DELIVERED' | 'FAILED',
  lastAttemptAt: (row) => iso(row.lastAttemptAt),
  nextAttemptAt: (row) => (row.status === 'PENDING' ? row.nextAttemptAt.toISOString() : null),
  deliveredAt: (row) => iso(row.deliveredAt),
  createdAt: (row) => row.createdAt.toISOString(),
};
