// The outbox (issue 14 §3, DESIGN §6 "Events"): the one function that writes an event, called inside the transaction
// of the change it announces (a rolled-back change leaves no event). Ids only: the payload never carries a name or
// free text, so that whoever reads the outbox (notification workers, issue 15's webhooks) learns nothing it may not.
import { webhookEventTypeOf } from '@navette/domain';
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { outboxEvents } from './schema/notify.js';

export interface OutboxEvent {
  /** A NotificationKind of @navette/domain, or the outbox type of a public event (WEBHOOK_EVENT_TYPES). */
  type: string;
  subjectType: string;
  subjectId: string;
  /** The organisations whose members must hear about it (nulls, e.g. no prescripteur, are dropped). */
  organisationIds: readonly (string | null | undefined)[];
  /** Other ids the readers need (links). */
  payload?: Record<string, string | null | undefined>;
  /** Once-only key for facts that could be announced twice (daily reminders). */
  dedupKey?: string;
}

/** Writes the event in `tx`; with a `dedupKey` already written, writes nothing. */
export async function recordOutboxEvent(tx: Database, event: OutboxEvent): Promise<void> {
  const organisationIds = [...new Set(event.organisationIds.filter((id): id is string => typeof id === 'string'))];
  if (organisationIds.length === 0) return;
  const payload = Object.fromEntries(
    Object.entries(event.payload ?? {}).map(([key, value]) => [key, value ?? null] as const),
  );
  const row = {
    type: event.type,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    organisationIds,
    payload,
    dedupKey: event.dedupKey ?? null,
    // Only public event types wait for the webhook worker (issue 15 §4); the others are never read for webhooks.
    ...(webhookEventTypeOf(event.type) === null ? { webhooksDispatchedAt: sql`now()` } : {}),
  };
  // Requests (navette_app) may only insert; the once-only path (ON CONFLICT reads the key) is the jobs'.
  if (event.dedupKey) await tx.insert(outboxEvents).values(row).onConflictDoNothing({ target: outboxEvents.dedupKey });
  else await tx.insert(outboxEvents).values(row);
}
