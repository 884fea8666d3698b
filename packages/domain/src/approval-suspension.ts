import type { ApprovalHistory, Suspension } from './approval-history.js';
import { approvalEndDate } from './approval-period.js';
import { compareIsoDates, daysInclusive, isWithin, type IsoDate, formatFrenchDate as frDate } from './iso-date.js';
import { ok, refuse, type Result } from './result.js';

export type SuspensionRefusalCode =
  'SUSPENSION_DATES_OUT_OF_ORDER' | 'SUSPENSION_APPROVAL_NOT_ACTIVE' | 'SUSPENSION_OVERLAPS_EXISTING';

export interface ValidSuspension {
  readonly suspension: Suspension;
  /** Length of the suspension in days, both ends included. */
  readonly days: number;
  /** End of the agrément once the suspension is recorded. */
  readonly approvalEndOn: IsoDate;
}

/**
 * A suspension (accord, annexe 4 §2.2.4) is accepted when:
 * - its dates are in order (start ≤ end) — SUSPENSION_DATES_OUT_OF_ORDER;
 * - it starts while the agrément is in progress, i.e. between its start and its current end
 *   date — SUSPENSION_APPROVAL_NOT_ACTIVE ("only on an active agrément");
 * - it shares no day with a suspension already recorded — SUSPENSION_OVERLAPS_EXISTING.
 * It then pushes the end of the agrément by its length.
 */
export function validateSuspension(
  history: ApprovalHistory,
  suspension: Suspension,
): Result<ValidSuspension, SuspensionRefusalCode> {
  if (compareIsoDates(suspension.startOn, suspension.endOn) > 0) {
    return refuse(
      'SUSPENSION_DATES_OUT_OF_ORDER',
      `La date de fin de la suspension (${frDate(suspension.endOn)}) est antérieure à sa date de début (${frDate(suspension.startOn)}).`,
    );
  }
  const currentEnd = approvalEndDate(history);
  if (!isWithin(suspension.startOn, history.startOn, currentEnd)) {
    return refuse(
      'SUSPENSION_APPROVAL_NOT_ACTIVE',
      `Une suspension ne peut porter que sur un agrément en cours : l'agrément court du ${frDate(history.startOn)} au ${frDate(currentEnd)}.`,
    );
  }
  const overlapping = (history.suspensions ?? []).find(
    (s) => compareIsoDates(s.startOn, suspension.endOn) <= 0 && compareIsoDates(suspension.startOn, s.endOn) <= 0,
  );
  if (overlapping) {
    return refuse(
      'SUSPENSION_OVERLAPS_EXISTING',
      `Cette suspension chevauche la suspension déjà enregistrée du ${frDate(overlapping.startOn)} au ${frDate(overlapping.endOn)}.`,
    );
  }
  const suspensions = [...(history.suspensions ?? []), suspension];
  return ok({
    suspension,
    days: daysInclusive(suspension.startOn, suspension.endOn),
    approvalEndOn: approvalEndDate({ ...history, suspensions }),
  });
}
