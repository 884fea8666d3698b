// Events of the parcours that someone must hear about (issue 14 §3), written to the outbox in the transaction of the
// change (recordOutboxEvent). Ids only.
import { recordOutboxEvent, type Database } from '@navette/db';
import type { NotificationKind } from '@navette/domain';
import type { ApprovalRequestRow } from '../rows.js';

/** A decision on a demande d'agrément (granted, refused, tacitly granted): the SIAE and the prescripteur hear of it. */
export async function recordApprovalDecisionEvent(
  tx: Database,
  request: ApprovalRequestRow,
  type: Extract<
    NotificationKind,
    'APPROVAL_REQUEST_GRANTED' | 'APPROVAL_REQUEST_REFUSED' | 'APPROVAL_REQUEST_TACITLY_GRANTED'
  >,
): Promise<void> {
  await recordOutboxEvent(tx, {
    type,
    subjectType: 'ApprovalRequest',
    subjectId: request.id,
    organisationIds: [request.siaeId, request.prescriberOrganisationId],
    payload: { prescriptionId: request.prescriptionId, approvalId: request.approvalId ?? null },
  });
}
