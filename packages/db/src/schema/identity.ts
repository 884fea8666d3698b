// Identities (issue 4): users and their membership of one organisation with a role, sessions (refresh tokens),
// sign-in failures (throttling), API clients of third parties. Secrets are stored hashed only: passwords with
// argon2id, refresh tokens and API client secrets (high-entropy random) with SHA-256 (see @navette/auth).
import { sql } from 'drizzle-orm';
import { date, index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const identity = pgSchema('identity');

export const userStatus = identity.enum('user_status', ['ACTIVE', 'DISABLED']);
export const role = identity.enum('role', ['PRESCRIBER', 'SIAE', 'AGENCY', 'STEERING', 'STATE', 'ADMIN', 'CDIAE']);
export const organisationKind = identity.enum('organisation_kind', [
  'SIAE',
  'AGENCY',
  'PRESCRIBER_ORGANISATION',
  'STATE_SERVICE',
  'STEERING_COMMITTEE',
  'CDIAE',
]);

export const users = identity.table(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    status: userStatus('status').notNull().default('ACTIVE'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

/** One organisation and one role per user; platform administrators belong to none. */
export const memberships = identity.table(
  'memberships',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: role('role').notNull(),
    organisationKind: organisationKind('organisation_kind'),
    /** Id in the owning context (structures.siaes, structures.agencies, …); no cross-context foreign key. */
    organisationId: uuid('organisation_id'),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('memberships_organisation_idx').on(t.organisationKind, t.organisationId)],
);

export const sessions = identity.table(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    refreshTokenHash: text('refresh_token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    renewedAt: timestamp('renewed_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /**
     * Why the session ended early: SIGNED_OUT, USER_DISABLED, REFRESH_TOKEN_REUSED (issue 11), REVOKED_BY_USER,
     * PASSWORD_CHANGED (issue 14, "Mon compte").
     */
    revokedReason: text('revoked_reason'),
    /**
     * A short label of the device the session was opened from ("Firefox sur Linux"), worked out from the user agent at
     * sign-in (issue 14): shown to the user in "Mon compte". Neither the raw user agent nor the address is kept.
     */
    deviceLabel: text('device_label'),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    // The gateways' principal caches read the sessions revoked since their last look, once a second at most (issue 16).
    index('sessions_revoked_at_idx')
      .on(t.revokedAt)
      .where(sql`${t.revokedAt} is not null`),
  ],
);

/**
 * Recent failed sign-ins per (lower-cased) email, from every source: the account-wide signal (issue 11) that tells the
 * user at the next sign-in and the administrators (ACCOUNT_UNDER_ATTACK) — it never refuses a sign-in by itself.
 * `failures` counts every attempt that has not (yet) succeeded, counted before the password is checked.
 */
export const signInFailures = identity.table('sign_in_failures', {
  emailKey: text('email_key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  /** When ACCOUNT_UNDER_ATTACK was last audited for this account (once per window). */
  attackReportedAt: timestamp('attack_reported_at', { withTimezone: true }),
});

/**
 * Recent failed sign-ins per (email, source) — the source is the client IP, or the API client calling (issue 11):
 * delays and refusals apply to this pair only, so that a flood from one source never locks the real user out.
 */
export const signInSourceFailures = identity.table(
  'sign_in_source_failures',
  {
    emailKey: text('email_key').notNull(),
    source: text('source').notNull(),
    failures: integer('failures').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.emailKey, t.source] }),
    index('sign_in_source_failures_last_idx').on(t.lastFailureAt),
  ],
);

/**
 * Refresh tokens already rotated away (hashed), with the session — the token family — they belonged to: presenting
 * one again means it was copied, and the whole session is revoked (issue 11, theft detection).
 */
export const rotatedRefreshTokens = identity.table(
  'rotated_refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rotated_refresh_tokens_session_idx').on(t.sessionId)],
);

/**
 * Counters of the rate limits (issue 11), shared by every gateway and subgraph process on this database: one row per
 * (rule, key) — rate-limiter-flexible's store layout (key, points, expire).
 */
export const rateLimits = identity.table(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull(),
    expire: timestamp('expire', { withTimezone: true }),
  },
  (t) => [index('rate_limits_expire_idx').on(t.expire)],
);

/**
 * API clients of third parties (issue 15 §1): created for an organisation by a platform administrator or the service de
 * l'État of its territory, with scopes, an expiry and a budget. The secret is stored hashed only; after a rotation the
 * previous one stays valid until `previous_secret_expires_at` (server-set overlap), then never again.
 */
export const apiClients = identity.table(
  'api_clients',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** The organisation responsible for the client (a user's organisation or a State service). */
    ownerDescription: text('owner_description').notNull(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The organisation the client was given to (null for the clients made before issue 15). */
    organisationKind: organisationKind('organisation_kind'),
    organisationId: uuid('organisation_id'),
    /** The organisation's département when the client was made (its État sees it); null: regional. */
    departementCode: text('departement_code'),
    /** The user who made it, revoked it. */
    createdBy: uuid('created_by'),
    revokedBy: uuid('revoked_by'),
    /** The secret before the last rotation, valid until `previousSecretExpiresAt`. */
    previousSecretHash: text('previous_secret_hash'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
    secretRotatedAt: timestamp('secret_rotated_at', { withTimezone: true }),
    /** The last call seen (written by the gateways' usage flush, every ~10 s, not per request). */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    /** The client's own budget, replacing the defaults at the gateway: cost per operation, operations per minute. */
    maxCostPerOperation: integer('max_cost_per_operation'),
    requestsPerMinute: integer('requests_per_minute'),
  },
  (t) => [
    // The principal caches read the clients revoked or rotated since their last look (issue 16 §1, issue 15 §1).
    index('api_clients_revoked_at_idx')
      .on(t.revokedAt)
      .where(sql`${t.revokedAt} is not null`),
    index('api_clients_secret_rotated_at_idx')
      .on(t.secretRotatedAt)
      .where(sql`${t.secretRotatedAt} is not null`),
    index('api_clients_departement_idx').on(t.departementCode),
  ],
);

/** Calls per API client and day (Europe/Paris), counted in the gateways' memory and added in batches. */
export const apiClientDailyUsage = identity.table(
  'api_client_daily_usage',
  {
    clientId: uuid('client_id')
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    calls: integer('calls').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.day] })],
);

/**
 * Password reset by e-mail (issue 14 §2): a single-use token with a short expiry, stored hashed (SHA-256 of a
 * high-entropy random secret, like refresh tokens). The e-mail carries the token; the database never does.
 */
export const passwordResetTokens = identity.table(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId, t.createdAt)],
);

/**
 * OIDC sign-in (issue 15 §6): the ids of the identity assertions the gateway made and the structures subgraph already
 * turned into a session. An assertion lives a minute at most and is accepted once: a second use of its id is a replay,
 * refused. Rows past their expiry are of no use and are deleted as new ones come.
 */
export const usedIdentityAssertions = identity.table('used_identity_assertions', {
  id: uuid('id').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
