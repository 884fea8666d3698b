// The SIAE answers a prescription addressed to it (fiche 4): it opens it, accepts it, or refuses it with a reason of
// the list (every refusal is motivated).
import { SIAE_REFUSAL_REASON_CODES } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';
import { optionalText } from '../input-fields.js';
import type { PrescriptionRow } from '../rows.js';
import { movePrescription } from '../services/prescription-transitions.js';
import { callerOrganisation, knownId } from '../services/validation.js';

export const answerPrescriptionInput = z
  .object({
    id: z.string(),
    answer: z.enum(['SEE', 'ACCEPT', 'REFUSE']),
    reason: z.string().nullish(),
    comment: optionalText(),
  })
  .superRefine((input, ctx) => {
    if (input.answer !== 'REFUSE') return;
    if (!input.reason || !(SIAE_REFUSAL_REASON_CODES as readonly string[]).includes(input.reason)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'choisissez le motif du refus dans la liste (fiche 4 : tout refus est motivé)',
      });
    } else if (input.reason === 'OTHER' && !input.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'précisez le motif « Autre » dans le commentaire' });
    }
  });
export type AnswerPrescriptionInput = z.input<typeof answerPrescriptionInput>;

export async function answerPrescription(ctx: ParcoursContext, raw: AnswerPrescriptionInput): Promise<PrescriptionRow> {
  const organisationId = callerOrganisation(ctx, 'SIAE');
  const input = parseInput(answerPrescriptionInput, raw, { reason: 'Motif', comment: 'Commentaire' });
  const prescriptionId = knownId(input.id, errors.prescriptionNotFound);
  return movePrescription(ctx, {
    prescriptionId,
    organisationId,
    action: input.answer,
    reason: input.reason,
    comment: input.comment,
  });
}
