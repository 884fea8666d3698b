// The parcours whose tripartite interview is due (fiche 7): the SIAE's list of interviews to hold. The rule is the
// domain's (exitInterviewsDue, contractEndForExit), the same as the agrément's alerts (approvalAlerts).
import { tables, type Database } from '@navette/db';
import {
  addMonths,
  compareIsoDates,
  contractEndForExit,
  exitInterviewsDue as dueInterviews,
  type IsoDate,
} from '@navette/domain';
import { and, asc, between, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { ExitInterviewDueRow } from '../rows.js';

const { approvals, contracts, exitInterviews } = tables;

/** Parcours whose tripartite interview is due today (fiche 7; rule: domain exitInterviewsDue). */
export async function listExitInterviewsDue(ctx: ParcoursContext): Promise<ExitInterviewDueRow[]> {
  return ctx.data((tx) => exitInterviewsDueIn(tx, ctx.today));
}

/**
 * The same in `tx` (the caller's row-level security, or none for the daily reminders' job), on `today`, for at most
 * `limit` candidate agréments (those ending within 3 months, soonest first).
 */
export async function exitInterviewsDueIn(tx: Database, today: IsoDate, limit = 1000): Promise<ExitInterviewDueRow[]> {
  const horizon = addMonths(today, 3);
  // Candidates: agréments or contracts ending within the next 3 months (the window opens 3 months before the end).
  const viaContracts = tx
    .select({ id: contracts.approvalId })
    .from(contracts)
    .where(and(isNull(contracts.endedOn), between(contracts.endOn, today, horizon)));
  const candidates = await tx
    .select()
    .from(approvals)
    .where(
      and(
        or(between(approvals.endOn, today, horizon), inArray(approvals.id, viaContracts)),
        sql`not exists (select 1 from parcours.exits x where x.approval_id = ${approvals.id})`,
      ),
    )
    .orderBy(asc(approvals.endOn))
    .limit(limit);
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
      today,
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
  return dueInterviews(parcours, today).map((d) => ({
    approval: d.parcours.approval,
    endOn: d.endOn,
    windowStartOn: d.window.from,
    windowEndOn: d.window.to,
  }));
}
