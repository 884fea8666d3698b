// The prescripteur withdraws its prescription while the SIAE has not accepted it (fiche 4).
import { parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';
import type { PrescriptionRow } from '../rows.js';
import { movePrescription } from '../services/prescription-transitions.js';
import { callerPrescriber, knownId } from '../services/validation.js';

export const withdrawPrescriptionInput = z.object({ id: z.string() });
export type WithdrawPrescriptionInput = z.input<typeof withdrawPrescriptionInput>;

export async function withdrawPrescription(
  ctx: ParcoursContext,
  raw: WithdrawPrescriptionInput,
): Promise<PrescriptionRow> {
  const organisationId = callerPrescriber(ctx);
  const input = parseInput(withdrawPrescriptionInput, raw);
  const prescriptionId = knownId(input.id, errors.prescriptionNotFound);
  return movePrescription(ctx, { prescriptionId, organisationId, action: 'WITHDRAW' });
}
