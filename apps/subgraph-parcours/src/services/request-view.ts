// What a demande d'agrément shows besides its columns: its status today, the working days left to decide, its appeal.
import { approvalRequestStatusOn, countWorkingDaysBetween } from '@navette/domain';
import type { ApprovalRequestRow } from '../rows.js';

/** Labels of the appeal's answer (annexe 4 §2.2.3: written appeal to the agency director). */
const APPEAL_STATUS_LABELS = {
  PENDING: 'Recours en attente',
  UPHELD: 'Recours accueilli',
  DISMISSED: 'Recours rejeté',
} as const;

/**
 * Status of a request today (domain approvalRequestStatusOn): a pending request past the deadline fixed at its
 * receipt is already acquired (annexe 4 §2.2.2).
 */
export function requestStatus(request: ApprovalRequestRow, today: string) {
  return approvalRequestStatusOn(request, today);
}

/** Working days from today to the deadline, the deadline included; 0 on the deadline day; null once decided. */
export function workingDaysLeft(request: ApprovalRequestRow, today: string): number | null {
  if (requestStatus(request, today) !== 'PENDING') return null;
  return countWorkingDaysBetween(today, request.deadline, { departement: request.departementCode });
}

/** The appeal against a refusal, when one was filed. */
export function appealOf(request: ApprovalRequestRow) {
  return request.appealText && request.appealedOn && request.appealStatus
    ? {
        text: request.appealText,
        filedOn: request.appealedOn,
        status: request.appealStatus,
        statusLabel: APPEAL_STATUS_LABELS[request.appealStatus],
        decidedOn: request.appealDecidedOn,
        comment: request.appealComment,
      }
    : null;
}
