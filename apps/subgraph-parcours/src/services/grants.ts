// What a grant does (explicit, tacit, or on appeal), and the annexe 4 check of a non-initial request it relies on:
// shared by the agence's decision, the director's answer to an appeal and the tacit-grant job.
import { tables, type Database } from '@navette/db';
import {
  approvalEndDate,
  validateExtension,
  validateProlongation,
  validateRenewal,
  validateSuspension,
  type ApprovalHistory,
  type ApprovalRequestKind,
  type IsoDate,
} from '@navette/domain';
import { rootLogger } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import { errors, refusedByDomain } from '../errors.js';
import type { ApprovalRequestRow } from '../rows.js';
import { insertApprovalWithNewNumber } from './approval-numbers.js';
import { detailsOf, historyOf, type RequestDetails } from './approval-history.js';

const { approvals, approvalEvents, approvalRequests } = tables;

/** The domain check of a non-initial request, at filing (`decidedOn` = receipt) and again at decision. */
export function validateRequest(
  kind: ApprovalRequestKind,
  history: ApprovalHistory,
  details: RequestDetails,
  siaeId: string,
  receivedOn: IsoDate,
  decidedOn: IsoDate,
): { ok: true; endOn?: IsoDate; startOn?: IsoDate } | { ok: false; code: string; message: string } {
  switch (kind) {
    case 'SUSPENSION': {
      const r = validateSuspension(history, { startOn: details.suspensionStartOn!, endOn: details.suspensionEndOn! });
      return r.ok ? { ok: true, endOn: r.value.approvalEndOn } : r;
    }
    case 'PROLONGATION': {
      const r = validateProlongation(history, {
        reason: details.prolongationReason!,
        endOn: details.prolongationEndOn!,
        decidedOn,
        requestedOn: receivedOn,
        training:
          details.trainingStartOn && details.trainingEndOn
            ? { startOn: details.trainingStartOn, endOn: details.trainingEndOn }
            : null,
      });
      return r.ok ? { ok: true, endOn: r.value.approvalEndOn, startOn: r.value.prolongation.startOn } : r;
    }
    case 'EXTENSION': {
      const r = validateExtension(history, {
        contract: { siaeId, startOn: details.contractStartOn!, endOn: details.contractEndOn ?? null },
        requestedOn: receivedOn,
      });
      return r.ok ? { ok: true } : r;
    }
    case 'RENEWAL': {
      const r = validateRenewal(history, {
        requestedOn: receivedOn,
        jointAssessmentDone: details.jointAssessmentDone ?? false,
      });
      return r.ok ? { ok: true } : r;
    }
    default:
      return { ok: true };
  }
}

/**
 * What a grant does (explicit, tacit, or on appeal): a new agrément for INITIAL and RENEWAL (24 months from the
 * planned hiring, annexe 4 §2.1), or the change to the agrément for the other kinds. Returns the agrément's id.
 * `strict`: an agent's grant that the rules no longer allow is refused; a tacit grant is recorded as acquired even
 * then, without changing the agrément (and says so in the log).
 */
export async function applyGrant(
  tx: Database,
  request: ApprovalRequestRow,
  on: IsoDate,
  strict: boolean,
): Promise<string | null> {
  const details = detailsOf(request);
  if (request.kind === 'INITIAL' || request.kind === 'RENEWAL') {
    const startOn = details.contractStartOn!;
    const created = await insertApprovalWithNewNumber(tx, on, {
      personId: request.personId,
      siaeId: request.siaeId,
      prescriberOrganisationId: request.prescriberOrganisationId,
      prescriptionId: request.prescriptionId,
      renewsApprovalId: request.kind === 'RENEWAL' ? request.approvalId : null,
      startOn,
      endOn: approvalEndDate({ startOn }),
    });
    await tx
      .update(approvalRequests)
      .set({ resultingApprovalId: created.id })
      .where(eq(approvalRequests.id, request.id));
    return created.id;
  }
  const [approval] = await tx.select().from(approvals).where(eq(approvals.id, request.approvalId!));
  if (!approval) throw errors.approvalNotFound();
  const check = validateRequest(
    request.kind,
    await historyOf(tx, approval),
    details,
    request.siaeId,
    request.receivedOn,
    on,
  );
  if (!check.ok) {
    if (strict) throw refusedByDomain(check);
    rootLogger().warn(
      { approvalRequestId: request.id, approvalId: approval.id, reason: check.code },
      'tacit grant leaves the agrément unchanged',
    );
    return approval.id;
  }
  const event = {
    approvalId: approval.id,
    siaeId: request.siaeId,
    requestId: request.id,
  };
  if (request.kind === 'SUSPENSION') {
    await tx
      .insert(approvalEvents)
      .values({ ...event, kind: 'SUSPENSION', startOn: details.suspensionStartOn!, endOn: details.suspensionEndOn! });
  } else if (request.kind === 'PROLONGATION') {
    await tx.insert(approvalEvents).values({
      ...event,
      kind: 'PROLONGATION',
      startOn: check.startOn!,
      endOn: details.prolongationEndOn!,
      reason: details.prolongationReason!,
    });
  } else if (request.kind === 'EXTENSION') {
    await tx
      .insert(approvalEvents)
      .values({ ...event, kind: 'EXTENSION', startOn: details.contractStartOn!, endOn: details.contractEndOn ?? null });
  }
  if (check.endOn && check.endOn !== approval.endOn) {
    await tx.update(approvals).set({ endOn: check.endOn }).where(eq(approvals.id, approval.id));
  }
  await tx
    .update(approvalRequests)
    .set({ resultingApprovalId: approval.id })
    .where(eq(approvalRequests.id, request.id));
  return approval.id;
}
