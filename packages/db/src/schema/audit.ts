// The audit trail (issue 4; DESIGN §4 "every read of personal data by someone other than its author is
// audit-logged"): append-only. A trigger (migration 0001) refuses UPDATE and DELETE, whoever asks.
import { bigserial, index, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const audit = pgSchema('audit');

export const auditEvents = audit.table(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** 'user' | 'api_client' | 'anonymous' | 'system' */
    actorKind: text('actor_kind').notNull(),
    actorId: uuid('actor_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    /** Where the request came from: portal name, API client name, job. */
    client: text('client'),
    /** e.g. SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, PERSON_READ, APPROVAL_DECIDED, MEMBERSHIP_CHANGED */
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_events_occurred_idx').on(t.occurredAt),
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_events_actor_idx').on(t.actorId, t.occurredAt),
  ],
);
