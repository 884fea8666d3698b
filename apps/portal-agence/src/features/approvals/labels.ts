// French labels and badge colours of the approval requests. The API also sends `statusLabel` and `kindLabel` with
// each request; these labels serve where no request is at hand (filters) and for the enums it sends without one.
import type {
  AppealStatus,
  ApprovalRequestStatus,
  ApprovalStatus,
  ProlongationReason,
} from '../../generated/graphql.ts';

export type BadgeSeverity = 'success' | 'error' | 'warning' | 'info' | 'new';

/** The entry of `map` for a value the API sent, or undefined for a value this version does not know. */
function entryOf<K extends string, V>(map: Record<K, V>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key as K] : undefined;
}

export const REQUEST_STATUSES = [
  'PENDING',
  'GRANTED',
  'REFUSED',
  'TACITLY_GRANTED',
] as const satisfies readonly ApprovalRequestStatus[];
export const DECIDED_STATUSES = [
  'GRANTED',
  'REFUSED',
  'TACITLY_GRANTED',
] as const satisfies readonly ApprovalRequestStatus[];

// The words of the API's `statusLabel` (APPROVAL_REQUEST_STATUS_LABELS of @navette/domain), so that a filter
// option reads like the badges of the list it filters.
const requestStatusLabels: Record<ApprovalRequestStatus, string> = {
  PENDING: 'En attente de décision',
  GRANTED: 'Accordé',
  REFUSED: 'Refusé',
  TACITLY_GRANTED: 'Acquis faute de réponse dans le délai',
  CLOSED: 'Close sans décision',
};

// Tacit grants get their own colour: granted, but because nobody answered in time (accord, annexe 4 §2.2.2).
const requestStatusSeverities: Record<ApprovalRequestStatus, BadgeSeverity> = {
  PENDING: 'new',
  GRANTED: 'success',
  REFUSED: 'error',
  TACITLY_GRANTED: 'warning',
  CLOSED: 'info',
};

export function requestStatusLabel(status: string): string {
  return entryOf(requestStatusLabels, status) ?? status;
}

export function requestStatusSeverity(status: string): BadgeSeverity {
  return entryOf(requestStatusSeverities, status) ?? 'info';
}

export interface DeadlineBadge {
  /** What the badge shows: "J-2", "Dernier jour". */
  text: string;
  /** What a screen reader says instead: "2 jours ouvrés restants". */
  description: string;
  severity: BadgeSeverity;
}

/**
 * The time left to decide, from the API's `workingDaysLeft` (jours ouvrés until the deadline included, 0 on the
 * deadline day, null once decided). Past the deadline the API reports the request as TACITLY_GRANTED, so a
 * negative value is only shown defensively.
 */
export function deadlineBadge(workingDaysLeft: number | null | undefined): DeadlineBadge | null {
  if (workingDaysLeft == null) return null;
  if (workingDaysLeft < 0)
    return { text: 'Délai dépassé', description: 'Délai de décision dépassé', severity: 'error' };
  if (workingDaysLeft === 0)
    return { text: 'Dernier jour', description: 'Dernier jour pour décider', severity: 'error' };
  return {
    text: `J-${workingDaysLeft}`,
    description: workingDaysLeft === 1 ? '1 jour ouvré restant' : `${workingDaysLeft} jours ouvrés restants`,
    severity: workingDaysLeft <= 2 ? 'warning' : 'info',
  };
}

const appealStatusLabels: Record<AppealStatus, string> = {
  PENDING: 'Recours en attente',
  UPHELD: 'Recours accueilli',
  DISMISSED: 'Recours rejeté',
};

export function appealStatusLabel(status: string): string {
  return entryOf(appealStatusLabels, status) ?? status;
}

const approvalStatusLabels: Record<ApprovalStatus, string> = {
  NOT_STARTED: 'Pas encore commencé',
  ACTIVE: 'En cours',
  SUSPENDED: 'Suspendu',
  ENDED: 'Terminé',
};

export function approvalStatusLabel(status: string): string {
  return entryOf(approvalStatusLabels, status) ?? status;
}

// accord, annexe 4 §2.2.6 a and b
const prolongationReasonLabels: Record<ProlongationReason, string> = {
  TRAINING: 'Achever une formation en cours à l’échéance du contrat',
  AGE_50_OR_RQTH: 'Personne de 50 ans et plus ou reconnue travailleur handicapé (RQTH)',
};

export function prolongationReasonLabel(reason: string): string {
  return entryOf(prolongationReasonLabels, reason) ?? reason;
}

/** "Camille Martin" (first name, then last name); the API sends no person to whom may not see them yet. */
export function personName(person: { firstName: string; lastName: string } | null | undefined): string {
  if (!person) return 'Personne non communiquée';
  return `${person.firstName} ${person.lastName}`.trim();
}
