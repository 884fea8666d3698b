// A prescripteur sends a prescription (fiche navette, fiche 4) for a person it has diagnosed, to a SIAE, possibly on
// one of its job offers.
import { recordOutboxEvent, tables } from '@navette/db';
import { parseInput } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { refuseIfAnonymised } from '../services/people.js';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';
import { requiredText } from '../input-fields.js';
import type { PrescriptionRow } from '../rows.js';
import { assertCanPrescribe } from '../services/directory.js';
import { recordPrescriptionEvent } from '../services/prescriptions.js';
import { callerPrescriber, knownId, pgCode } from '../services/validation.js';

export const sendPrescriptionInput = z.object({
  personId: z.string(),
  diagnosisId: z.string(),
  siaeId: z.string(),
  jobOfferId: z.string().nullish(),
  message: requiredText(),
});
export type SendPrescriptionInput = z.input<typeof sendPrescriptionInput>;

export async function sendPrescription(ctx: ParcoursContext, raw: SendPrescriptionInput): Promise<PrescriptionRow> {
  const organisationId = callerPrescriber(ctx);
  const input = parseInput(sendPrescriptionInput, raw, { message: 'Message à la SIAE' });
  const personId = knownId(input.personId, errors.personNotFound);
  const diagnosisId = knownId(input.diagnosisId, errors.diagnosisNotFound);
  const siaeId = knownId(input.siaeId, errors.siaeNotFound);
  const jobOfferId = input.jobOfferId ? knownId(input.jobOfferId, errors.jobOfferNotFound) : null;
  return ctx.data(async (tx) => {
    await assertCanPrescribe(tx, organisationId, ctx.today, ctx.principal);
    const [diagnosis] = await tx
      .select()
      .from(tables.eligibilityDiagnoses)
      .where(eq(tables.eligibilityDiagnoses.id, diagnosisId));
    if (!diagnosis || diagnosis.personId !== personId) throw errors.diagnosisNotFound();
    await refuseIfAnonymised(tx, personId);
    if (diagnosis.prescriberOrganisationId !== organisationId) throw errors.diagnosisOfAnotherOrganisation();
    const [siae] = await tx.select({ id: tables.siaes.id }).from(tables.siaes).where(eq(tables.siaes.id, siaeId));
    if (!siae) throw errors.siaeNotFound();
    try {
      const [row] = await tx
        .insert(tables.prescriptions)
        .values({
          personId,
          diagnosisId,
          prescriberOrganisationId: organisationId,
          prescriberUserId: ctx.identity.userId,
          siaeId,
          jobOfferId,
          message: input.message,
        })
        .returning();
      await recordPrescriptionEvent(tx, ctx, row!);
      // Issue 14 §3: the SIAE hears of it (outbox, same transaction).
      await recordOutboxEvent(tx, {
        type: 'PRESCRIPTION_SENT',
        subjectType: 'Prescription',
        subjectId: row!.id,
        organisationIds: [siaeId],
        payload: { prescriptionId: row!.id },
      });
      return row!;
    } catch (error) {
      if (pgCode(error) === '23505') throw errors.prescriptionAlreadyInProgress();
      throw error;
    }
  });
}
