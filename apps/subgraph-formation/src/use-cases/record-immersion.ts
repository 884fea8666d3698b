// PMSMP during the parcours (accord, fiche 5), entered by the SIAE that holds the agrément.
// Rule: @navette/domain validateParcoursActivity.
import { tables } from '@navette/db';
import { validateParcoursActivity } from '@navette/domain';
import { dateInput, parseInput, textInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { FormationContext } from '../context.js';
import { approvalOf, callerOf, check, refOf } from '../services/parcours-of-caller.js';

export const recordImmersionInput = z.object({
  approvalId: z.string(),
  hostCompany: textInput(300),
  objective: textInput(1000),
  startOn: dateInput(),
  endOn: dateInput(),
});

const labels = {
  hostCompany: 'Entreprise d’accueil',
  objective: 'Objectif',
  startOn: 'Début de la PMSMP',
  endOn: 'Fin de la PMSMP',
};

export function recordImmersion(ctx: FormationContext, raw: unknown) {
  const caller = callerOf(ctx, ['SIAE']);
  const { approvalId, ...values } = parseInput(recordImmersionInput, raw, labels);
  return ctx.data(async (tx) => {
    const approval = await approvalOf(tx, caller, approvalId);
    check(validateParcoursActivity(values, approval, 'La PMSMP'));
    const [row] = await tx
      .insert(tables.immersions)
      .values({ ...refOf(approval), ...values })
      .returning();
    return row!;
  });
}
