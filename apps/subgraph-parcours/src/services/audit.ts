// DESIGN §4: "every read of personal data by someone other than its author is audit-logged"; issue 4: every
// decision too. Written in the same transaction as the read or the decision, so neither happens without its trace.
import { tables, type Database } from '@navette/db';
import type { ParcoursContext } from '../context.js';
import type { PersonRow } from '../rows.js';

type AuditCtx = Pick<ParcoursContext, 'actor' | 'client' | 'identity' | 'auditedPeople'>;

/** One PERSON_READ row per person read by someone other than the user who recorded them, once per request. */
export async function auditPersonReads(tx: Database, ctx: AuditCtx, people: readonly PersonRow[]): Promise<void> {
  const fresh = people.filter((p) => p.createdByUserId !== ctx.identity.userId && !ctx.auditedPeople.has(p.id));
  if (fresh.length === 0) return;
  await tx.insert(tables.auditEvents).values(
    fresh.map((p) => ({ ...ctx.actor, client: ctx.client, action: 'PERSON_READ', subjectType: 'Person', subjectId: p.id })),
  );
  for (const p of fresh) ctx.auditedPeople.add(p.id);
}

/** A decision or a change on a person's parcours. Never put free text written about the person in `details`. */
export async function auditDecision(
  tx: Database,
  ctx: Pick<ParcoursContext, 'actor' | 'client'>,
  action: string,
  subject: { type: string; id: string },
  details?: Record<string, unknown>,
): Promise<void> {
  await tx.insert(tables.auditEvents).values({
    ...ctx.actor,
    client: ctx.client,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    details: details ?? null,
  });
}
