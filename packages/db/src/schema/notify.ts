// Notifications (issue 14 §3; DESIGN §6 "Events"): a change someone must hear about writes an event to the outbox in
// the same transaction as the change, so no event exists without its change and no change without its event. Workers
// (FOR UPDATE SKIP LOCKED) fan each event out to the members of the organisations concerned: one in-app notification
// and at most one e-mail per (event, user), whatever the number of workers or retries. The outbox is the one feed of
// events: issue 15's webhooks read the same rows (type, subject ids, organisations; ids only, no personal data).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const notify = pgSchema('notify');

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One event of the domain, written in the transaction of the change. */
export const outboxEvents = notify.table(
  'outbox_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable event type, e.g. PRESCRIPTION_SENT, APPROVAL_REQUEST_GRANTED (NOTIFICATION_KINDS of @navette/domain). */
    type: text('type').notNull(),
    occurredAt: at('occurred_at').notNull().defaultNow(),
    /** The entity the event is about (GraphQL type name and id): readers fetch it with their own rights. */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The organisations concerned (their members are the recipients). */
    organisationIds: uuid('organisation_ids').array().notNull(),
    /** Ids only (other entities the event links), never names or free text. */
    payload: jsonb('payload').$type<Record<string, string | null>>().notNull().default({}),
    /**
     * A key that makes the event once-only when the same fact could be announced twice (the daily reminders:
     * `DEADLINE_TOMORROW:<request>:<date>`); null for events that happen once by construction.
     */
    dedupKey: text('dedup_key'),
    /** Fan-out: when the worker turned the event into notifications and e-mail deliveries. */
    dispatchedAt: at('dispatched_at'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    /** Error code of the last failed attempt (no personal data). */
    lastError: text('last_error'),
    /**
     * Webhooks (issue 15 §4): when the webhook worker turned the event into deliveries to the subscribed API clients.
     * Only events of a public type (WEBHOOK_EVENT_TYPES of @navette/domain) are ever read for webhooks.
     */
    webhooksDispatchedAt: at('webhooks_dispatched_at'),
  },
  (t) => [
    index('outbox_events_webhooks_pending_idx')
      .on(t.occurredAt)
      .where(sql`${t.webhooksDispatchedAt} is null`),
    index('outbox_events_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.dispatchedAt} is null`),
    index('outbox_events_occurred_idx').on(t.occurredAt, t.id),
    uniqueIndex('outbox_events_dedup_key').on(t.dedupKey),
  ],
);

/** In-app notification of one user (the bell): one per (event, user). */
export const notifications = notify.table(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => outboxEvents.id),
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** Path in the recipient's portal, e.g. `/siae/prescriptions/<id>`: a link, never the content. */
    link: text('link').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_event_user_key').on(t.eventId, t.userId),
    index('notifications_user_idx').on(t.userId, t.createdAt, t.id),
    index('notifications_user_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);

/** One e-mail to send: one per (event, user); claimed with a lease so that two workers never send it both. */
export const emailDeliveries = notify.table(
  'email_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => outboxEvents.id),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    link: text('link').notNull(),
    /** PENDING, SENT, FAILED (gave up after the last retry). */
    status: text('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    /** A worker holds the delivery until then (it is sending); after it, another may take it over. */
    lockedUntil: at('locked_until'),
    sentAt: at('sent_at'),
    lastError: text('last_error'),
    createdAt: at('created_at').notNull().defaultNow(),
    /**
     * The user chose the daily digest for this kind: the delivery waits for the day's digest e-mail (never sent on
     * its own); `digestId` names the digest that took it.
     */
    digest: boolean('digest').notNull().default(false),
    digestId: uuid('digest_id').references(() => emailDigests.id),
  },
  (t) => [
    uniqueIndex('email_deliveries_event_user_key').on(t.eventId, t.userId),
    index('email_deliveries_digest_pending_idx')
      .on(t.userId)
      .where(sql`${t.digest} and ${t.status} = 'PENDING' and ${t.digestId} is null`),
    index('email_deliveries_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
    check('email_deliveries_status', sql`${t.status} in ('PENDING', 'SENT', 'FAILED')`),
  ],
);

/**
 * The daily digest of one user (issue 14 §3): one e-mail a day listing the notifications of the kinds they set to
 * DAILY_DIGEST. One row per (user, day in France), whatever the number of workers: the unique key is the guard. Claimed
 * with a lease for sending, like the deliveries.
 */
export const emailDigests = notify.table(
  'email_digests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    /** The day (Europe/Paris) of this digest. */
    day: date('day', { mode: 'string' }).notNull(),
    /** PENDING, SENT, FAILED (gave up after the last retry). */
    status: text('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    lockedUntil: at('locked_until'),
    sentAt: at('sent_at'),
    lastError: text('last_error'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('email_digests_user_day_key').on(t.userId, t.day),
    index('email_digests_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
    check('email_digests_status', sql`${t.status} in ('PENDING', 'SENT', 'FAILED')`),
  ],
);

/**
 * Per user and kind: how e-mails reach them (in-app notifications are always kept). No row: IMMEDIATE. `delivery` is
 * the choice; `email` (delivery is not OFF) stays for the readers of the first version.
 */
export const notificationPreferences = notify.table(
  'preferences',
  {
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    email: boolean('email').notNull(),
    /** IMMEDIATE (one e-mail per notification), DAILY_DIGEST (one e-mail a day), OFF (none). */
    delivery: text('delivery').notNull().default('IMMEDIATE'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check('preferences_delivery', sql`${t.delivery} in ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')`),
  ],
);

/**
 * An API client's subscription to public event types (issue 15 §4), delivered to its URL and signed per the Standard
 * Webhooks scheme. The signing secret must be kept in clear to sign (an HMAC key, like a TLS private key): it is
 * shown once to the client and never returned by the API again; the previous one signs too during a rotation's
 * overlap.
 */
export const webhookSubscriptions = notify.table(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    apiClientId: uuid('api_client_id').notNull(),
    url: text('url').notNull(),
    /** Public event types (`offer.published`…), each within the client's scopes when subscribed. */
    eventTypes: text('event_types').array().notNull(),
    /** `whsec_<base64>`: the HMAC key. */
    secret: text('secret').notNull(),
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: at('previous_secret_expires_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    /** Deleted by the client: no more deliveries; the log stays readable by nobody through the API. */
    deletedAt: at('deleted_at'),
  },
  (t) => [index('webhook_subscriptions_client_idx').on(t.apiClientId)],
);

/** One event to deliver to one subscription: at most one per (subscription, event), claimed with a lease. */
export const webhookDeliveries = notify.table(
  'webhook_deliveries',
  {
    /** Also the `webhook-id` header: the receiver's key to ignore a delivery it already processed. */
    id: uuid('id').primaryKey().defaultRandom(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => outboxEvents.id),
    eventType: text('event_type').notNull(),
    /** PENDING, DELIVERED, FAILED (gave up after the last attempt; a replay makes it PENDING again). */
    status: text('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    lockedUntil: at('locked_until'),
    /** HTTP status of the last answer, if one came. */
    lastStatus: integer('last_status'),
    /** Error code of the last failed attempt (`TIMEOUT`, `ECONNREFUSED`, `HTTP_500`, `PRIVATE_ADDRESS`…). */
    lastError: text('last_error'),
    lastAttemptAt: at('last_attempt_at'),
    deliveredAt: at('delivered_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_subscription_event_key').on(t.subscriptionId, t.eventId),
    index('webhook_deliveries_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
    index('webhook_deliveries_log_idx').on(t.subscriptionId, t.createdAt, t.id),
    check('webhook_deliveries_status', sql`${t.status} in ('PENDING', 'DELIVERED', 'FAILED')`),
  ],
);
