import type { ApprovalHistory } from './approval-history.js';
import { approvalEndDate } from './approval-period.js';
import { compareIsoDates, type IsoDate, formatFrenchDate as frDate } from './iso-date.js';
import { ok, refuse, type Result } from './result.js';

export type RenewalRefusalCode = 'RENEWAL_CONTRACT_STILL_RUNNING' | 'RENEWAL_JOINT_ASSESSMENT_MISSING';

export interface RenewalRequest {
  /** Day Pôle emploi received the request. */
  readonly requestedOn: IsoDate;
  /** The SIAE and Pôle emploi drew up the joint bilan of §2.2.7. */
  readonly jointAssessmentDone: boolean;
}

export interface ValidRenewal {
  readonly previousApprovalEndOn: IsoDate;
}

/**
 * Renouvellement (accord, annexe 4 §2.2.7): a new agrément, "sous réserve que les contrats
 * liés à un agrément soient tous achevés", after a joint bilan. Checks:
 * - every contract under the previous agrément has ended before the day of the request
 *   (a contract without an end date, or ending on or after that day, is still running) —
 *   RENEWAL_CONTRACT_STILL_RUNNING;
 * - the joint bilan is done — RENEWAL_JOINT_ASSESSMENT_MISSING.
 * That the first parcours "n'a pas été suffisante" is Pôle emploi's judgement, not checked here.
 */
export function validateRenewal(
  history: ApprovalHistory,
  request: RenewalRequest,
): Result<ValidRenewal, RenewalRefusalCode> {
  const running = (history.contracts ?? []).find(
    (c) => c.endOn == null || compareIsoDates(c.endOn, request.requestedOn) >= 0,
  );
  if (running) {
    return refuse(
      'RENEWAL_CONTRACT_STILL_RUNNING',
      running.endOn == null
        ? `Un renouvellement suppose que tous les contrats de l'agrément soient achevés : le contrat commencé le ${frDate(running.startOn)} n'a pas de date de fin.`
        : `Un renouvellement suppose que tous les contrats de l'agrément soient achevés : le contrat commencé le ${frDate(running.startOn)} court jusqu'au ${frDate(running.endOn)}.`,
    );
  }
  if (!request.jointAssessmentDone) {
    return refuse(
      'RENEWAL_JOINT_ASSESSMENT_MISSING',
      'Le bilan commun de la SIAE et de Pôle emploi sur la situation du salarié est requis pour un renouvellement.',
    );
  }
  return ok({ previousApprovalEndOn: approvalEndDate(history) });
}
