// A working group of the comité (accord, article 3: "il approfondi certaines thématiques dans le cadre de groupes de
// travail"; fiche 6: "Mettre en place un groupe de travail réunissant les acteurs régionaux de l'IAE et de la
// formation"), with its member organisations, which must exist in the directory.
import { tables } from '@navette/db';
import { parseInput, textInput } from '@navette/subgraph-server';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import type { WorkingGroupRow } from '../services/rows.js';
import { knownId } from '../services/validation.js';
import { memberCandidates } from '../services/working-groups.js';

const { workingGroups, workingGroupMembers } = tables;

const FICHE_RANGE = 'De 1 à 8, ou aucune';

export const createWorkingGroupInput = z.object({
  name: textInput(200),
  theme: textInput(2_000),
  fiche: z
    .number()
    .int(FICHE_RANGE)
    .min(1, FICHE_RANGE)
    .max(8, FICHE_RANGE)
    .nullish()
    .transform((value) => value ?? null),
  memberIds: z.array(z.string()).min(1, 'Choisissez au moins une organisation').max(100),
});

const labels = { name: 'Nom du groupe', theme: 'Thématique', fiche: 'Fiche action', memberIds: 'Membres' };

export async function createWorkingGroup(ctx: PilotageContext, raw: unknown): Promise<WorkingGroupRow> {
  const { name, theme, fiche, memberIds } = parseInput(createWorkingGroupInput, raw, labels);
  const { principal } = ctx;
  if (principal.kind !== 'user') throw errors.workingGroupNotFound();
  const ids = [...new Set(memberIds.map((id) => knownId(id, errors.workingGroupMemberNotFound)))].sort();
  // An organisation that is not in the directory (forged, or of a kind that may not sit) is answered as unknown.
  if ((await memberCandidates(ctx.db, ids)).length !== ids.length) throw errors.workingGroupMemberNotFound();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pilotage.working_groups'), hashtext(lower(${name})))`);
    const [same] = await tx
      .select()
      .from(workingGroups)
      .where(sql`lower(${workingGroups.name}) = lower(${name})`);
    if (same) {
      // The same group sent again (a retry, a double click): the one created. Another one of that name: a conflict.
      const members = await tx
        .select({ id: workingGroupMembers.organisationId })
        .from(workingGroupMembers)
        .where(eq(workingGroupMembers.groupId, same.id));
      const sameMembers =
        members
          .map((m) => m.id)
          .sort()
          .join() === ids.join();
      if (same.name === name && same.theme === theme && same.fiche === fiche && sameMembers) return same;
      throw errors.workingGroupNameTaken(same.name);
    }
    const [group] = await tx
      .insert(workingGroups)
      .values({ name, theme, fiche, createdByUserId: principal.userId })
      .returning();
    await tx.insert(workingGroupMembers).values(ids.map((organisationId) => ({ groupId: group!.id, organisationId })));
    return group!;
  });
}
