// Withdrawing a résiliation request. Article 6 is silent on it; the platform's choice (@navette/domain
// mayWithdrawTermination): while the notice runs, by whoever may act for the signatory that asked, since the
// extraordinary comité meets "pour examiner la demande, entendre les différents avis et prendre toute décision utile".
// The date of withdrawal is the server's. The extraordinary meeting it called is cancelled in the same transaction if
// not held yet (services/extraordinary-meeting.ts): there is no request left to examine.
import { tables } from '@navette/db';
import { mayWithdrawTermination, terminationEffectiveOn } from '@navette/domain';
import { eq, sql } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import { ACCORD_ID, mayActFor } from '../services/accord.js';
import { cancelExtraordinaryMeeting } from '../services/extraordinary-meeting.js';
import type { AccordTerminationRow } from '../services/rows.js';
import { knownId } from '../services/validation.js';

const { accordSignatories, accordTerminations } = tables;

export async function withdrawAccordTermination(
  ctx: PilotageContext,
  args: { id: string },
): Promise<AccordTerminationRow> {
  const id = knownId(args.id, errors.accordTerminationNotFound);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('pilotage.accord_terminations'), hashtext(${ACCORD_ID}))`,
    );
    const [termination] = await tx.select().from(accordTerminations).where(eq(accordTerminations.id, id)).for('update');
    const [signatory] = termination
      ? await tx.select().from(accordSignatories).where(eq(accordSignatories.id, termination.signatoryId))
      : [];
    // A request the caller may not act for is answered exactly as an unknown one.
    const { principal } = ctx;
    if (principal.kind !== 'user' || !termination || !signatory || !mayActFor(principal, signatory))
      throw errors.accordTerminationNotFound();
    const allowed = mayWithdrawTermination(termination, ctx.today);
    if (!allowed.ok) {
      if (allowed.code === 'TERMINATION_ALREADY_WITHDRAWN') {
        // The same withdrawal sent again the same day (a retry, a double click): the one recorded.
        if (termination.withdrawnOn === ctx.today) return termination;
        throw errors.terminationAlreadyWithdrawn(termination.withdrawnOn!);
      }
      throw errors.terminationAlreadyEffective(terminationEffectiveOn(termination.receivedOn));
    }
    await tx
      .update(accordTerminations)
      .set({
        withdrawnOn: ctx.today,
        withdrawnByUserId: principal.userId,
      })
      .where(eq(accordTerminations.id, id));
    await cancelExtraordinaryMeeting(tx, termination, ctx.today);
    const [row] = await tx.select().from(accordTerminations).where(eq(accordTerminations.id, id));
    return row!;
  });
}
