// Préparation opérationnelle à l'emploi during the parcours (accord, fiche 7), entered by the SIAE or its agence.
// Rule: @navette/domain validateParcoursActivity.
import { tables } from '@navette/db';
import { validateParcoursActivity } from '@navette/domain';
import { dateInput, parseInput, textInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { FormationContext } from '../context.js';
import { approvalOf, callerOf, check, refOf } from '../services/parcours-of-caller.js';

export const recordPoeInput = z.object({
  approvalId: z.string(),
  employer: textInput(300),
  // Its bounds are the domain's (ACTIVITY_HOURS_INVALID).
  hours: z.number().int(),
  startOn: dateInput(),
  endOn: dateInput(),
});

const labels = { employer: 'Employeur', hours: 'Nombre d’heures', startOn: 'Début de la POE', endOn: 'Fin de la POE' };

export function recordPoe(ctx: FormationContext, raw: unknown) {
  const caller = callerOf(ctx, ['SIAE', 'AGENCY']);
  const { approvalId, ...values } = parseInput(recordPoeInput, raw, labels);
  return ctx.data(async (tx) => {
    const approval = await approvalOf(tx, caller, approvalId);
    check(validateParcoursActivity(values, approval, 'La POE'));
    const [row] = await tx
      .insert(tables.poes)
      .values({ ...refOf(approval), ...values })
      .returning();
    return row!;
  });
}
