// Display of the API's statuses in the prescribing screens: which DSFR badge, which filter option. The API gives the
// label of each item it returns (statusLabel); the filter needs the labels before any item is loaded.
// The statuses, their words and the actions each allows are @navette/domain's, the API's own (issue 13).
import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';
import {
  APPROVAL_STATUS_LABELS,
  isOneOf,
  labelOf,
  PRESCRIPTION_STATUS_LABELS,
  PRESCRIPTION_STATUSES,
  prescriptionActions,
} from '@navette/domain';
import type { ApprovalStatus, PrescriptionStatus } from '../../generated/graphql.ts';

export { PRESCRIPTION_STATUSES };

export type BadgeSeverity = AlertProps.Severity | 'new' | undefined;

export function isPrescriptionStatus(value: string): value is PrescriptionStatus {
  return isOneOf(PRESCRIPTION_STATUSES, value);
}

export function prescriptionStatusLabel(status: PrescriptionStatus): string {
  return labelOf(PRESCRIPTION_STATUS_LABELS, status);
}

export function prescriptionStatusSeverity(status: PrescriptionStatus): BadgeSeverity {
  switch (status) {
    case 'SENT':
      return 'new';
    case 'SEEN':
      return 'info';
    case 'ACCEPTED':
    case 'HIRED':
      return 'success';
    case 'REFUSED':
      return 'error';
    case 'WITHDRAWN':
      return undefined;
  }
}

/**
 * Whether to offer "Retirer": the transition WITHDRAW of @navette/domain allows it from this status (fiche 4: the SIAE
 * has not answered yet), the table the API applies.
 */
export function isAwaitingAnswer(status: PrescriptionStatus): boolean {
  return prescriptionActions(status, 'PRESCRIBER').includes('WITHDRAW');
}

export function approvalStatusLabel(status: ApprovalStatus): string {
  return labelOf(APPROVAL_STATUS_LABELS, status);
}

export function approvalStatusSeverity(status: ApprovalStatus): BadgeSeverity {
  switch (status) {
    case 'ACTIVE':
      return 'success';
    case 'SUSPENDED':
      return 'warning';
    case 'NOT_STARTED':
      return 'info';
    case 'ENDED':
      return undefined;
  }
}

/** The status filter of the prescriptions list, from the URL (`?statut=SENT`); unknown values mean "all". */
export function statusFromSearchParams(params: URLSearchParams): PrescriptionStatus | null {
  const value = (params.get('statut') ?? '').trim().toUpperCase();
  return isPrescriptionStatus(value) ? value : null;
}

/** "Martin DUPONT": the first name as written, the last name in capitals (the usual French administrative form). */
export function personName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName.trim()} ${person.lastName.trim().toLocaleUpperCase('fr-FR')}`;
}
