// Heures de formation during the parcours (accord, fiche 6: "heures de formation réalisées pendant le parcours"),
// entered by the SIAE that holds the agrément. Rule: @navette/domain validateParcoursActivity.
import { TRAINING_KINDS, validateParcoursActivity } from '@navette/domain';
import { dateInput, parseInput, textInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { FormationContext } from '../context.js';
import { tables } from '@navette/db';
import { approvalOf, callerOf, check, refOf } from '../services/parcours-of-caller.js';

export const recordTrainingInput = z.object({
  approvalId: z.string(),
  kind: z.enum(TRAINING_KINDS),
  title: textInput(300),
  organisation: textInput(300),
  // Its bounds are the domain's (ACTIVITY_HOURS_INVALID).
  hours: z.number().int(),
  startOn: dateInput(),
  endOn: dateInput(),
});

const labels = {
  title: 'Intitulé',
  organisation: 'Organisme de formation',
  hours: 'Nombre d’heures',
  startOn: 'Début de la formation',
  endOn: 'Fin de la formation',
};

export function recordTraining(ctx: FormationContext, raw: unknown) {
  const caller = callerOf(ctx, ['SIAE']);
  const { approvalId, ...values } = parseInput(recordTrainingInput, raw, labels);
  return ctx.data(async (tx) => {
    const approval = await approvalOf(tx, caller, approvalId);
    check(validateParcoursActivity(values, approval, 'La formation'));
    const [row] = await tx
      .insert(tables.trainingRecords)
      .values({ ...refOf(approval), ...values })
      .returning();
    return row!;
  });
}
