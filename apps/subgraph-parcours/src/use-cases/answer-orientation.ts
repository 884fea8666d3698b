// The prescripteur answers an orientation it received (accord, annexe 4 §3): accepts (then diagnoses the person) or
// declines with a reason. One answer: the update is conditional on the status the domain allows to start from, so two
// agents answering at once record one answer and the other is told it was given.
import { tables } from '@navette/db';
import {
  orientationActionSources,
  orientationReason,
  orientationTransition,
  type OrientationAction,
} from '@navette/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import type { OrientationRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { callerPrescriber, knownId } from '../services/validation.js';

const { orientations } = tables;

export async function answerOrientation(
  ctx: ParcoursContext,
  args: { id: string; action: OrientationAction; reason?: string | null },
): Promise<OrientationRow> {
  // The prescripteur it was oriented to: a prescripteur's organisation or an agence Pôle emploi (seed 004).
  const organisationId = callerPrescriber(ctx);
  const id = knownId(args.id, errors.orientationNotFound);
  let declineReason: string | null = null;
  if (args.action === 'DECLINE') {
    const reason = orientationReason(args.reason, 'DECLINE');
    if (!reason.ok) throw refusedByDomain(reason, 'BAD_USER_INPUT', { field: 'Motif' });
    declineReason = reason.value;
  }
  return ctx.data(async (tx) => {
    const [orientation] = await tx.select().from(orientations).where(eq(orientations.id, id));
    if (!orientation) throw errors.orientationNotFound();
    if (orientation.prescriberOrganisationId !== organisationId) throw errors.onlyAddresseeMayAnswerOrientation();
    const next = orientationTransition(orientation.status, args.action);
    if (!next.ok) throw refusedByDomain(next, 'CONFLICT');
    const [updated] = await tx
      .update(orientations)
      .set({
        status: next.value,
        declineReason,
        answeredAt: sql`now()`,
        answeredByUserId: ctx.identity.userId,
      })
      .where(and(eq(orientations.id, id), inArray(orientations.status, [...orientationActionSources(args.action)])))
      .returning();
    if (!updated) {
      // Answered by someone else since it was read: the domain says how it stands now.
      const [now] = await tx.select().from(orientations).where(eq(orientations.id, id));
      const refusal = orientationTransition(now!.status, args.action);
      throw refusal.ok ? errors.orientationNotFound() : refusedByDomain(refusal, 'CONFLICT');
    }
    await auditDecision(tx, ctx, args.action === 'ACCEPT' ? 'ORIENTATION_ACCEPTED' : 'ORIENTATION_DECLINED', {
      type: 'Orientation',
      id,
    });
    return updated;
  });
}
