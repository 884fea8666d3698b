// Display of the API's statuses in this portal: which DSFR badge, which filter option. The API gives the label of
// each item it returns (statusLabel); the filter needs the labels before any item is loaded.
import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';
import { copy } from './copy.ts';
import type { ApprovalStatus, PrescriptionStatus } from './generated/graphql.ts';

export const PRESCRIPTION_STATUSES = [
  'SENT',
  'SEEN',
  'ACCEPTED',
  'REFUSED',
  'WITHDRAWN',
  'HIRED',
] as const satisfies readonly PrescriptionStatus[];

export type BadgeSeverity = AlertProps.Severity | 'new' | undefined;

export function isPrescriptionStatus(value: string): value is PrescriptionStatus {
  return (PRESCRIPTION_STATUSES as readonly string[]).includes(value);
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
 * Whether to offer "Retirer": the SIAE has not answered yet (fiche 4; the transition WITHDRAW of @navette/domain
 * starts from SENT or SEEN). The API decides and answers CONFLICT otherwise: this only hides a useless button.
 */
export function isAwaitingAnswer(status: PrescriptionStatus): boolean {
  return status === 'SENT' || status === 'SEEN';
}

export function approvalStatusLabel(status: ApprovalStatus): string {
  return copy.approvalStatus[status] ?? status;
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
