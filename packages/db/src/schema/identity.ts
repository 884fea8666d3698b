// Identities (issue 4): users and their membership of one organisation with a role, sessions (refresh tokens),
// sign-in failures (throttling), API clients of third parties. Secrets are stored hashed only: passwords with
// argon2id, refresh tokens and API client secrets (high-entropy random) with SHA-256 (see @navette/auth).
import { sql } from 'drizzle-orm';
import { index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const identity = pgSchema('identity');

export const userStatus = identity.enum('user_status', ['ACTIVE', 'DISABLED']);
export const role = identity.enum('role', ['PRESCRIBER', 'SIAE', 'AGENCY', 'STEERING', 'STATE', 'ADMIN']);
export const organisationKind = identity.enum('organisation_kind', [
  'SIAE',
  'AGENCY',
  'PRESCRIBER_ORGANIZATION',
  'STATE_SERVICE',
  'STEERING_COMMITTEE',
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
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Recent failed sign-ins per (lower-cased) email, to slow down guessing. */
export const signInFailures = identity.table('sign_in_failures', {
  emailKey: text('email_key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
});

export const apiClients = identity.table('api_clients', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** The organisation responsible for the client (a user's organisation or a State service). */
  ownerDescription: text('owner_description').notNull(),
  secretHash: text('secret_hash').notNull(),
  scopes: text('scopes').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
