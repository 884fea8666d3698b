// A meeting of a working group, reported once held (accord, article 3: the groups "rendent compte de leurs travaux").
// A date the client gives for an event it reports: not in the future, not before the accord was signed.
import { tables } from '@navette/db';
import { compareIsoDates } from '@navette/domain';
import { dateInput, parseInput, textInput } from '@navette/subgraph-server';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import type { WorkingGroupMeetingRow } from '../services/rows.js';
import { knownId, notAfterToday } from '../services/validation.js';
import { ACCORD_SIGNED_ON } from './record-amendment.js';

const { workingGroups, workingGroupMeetings } = tables;

export const recordWorkingGroupMeetingInput = z.object({
  groupId: z.string(),
  heldOn: dateInput(),
  summary: textInput(20_000),
});

const labels = { groupId: 'Groupe de travail', heldOn: 'Date de la réunion', summary: 'Travaux et décisions' };

export async function recordWorkingGroupMeeting(ctx: PilotageContext, raw: unknown): Promise<WorkingGroupMeetingRow> {
  const input = parseInput(recordWorkingGroupMeetingInput, raw, labels);
  const groupId = knownId(input.groupId, errors.workingGroupNotFound);
  notAfterToday(input.heldOn, ctx.today, 'La date de la réunion');
  if (compareIsoDates(input.heldOn, ACCORD_SIGNED_ON) < 0) throw errors.workingGroupMeetingBeforeAccord(input.heldOn);
  const [group] = await ctx.db.select().from(workingGroups).where(eq(workingGroups.id, groupId));
  if (!group) throw errors.workingGroupNotFound();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${groupId}), hashtext(${input.heldOn}))`);
    const [same] = await tx
      .select()
      .from(workingGroupMeetings)
      .where(and(eq(workingGroupMeetings.groupId, groupId), eq(workingGroupMeetings.heldOn, input.heldOn)));
    if (same) {
      if (same.summary === input.summary) return same;
      throw errors.workingGroupMeetingAlreadyRecorded(input.heldOn);
    }
    const [row] = await tx
      .insert(workingGroupMeetings)
      .values({ groupId, heldOn: input.heldOn, summary: input.summary })
      .returning();
    return row!;
  });
}
