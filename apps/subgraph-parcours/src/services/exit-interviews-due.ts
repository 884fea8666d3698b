// The parcours whose tripartite interview is due (fiche 7): the SIAE's list of interviews to hold. The rule is the
// domain's (exitInterviewsDue, contractEndForExit), the same as the agrément's alerts (approvalAlerts).
import { tables } from '@navette/db';
import { addMonths, compareIsoDates, contractEndForExit, exitInterviewsDue as dueInterviews } from '@navette/domain';
import { and, asc, between, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { ExitInterviewDueRow } from '../rows.js';

const { approvals, contracts, exitInterviews } = tables;

/** Parcours whose tripartite interview is due today (fiche 7; rule: domain exitInterviewsDue). */
export async function listExitInterviewsDue(ctx: ParcoursContext): Promise<ExitInterviewDueRow[]> {
  const horizon = addMonths(ctx.today, 3);
  return ctx.data(async (tx) => {
    // Candidates: agréments or contracts ending within the next 3 months (the window opens 3 months before the end).
    const viaContracts = tx
      .select({ id: contracts.approvalId })
      .from(contracts)
      .where(and(isNull(contracts.endedOn), between(contracts.endOn, ctx.today, horizon)));
    const candidates = await tx
      .select()
      .from(approvals)
      .where(
        and(
          or(between(approvals.endOn, ctx.today, horizon), inArray(approvals.id, viaContracts)),
          sql`not exists (select 1 from parcours.exits x where x.approval_id = ${approvals.id})`,
        ),
      )
      .orderBy(asc(approvals.endOn))
      .limit(1000);
    if (candidates.length === 0) return [];
    const ids = candidates.map((a) => a.id);
    const [openContracts, interviews] = await Promise.all([
      tx
        .select()
        .from(contracts)
        .where(and(inArray(contracts.approvalId, ids), isNull(contracts.endedOn))),
      tx.select().from(exitInterviews).where(inArray(exitInterviews.approvalId, ids)),
    ]);
    const parcours = candidates.map((approval) => {
      // The same contract end as the agrément's alerts (domain contractEndForExit, approvalAlerts).
      const contractEndOn = contractEndForExit(
        openContracts.filter((c) => c.approvalId === approval.id),
        ctx.today,
      );
      const held = interviews
        .filter((i) => i.approvalId === approval.id)
        .map((i) => i.heldOn)
        .sort(compareIsoDates);
      return {
        id: approval.id,
        approval,
        contractEndOn,
        approvalEndOn: approval.endOn,
        exitInterviewOn: held.at(-1) ?? null,
      };
    });
    return dueInterviews(parcours, ctx.today).map((d) => ({
      approval: d.parcours.approval,
      endOn: d.endOn,
      windowStartOn: d.window.from,
      windowEndOn: d.window.to,
    }));
  });
}
