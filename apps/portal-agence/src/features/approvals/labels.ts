// Badge colours of the approval requests, and their labels where no request is at hand (filters) or for the enums the
// API sends without a label. The words are @navette/domain's, the ones the API sends as `statusLabel` (issue 13).
import {
  APPEAL_STATUS_LABELS,
  APPROVAL_REQUEST_STATUS_LABELS,
  APPROVAL_STATUS_LABELS,
  approvalRequestActions,
  labelOf,
  PROLONGATION_REASON_LABELS,
} from '@navette/domain';
import type { AppealStatus, ApprovalRequestStatus } from '../../generated/graphql.ts';

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

// Tacit grants get their own colour: granted, but because nobody answered in time (accord, annexe 4 §2.2.2).
const requestStatusSeverities: Record<ApprovalRequestStatus, BadgeSeverity> = {
  PENDING: 'new',
  GRANTED: 'success',
  REFUSED: 'error',
  TACITLY_GRANTED: 'warning',
  CLOSED: 'info',
};

export function requestStatusLabel(status: string): string {
  return labelOf(APPROVAL_REQUEST_STATUS_LABELS, status);
}

export function requestStatusSeverity(status: string): BadgeSeverity {
  return entryOf(requestStatusSeverities, status) ?? 'info';
}

/**
 * What the agence may do with a request as the API sent it: decide a pending one, decide the appeal against a refusal
 * (annexe 4 §2.2.2-2.2.3). The domain's transition table, the one the API applies (STYLE §16).
 */
export function agencyRequestActions(request: {
  status: ApprovalRequestStatus;
  appeal?: { status: AppealStatus } | null;
}): readonly string[] {
  return approvalRequestActions({ status: request.status, appealStatus: request.appeal?.status ?? null }, 'AGENCY');
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

export function appealStatusLabel(status: string): string {
  return labelOf(APPEAL_STATUS_LABELS, status);
}

export function approvalStatusLabel(status: string): string {
  return labelOf(APPROVAL_STATUS_LABELS, status);
}

// accord, annexe 4 §2.2.6 a and b
export function prolongationReasonLabel(reason: string): string {
  return labelOf(PROLONGATION_REASON_LABELS, reason);
}

/** "Camille Martin" (first name, then last name); the API sends no person to whom may not see them yet. */
export function personName(person: { firstName: string; lastName: string } | null | undefined): string {
  if (!person) return 'Personne non communiquée';
  return `${person.firstName} ${person.lastName}`.trim();
}
