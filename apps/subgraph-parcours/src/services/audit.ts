// Issue 4: every decision is audited, in the same transaction as the decision, so none happens without its trace.
// Reads of personal data are audited once per request and person by @personalData (schema/personal-data.graphql).
import { tables, type Database } from '@navette/db';
import type { ParcoursContext } from '../context.js';

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
