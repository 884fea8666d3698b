// A proposal of a working group to the comité (accord, article 3: the groups "lui rendent compte de leurs travaux";
// fiche 6: "élaborer des propositions"). Its day of submission is the server's; it goes on the agenda of the first
// comité meeting whose documents can still be sent in time (@navette/domain steeringMeetingForProposal).
import { tables } from '@navette/db';
import { parseInput, textInput } from '@navette/subgraph-server';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import type { WorkingGroupProposalRow } from '../services/rows.js';
import { knownId } from '../services/validation.js';

const { workingGroups, workingGroupProposals } = tables;

export const submitWorkingGroupProposalInput = z.object({
  groupId: z.string(),
  title: textInput(300),
  summary: textInput(20_000),
});

const labels = { groupId: 'Groupe de travail', title: 'Intitulé', summary: 'Proposition' };

export async function submitWorkingGroupProposal(ctx: PilotageContext, raw: unknown): Promise<WorkingGroupProposalRow> {
  const input = parseInput(submitWorkingGroupProposalInput, raw, labels);
  const groupId = knownId(input.groupId, errors.workingGroupNotFound);
  const [group] = await ctx.db.select().from(workingGroups).where(eq(workingGroups.id, groupId));
  if (!group) throw errors.workingGroupNotFound();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${groupId}), hashtext(lower(${input.title})))`);
    const [same] = await tx
      .select()
      .from(workingGroupProposals)
      .where(
        and(
          eq(workingGroupProposals.groupId, groupId),
          sql`lower(${workingGroupProposals.title}) = lower(${input.title})`,
        ),
      );
    if (same) {
      if (same.title === input.title && same.summary === input.summary) return same;
      throw errors.workingGroupProposalAlreadySubmitted(same.title);
    }
    const [row] = await tx
      .insert(workingGroupProposals)
      .values({ groupId, title: input.title, summary: input.summary, submittedOn: ctx.today })
      .returning();
    return row!;
  });
}
