// Idempotency keys of create mutations (issue 12; docs/security.md "Idempotent writes"): the first answer to a
// (subgraph, principal, key) is kept 24 h with a hash of the request, so a retry or a double click replays it instead
// of writing twice. Rows older than the retention are removed by the expiry job (@navette/subgraph-server).
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgSchema, primaryKey, text, timestamp, varchar } from 'drizzle-orm/pg-core';

export const idempotency = pgSchema('idempotency');

export const idempotencyKeys = idempotency.table(
  'keys',
  {
    /** The subgraph that ran the mutation (the gateway sends the same header to every subgraph of an operation). */
    subgraph: varchar('subgraph', { length: 32 }).notNull(),
    /** `user:<id>` or `client:<id>`: keys are per principal, so nobody can replay another's answer. */
    principal: varchar('principal', { length: 80 }).notNull(),
    key: varchar('key', { length: 100 }).notNull(),
    /** SHA-256 of the canonical request (document, operation name, variables): same key, other input → refused. */
    requestHash: varchar('request_hash', { length: 64 }).notNull(),
    /** IN_PROGRESS while the first request runs, DONE with its response afterwards. */
    state: text('state').notNull().default('IN_PROGRESS'),
    response: jsonb('response').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'keys_pkey', columns: [t.subgraph, t.principal, t.key] }),
    index('keys_created_idx').on(t.createdAt),
    check('keys_state', sql`${t.state} in ('IN_PROGRESS', 'DONE')`),
    check('keys_done_has_response', sql`(${t.state} = 'DONE') = (${t.response} IS NOT NULL)`),
  ],
);
