import { ageOn } from './age.js';
import type { ApprovalHistory, Prolongation, ProlongationReason } from './approval-history.js';
import { approvalEndDate } from './approval-period.js';
import {
  addDays,
  compareIsoDates,
  daysInclusive,
  isWithin,
  periodEnd,
  type IsoDate,
  formatFrenchDate as frDate,
} from './iso-date.js';
import { ok, refuse, type Result } from './result.js';

/** accord, annexe 4 §2.2.6: successive decisions "d'un an au plus", "dans la limite de soixante mois". */
export const PROLONGATION_MAX_MONTHS_PER_DECISION = 12;
export const APPROVAL_MAX_TOTAL_MONTHS = 60;
export const PROLONGATION_MIN_AGE = 50;

export type ProlongationRefusalCode =
  | 'PROLONGATION_DATES_OUT_OF_ORDER'
  | 'PROLONGATION_APPROVAL_NOT_ACTIVE'
  | 'PROLONGATION_TRAINING_MISSING'
  | 'PROLONGATION_TRAINING_DATES_OUT_OF_ORDER'
  | 'PROLONGATION_NO_CONTRACT_END'
  | 'PROLONGATION_TRAINING_NOT_IN_PROGRESS'
  | 'PROLONGATION_EXCEEDS_TRAINING_END'
  | 'PROLONGATION_PERSON_NOT_ELIGIBLE'
  | 'PROLONGATION_EXCEEDS_ONE_YEAR'
  | 'PROLONGATION_EXCEEDS_60_MONTHS';

export interface ProlongationRequest {
  readonly reason: ProlongationReason;
  /** Requested new end of the agrément (last day of the prolongation). */
  readonly endOn: IsoDate;
  /** Day of the decision: age is assessed on this day. */
  readonly decidedOn: IsoDate;
  /** Day Pôle emploi received the request (defaults to decidedOn): the agrément must then be in progress. */
  readonly requestedOn?: IsoDate;
  /** For reason TRAINING: the training to finish (both days included). */
  readonly training?: { readonly startOn: IsoDate; readonly endOn: IsoDate } | null;
}

export interface ValidProlongation {
  /** The prolongation to record: it starts the day after the current end. */
  readonly prolongation: Prolongation;
  readonly approvalEndOn: IsoDate;
}

/**
 * A prolongation (accord, annexe 4 §2.2.6) starts the day after the current end of the
 * agrément and ends on `endOn`. Checks, in this order:
 * - endOn is not before the current end + 1 day — PROLONGATION_DATES_OUT_OF_ORDER;
 * - the request reached Pôle emploi while the agrément was in progress — PROLONGATION_APPROVAL_NOT_ACTIVE;
 * - TRAINING ("achever une action de formation professionnelle en cours de réalisation à
 *   l'échéance du contrat de travail; la durée … ne peut excéder le terme de l'action"):
 *   a training is given (PROLONGATION_TRAINING_MISSING) with dates in order
 *   (PROLONGATION_TRAINING_DATES_OUT_OF_ORDER); the last contract has an end date
 *   (PROLONGATION_NO_CONTRACT_END); the training has started by that date and ends after it
 *   (PROLONGATION_TRAINING_NOT_IN_PROGRESS); endOn ≤ training end (PROLONGATION_EXCEEDS_TRAINING_END).
 *   The 1-year and 60-month limits belong to the second paragraph and do not apply here.
 * - AGE_50_OR_RQTH: the person is 50 or older on the decision day, or has the RQTH
 *   (PROLONGATION_PERSON_NOT_ELIGIBLE); at most one year per decision
 *   (PROLONGATION_EXCEEDS_ONE_YEAR); the whole agrément — 24 months plus every prolongation,
 *   suspended days not counted since they only shift the calendar — spans at most 60 months
 *   (PROLONGATION_EXCEEDS_60_MONTHS). "De préférence" in the seed is read as the platform's limit.
 */
export function validateProlongation(
  history: ApprovalHistory,
  request: ProlongationRequest,
): Result<ValidProlongation, ProlongationRefusalCode> {
  const currentEnd = approvalEndDate(history);
  const startOn = addDays(currentEnd, 1);
  if (compareIsoDates(request.endOn, startOn) < 0) {
    return refuse(
      'PROLONGATION_DATES_OUT_OF_ORDER',
      `La nouvelle date de fin (${frDate(request.endOn)}) doit être postérieure à la fin actuelle de l'agrément (${frDate(currentEnd)}).`,
    );
  }
  const requestedOn = request.requestedOn ?? request.decidedOn;
  if (!isWithin(requestedOn, history.startOn, currentEnd)) {
    return refuse(
      'PROLONGATION_APPROVAL_NOT_ACTIVE',
      `Une prolongation doit être demandée pendant l'agrément, qui court du ${frDate(history.startOn)} au ${frDate(currentEnd)}.`,
    );
  }

  if (request.reason === 'TRAINING') {
    const training = request.training;
    if (!training) {
      return refuse(
        'PROLONGATION_TRAINING_MISSING',
        'La formation à achever doit être précisée (dates de début et de fin).',
      );
    }
    if (compareIsoDates(training.startOn, training.endOn) > 0) {
      return refuse(
        'PROLONGATION_TRAINING_DATES_OUT_OF_ORDER',
        `La date de fin de la formation (${frDate(training.endOn)}) est antérieure à sa date de début (${frDate(training.startOn)}).`,
      );
    }
    const contracts = history.contracts ?? [];
    const ends = contracts.map((c) => c.endOn);
    if (ends.length === 0 || ends.some((e) => e == null)) {
      return refuse(
        'PROLONGATION_NO_CONTRACT_END',
        "La date de fin du contrat de travail doit être connue pour une prolongation au titre d'une formation.",
      );
    }
    const contractEnd = (ends as IsoDate[]).reduce((a, b) => (compareIsoDates(a, b) >= 0 ? a : b));
    if (compareIsoDates(training.startOn, contractEnd) > 0 || compareIsoDates(training.endOn, contractEnd) <= 0) {
      return refuse(
        'PROLONGATION_TRAINING_NOT_IN_PROGRESS',
        `La formation (du ${frDate(training.startOn)} au ${frDate(training.endOn)}) doit être en cours à l'échéance du contrat (${frDate(contractEnd)}).`,
      );
    }
    if (compareIsoDates(request.endOn, training.endOn) > 0) {
      return refuse(
        'PROLONGATION_EXCEEDS_TRAINING_END',
        `La prolongation ne peut pas dépasser le terme de la formation (${frDate(training.endOn)}).`,
      );
    }
  } else {
    const person = history.person ?? {};
    const aged50 = person.birthDate != null && ageOn(person.birthDate, request.decidedOn) >= PROLONGATION_MIN_AGE;
    if (!aged50 && person.rqth !== true) {
      return refuse(
        'PROLONGATION_PERSON_NOT_ELIGIBLE',
        `Cette prolongation est réservée aux personnes de ${PROLONGATION_MIN_AGE} ans et plus à la date de la décision ou reconnues travailleurs handicapés.`,
      );
    }
    const maxForDecision = periodEnd(startOn, PROLONGATION_MAX_MONTHS_PER_DECISION);
    if (compareIsoDates(request.endOn, maxForDecision) > 0) {
      return refuse(
        'PROLONGATION_EXCEEDS_ONE_YEAR',
        `Une décision de prolongation ne peut pas dépasser un an : fin au plus tard le ${frDate(maxForDecision)}.`,
      );
    }
    const suspendedDays = (history.suspensions ?? []).reduce((sum, s) => sum + daysInclusive(s.startOn, s.endOn), 0);
    const maxTotal = addDays(periodEnd(history.startOn, APPROVAL_MAX_TOTAL_MONTHS), suspendedDays);
    if (compareIsoDates(request.endOn, maxTotal) > 0) {
      return refuse(
        'PROLONGATION_EXCEEDS_60_MONTHS',
        `La durée totale de l'agrément ne peut pas dépasser ${APPROVAL_MAX_TOTAL_MONTHS} mois : fin au plus tard le ${frDate(maxTotal)}.`,
      );
    }
  }

  const prolongation: Prolongation = {
    startOn,
    endOn: request.endOn,
    reason: request.reason,
    decidedOn: request.decidedOn,
  };
  return ok({
    prolongation,
    approvalEndOn: approvalEndDate({ ...history, prolongations: [...(history.prolongations ?? []), prolongation] }),
  });
}
