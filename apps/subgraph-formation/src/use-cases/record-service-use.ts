// A Pôle emploi service used during the parcours (accord, fiche 5), or an in-work follow-up (fiche 7), entered by the
// SIAE or its agence; the service must be one its agence offers. Rule: @navette/domain validateParcoursActivity.
import { tables } from '@navette/db';
import { validateParcoursActivity } from '@navette/domain';
import { dateInput, parseInput, isUuid } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FormationContext } from '../context.js';
import { errors } from '../errors.js';
import { approvalOf, callerOf, check, refOf } from '../services/parcours-of-caller.js';

export const recordServiceUseInput = z.object({
  approvalId: z.string(),
  serviceId: z.string(),
  usedOn: dateInput(),
  inWorkFollowUp: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

const labels = { usedOn: 'Date de la prestation', inWorkFollowUp: 'Suivi dans l’emploi' };

export function recordServiceUse(ctx: FormationContext, raw: unknown) {
  const caller = callerOf(ctx, ['SIAE', 'AGENCY']);
  const input = parseInput(recordServiceUseInput, raw, labels);
  return ctx.data(async (tx) => {
    const approval = await approvalOf(tx, caller, input.approvalId);
    check(validateParcoursActivity({ startOn: input.usedOn, endOn: input.usedOn }, approval, 'La prestation'));
    const [service] = isUuid(input.serviceId)
      ? await tx.select().from(tables.employmentServices).where(eq(tables.employmentServices.id, input.serviceId))
      : [];
    if (!service || service.agencyId !== approval.agencyId) throw errors.serviceNotOffered();
    const [row] = await tx
      .insert(tables.serviceUses)
      .values({ ...refOf(approval), serviceId: service.id, usedOn: input.usedOn, inWorkFollowUp: input.inWorkFollowUp })
      .returning();
    return row!;
  });
}
