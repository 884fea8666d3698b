import type { ApprovalContract, ApprovalHistory } from './approval-history.js';
import { approvalEndDate } from './approval-period.js';
import { compareIsoDates, isWithin, type IsoDate, formatFrenchDate as frDate } from './iso-date.js';
import { ok, refuse, type Result } from './result.js';

export type ExtensionRefusalCode =
  'EXTENSION_DATES_OUT_OF_ORDER' | 'EXTENSION_APPROVAL_NOT_ACTIVE' | 'EXTENSION_SAME_SIAE';

export interface ExtensionRequest {
  /** The new contract, signed by another SIAE. */
  readonly contract: ApprovalContract;
  /** Day Pôle emploi received the request (defaults to the contract start). */
  readonly requestedOn?: IsoDate;
}

export interface ValidExtension {
  readonly contract: ApprovalContract;
  /** Unchanged end of the agrément: an extension does not move it. */
  readonly approvalEndOn: IsoDate;
}

/**
 * Extension (accord, annexe 4 §2.2.5): a new contract signed by another SIAE with a person
 * already agréée, under the same agrément. Checks:
 * - contract dates in order — EXTENSION_DATES_OUT_OF_ORDER;
 * - the request and the contract start fall while the agrément is in progress
 *   (between its start and its current end) — EXTENSION_APPROVAL_NOT_ACTIVE;
 * - the SIAE is "another" one: it has not already held a contract under this agrément
 *   (a new contract with the same employer needs no extension, §2.2.1) — EXTENSION_SAME_SIAE.
 * A contract may end after the agrément: the aids then run until the contract's end (§2.2.1).
 */
export function validateExtension(
  history: ApprovalHistory,
  { contract, requestedOn = contract.startOn }: ExtensionRequest,
): Result<ValidExtension, ExtensionRefusalCode> {
  if (contract.endOn != null && compareIsoDates(contract.startOn, contract.endOn) > 0) {
    return refuse(
      'EXTENSION_DATES_OUT_OF_ORDER',
      `La date de fin du contrat (${frDate(contract.endOn)}) est antérieure à sa date de début (${frDate(contract.startOn)}).`,
    );
  }
  const currentEnd = approvalEndDate(history);
  if (!isWithin(contract.startOn, history.startOn, currentEnd) || !isWithin(requestedOn, history.startOn, currentEnd)) {
    return refuse(
      'EXTENSION_APPROVAL_NOT_ACTIVE',
      `Une extension n'est possible que pendant l'agrément, qui court du ${frDate(history.startOn)} au ${frDate(currentEnd)}.`,
    );
  }
  if ((history.contracts ?? []).some((c) => c.siaeId === contract.siaeId)) {
    return refuse(
      'EXTENSION_SAME_SIAE',
      "L'extension concerne une autre SIAE : cette structure a déjà embauché la personne sous cet agrément, un nouveau contrat n'a pas besoin d'extension.",
    );
  }
  return ok({ contract, approvalEndOn: currentEnd });
}
