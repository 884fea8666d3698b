// A SIAE records the sortie (fiche 7): a fact, recorded once it happened, ending a contract of this SIAE under the
// agrément (domain validateExitDate). The person leaves: the SIAE's open contracts end on the exit day, and requests
// still pending on the agrément are closed (exit-closure.ts, issue 13).
import { tables } from '@navette/db';
import { EXIT_OUTCOMES, validateExitDate } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, eq, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import { optionalText, requiredIsoDate } from '../input-fields.js';
import type { ApprovalRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { closePendingRequestsAfterExit } from '../services/exit-closure.js';
import { approvalOfSiae } from '../services/siae-approval.js';
import { callerOrganisation } from '../services/validation.js';

const { contracts, exits } = tables;

const MAX_SKILLS = 50;
const MAX_SKILL_LENGTH = 300;

export const recordExitInput = z.object({
  approvalId: z.string(),
  exitOn: requiredIsoDate(),
  outcome: z.enum(EXIT_OUTCOMES),
  // One skill a line, blank lines dropped.
  skills: z
    .array(z.string())
    .transform((lines) => lines.map((s) => s.trim()).filter((s) => s.length > 0))
    .refine(
      (skills) => skills.length <= MAX_SKILLS && skills.every((s) => s.length <= MAX_SKILL_LENGTH),
      `${MAX_SKILLS} lignes de ${MAX_SKILL_LENGTH} caractères au plus`,
    ),
  comment: optionalText(),
});
export type RecordExitInput = z.input<typeof recordExitInput>;

const LABELS = {
  exitOn: 'Date de sortie',
  outcome: 'Issue de la sortie',
  skills: 'Compétences',
  comment: 'Commentaire',
};

export async function recordExit(ctx: ParcoursContext, raw: RecordExitInput): Promise<ApprovalRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const input = parseInput(recordExitInput, raw, LABELS);
  const { exitOn } = input;
  return ctx.data(async (tx) => {
    // Locked: a second sortie recorded at once waits, then finds the first.
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    const done = await tx
      .select({ id: exits.id })
      .from(exits)
      .where(and(eq(exits.approvalId, approval.id), eq(exits.siaeId, siaeId)));
    if (done.length > 0) throw errors.exitAlreadyRecorded('exit');
    // fiche 7 (domain validateExitDate): a sortie has happened, and ends a contract of this SIAE.
    const own = await tx
      .select()
      .from(contracts)
      .where(and(eq(contracts.approvalId, approval.id), eq(contracts.siaeId, siaeId)));
    const check = validateExitDate(
      exitOn,
      ctx.today,
      own.map((c) => ({ startOn: c.startOn, endOn: c.endOn })),
    );
    if (!check.ok) throw refusedByDomain(check);
    await tx.insert(exits).values({
      approvalId: approval.id,
      personId: approval.personId,
      siaeId,
      exitOn,
      outcome: input.outcome,
      skills: input.skills,
      comment: input.comment,
      recordedByUserId: ctx.identity.userId,
    });
    // The person leaves: contracts of this SIAE still open end on the exit day.
    await tx
      .update(contracts)
      .set({ endedOn: exitOn })
      .where(
        and(
          eq(contracts.approvalId, approval.id),
          eq(contracts.siaeId, siaeId),
          isNull(contracts.endedOn),
          lte(contracts.startOn, exitOn),
        ),
      );
    // The parcours has ended: requests still pending on the agrément have no object any more (issue 13).
    await closePendingRequestsAfterExit(tx, ctx, approval.id, exitOn);
    await auditDecision(tx, ctx, 'EXIT_RECORDED', { type: 'Approval', id: approval.id }, { outcome: input.outcome });
    return approval;
  });
}
