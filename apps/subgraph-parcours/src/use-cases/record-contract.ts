// A SIAE records a contract under an agrément (annexe 4 §2.1: the agrément's 24 months run from the first hiring in
// a SIAE; §2.2.8: an AI's mises à disposition). The reality checks are @navette/domain's (reality.ts): the contract
// fits the SIAE's kind, its dates are possible, a mise à disposition keeps to the hours of §2.2.8.
import { tables } from '@navette/db';
import {
  ACCORD_BFC_IN_FORCE_FROM,
  AI_SECTORS,
  CONTRACT_KIND_LABELS,
  addMonths,
  approvalEndDate,
  formatFrenchDate,
  isApprovalActive,
  isApprovalStartCovered,
  isWithin,
  prescriptionTransition,
  validateAiPlacement,
  validateContract,
  validateContractPeriod,
  type ContractKind,
} from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain, withDetails } from '../errors.js';
import { optionalIsoDate, requiredIsoDate } from '../input-fields.js';
import type { ApprovalRow } from '../rows.js';
import { historyOf } from '../services/approval-history.js';
import { auditDecision } from '../services/audit.js';
import { siaeFacts } from '../services/directory.js';
import { recordPrescriptionEvent } from '../services/prescriptions.js';
import { approvalOfSiae } from '../services/siae-approval.js';
import { callerOrganisation } from '../services/validation.js';

const { approvals, contracts } = tables;

const CONTRACT_KINDS = Object.keys(CONTRACT_KIND_LABELS) as [ContractKind, ...ContractKind[]];

export const recordContractInput = z.object({
  approvalId: z.string(),
  kind: z.enum(CONTRACT_KINDS),
  startOn: requiredIsoDate(),
  endOn: optionalIsoDate(),
  // Whole number of at least 1 and within the weeks of the mission: the domain's check (AI_HOURS_OUT_OF_BOUNDS).
  aiSector: z.enum(AI_SECTORS).nullish(),
  aiHours: z.number().nullish(),
});
export type RecordContractInput = z.input<typeof recordContractInput>;

const LABELS = {
  kind: 'Type de contrat',
  startOn: 'Début du contrat',
  endOn: 'Fin du contrat',
  aiSector: 'Secteur',
  aiHours: 'Heures',
};

export async function recordContract(ctx: ParcoursContext, raw: RecordContractInput): Promise<ApprovalRow> {
  const siaeId = callerOrganisation(ctx, 'SIAE');
  const input = parseInput(recordContractInput, raw, LABELS);
  const { startOn, endOn } = input;
  const period = validateContractPeriod(startOn, endOn);
  if (!period.ok) throw refusedByDomain(period, 'BAD_USER_INPUT', { field: LABELS.endOn });
  const ai = input.kind === 'MISE_A_DISPOSITION_AI';
  if (!ai && (input.aiSector != null || input.aiHours != null))
    throw withDetails(errors.aiDetailsWithoutPlacement(), { field: LABELS.aiHours });
  return ctx.data(async (tx) => {
    // Another SIAE's agrément is not found, whatever the contract: nothing that depends on the SIAE is checked first.
    const approval = await approvalOfSiae(tx, siaeId, input.approvalId);
    // Reality checks of @navette/domain: the contract fits the SIAE's kind, its dates are possible (issue 13).
    const siae = await siaeFacts(tx, siaeId);
    const fits = validateContract(siae.kind, { kind: input.kind, startOn, endOn });
    if (!fits.ok) throw refusedByDomain(fits);
    const history = await historyOf(tx, approval);
    if (ai) {
      // annexe 4 §2.2.8: hours in the secteur marchand over the 2 years up to this mise à disposition.
      const since = addMonths(startOn, -24);
      const others = await tx
        .select()
        .from(contracts)
        .where(and(eq(contracts.approvalId, approval.id), eq(contracts.kind, 'MISE_A_DISPOSITION_AI')));
      const marchandHoursBefore = others
        .filter((c) => c.aiSector === 'MARCHAND' && c.aiHours != null && isWithin(c.startOn, since, startOn))
        .reduce((sum, c) => sum + c.aiHours!, 0);
      const placement = validateAiPlacement({
        sector: input.aiSector,
        hours: input.aiHours,
        startOn,
        endOn,
        marchandHoursBefore,
      });
      if (!placement.ok) throw refusedByDomain(placement);
    }
    const first = (history.contracts ?? []).length === 0;
    if (first) {
      // accord, annexe 4 §2.1: the 24 months run from the first hiring in a SIAE — the duration in force on that day
      // (domain APPROVAL_DURATION_RULE); none is before the accord régional, so such a start is refused, not guessed.
      if (!isApprovalStartCovered(startOn))
        throw errors.approvalStartBeforeRule(formatFrenchDate(ACCORD_BFC_IN_FORCE_FROM));
      const endOfPeriod = approvalEndDate({ ...history, startOn });
      await tx.update(approvals).set({ startOn, endOn: endOfPeriod }).where(eq(approvals.id, approval.id));
    } else if (!isApprovalActive(history, startOn)) {
      throw withDetails(
        errors.contractOutsideApproval(formatFrenchDate(approval.startOn), formatFrenchDate(approval.endOn)),
        { field: LABELS.startOn },
      );
    }
    await tx.insert(contracts).values({
      approvalId: approval.id,
      personId: approval.personId,
      siaeId,
      kind: input.kind,
      startOn,
      endOn,
      aiSector: ai ? input.aiSector! : null,
      aiHours: ai ? input.aiHours! : null,
      recordedByUserId: ctx.identity.userId,
    });
    if (approval.prescriptionId && first) {
      const [prescription] = await tx
        .select()
        .from(tables.prescriptions)
        .where(eq(tables.prescriptions.id, approval.prescriptionId));
      if (prescription && prescriptionTransition(prescription.status, 'HIRE').ok) {
        const [hired] = await tx
          .update(tables.prescriptions)
          .set({ status: 'HIRED', updatedAt: new Date() })
          .where(eq(tables.prescriptions.id, prescription.id))
          .returning();
        await recordPrescriptionEvent(tx, ctx, hired!);
      }
    }
    await auditDecision(tx, ctx, 'CONTRACT_RECORDED', { type: 'Approval', id: approval.id }, { kind: input.kind });
    const [fresh] = await tx.select().from(approvals).where(eq(approvals.id, approval.id));
    return fresh!;
  });
}
