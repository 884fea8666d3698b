// Display of the API's statuses and enums in the Espace SIAE: labels the API does not send, DSFR badge colours,
// and which action to offer. The API decides (and answers CONFLICT when an action no longer applies): these only
// hide buttons that could not succeed.
import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';
import {
  AI_SECTOR_LABELS,
  AI_SECTORS,
  APPEAL_STATUS_LABELS,
  APPROVAL_STATUS_LABELS,
  approvalRequestActions,
  canRequestInitialApproval as canRequestInitialApprovalByTheRules,
  CONTRACT_KIND_LABELS,
  cooperationAgreementActions,
  EXIT_OUTCOMES,
  isOneOf,
  labelOf,
  LIVE_APPROVAL_REQUEST_STATUSES,
  PRESCRIPTION_STATUS_LABELS,
  PRESCRIPTION_STATUSES,
  prescriptionActions,
  PROLONGATION_REASON_LABELS,
  PROLONGATION_REASONS,
  TRAINING_KIND_LABELS,
  TRAINING_KINDS,
} from '@navette/domain';
import type {
  AiSector,
  AppealStatus,
  ApprovalRequestStatus,
  ApprovalStatus,
  ContractKind,
  CooperationAgreementStatus,
  PrescriptionStatus,
  ProlongationReason,
  TrainingKind,
} from './generated/graphql.ts';

export type BadgeSeverity = AlertProps.Severity | 'new' | undefined;

// The lists of codes are @navette/domain's (issue 13), the ones the API checks.
export { AI_SECTORS, EXIT_OUTCOMES, PRESCRIPTION_STATUSES, PROLONGATION_REASONS, TRAINING_KINDS };
export const CONTRACT_KINDS = Object.keys(CONTRACT_KIND_LABELS) as ContractKind[];

export const isPrescriptionStatus = (value: string): value is PrescriptionStatus =>
  isOneOf(PRESCRIPTION_STATUSES, value);
export const isContractKind = (value: string): value is ContractKind => isOneOf(CONTRACT_KINDS, value);
export const isAiSector = (value: string): value is AiSector => isOneOf(AI_SECTORS, value);
export const isProlongationReason = (value: string): value is ProlongationReason =>
  isOneOf(PROLONGATION_REASONS, value);
export const isExitOutcome = (value: string) => isOneOf(EXIT_OUTCOMES, value);
export const isTrainingKind = (value: string): value is TrainingKind => isOneOf(TRAINING_KINDS, value);

export const prescriptionStatusLabel = (status: PrescriptionStatus): string =>
  labelOf(PRESCRIPTION_STATUS_LABELS, status);

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

/** The SIAE has not answered yet (fiche 4): the domain's table allows ACCEPT from this status. */
export function awaitsAnswer(status: PrescriptionStatus): boolean {
  return prescriptionActions(status, 'SIAE').includes('ACCEPT');
}

/** A request that still counts: waiting for Pôle emploi, or granted (explicitly or tacitly). */
export function isLiveRequest(status: ApprovalRequestStatus): boolean {
  return LIVE_APPROVAL_REQUEST_STATUSES.includes(status);
}

/**
 * What the SIAE may do with one of its requests as the API sent it: complete a pending one, appeal a refusal once
 * (annexe 4 §2.2.2-2.2.3). The domain's transition table, the one the API applies (STYLE §16).
 */
export function siaeRequestActions(request: {
  status: ApprovalRequestStatus;
  appeal?: { status: AppealStatus } | null;
}): readonly string[] {
  return approvalRequestActions({ status: request.status, appealStatus: request.appeal?.status ?? null }, 'SIAE');
}

/** Offer the initial demande d'agrément when the API's rule (@navette/domain) accepts one. */
export function canRequestInitialApproval(
  status: PrescriptionStatus,
  requests: readonly { kind: string; status: ApprovalRequestStatus }[],
): boolean {
  return canRequestInitialApprovalByTheRules(status, requests);
}

export function approvalRequestSeverity(status: ApprovalRequestStatus): BadgeSeverity {
  switch (status) {
    case 'PENDING':
      return 'info';
    case 'GRANTED':
    case 'TACITLY_GRANTED':
      return 'success';
    case 'REFUSED':
      return 'error';
    case 'CLOSED':
      return 'info';
  }
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

export const contractKindLabel = (kind: ContractKind): string => labelOf(CONTRACT_KIND_LABELS, kind);
export const aiSectorLabel = (sector: AiSector): string => labelOf(AI_SECTOR_LABELS, sector);
export const prolongationReasonLabel = (reason: ProlongationReason): string =>
  labelOf(PROLONGATION_REASON_LABELS, reason);
export const trainingKindLabel = (kind: TrainingKind): string => labelOf(TRAINING_KIND_LABELS, kind);
export const appealStatusLabel = (status: AppealStatus): string => labelOf(APPEAL_STATUS_LABELS, status);

export function appealStatusSeverity(status: AppealStatus): BadgeSeverity {
  switch (status) {
    case 'PENDING':
      return 'info';
    case 'UPHELD':
      return 'success';
    case 'DISMISSED':
      return 'error';
  }
}

/** A signed convention is the one that counts; a draft waits for signatures; expired and terminated ones are over. */
export function agreementStatusSeverity(status: CooperationAgreementStatus): BadgeSeverity {
  switch (status) {
    case 'DRAFT':
      return 'new';
    case 'SIGNED':
      return 'success';
    case 'EXPIRED':
    case 'TERMINATED':
      return undefined;
  }
}

/**
 * What the SIAE may do with a convention: the domain's transition table (accord, article 2: each party signs; only a
 * signed convention in progress is terminated), the one the API applies.
 */
export function agreementActions(agreement: { status: CooperationAgreementStatus; siaeSignedOn?: string | null }): {
  edit: boolean;
  sign: boolean;
  terminate: boolean;
} {
  const allowed = cooperationAgreementActions(agreement, 'SIAE');
  return { edit: allowed.includes('EDIT'), sign: allowed.includes('SIGN'), terminate: allowed.includes('TERMINATE') };
}

/** The status filter of the prescriptions list, from the URL (`?statut=SENT`); unknown values mean "all". */
export function statusFromSearchParams(params: URLSearchParams): PrescriptionStatus | null {
  const value = (params.get('statut') ?? '').trim().toUpperCase();
  return isPrescriptionStatus(value) ? value : null;
}

/**
 * "Martin DUPONT": the first name as written, the last name in capitals (the usual French administrative form). The
 * API sends no person for an extension not granted yet (annexe 4 §2.2.5; issue 13).
 */
export function personName(person: { firstName: string; lastName: string } | null | undefined): string {
  if (!person) return 'Personne communiquée une fois l’extension accordée';
  return `${person.firstName.trim()} ${person.lastName.trim().toLocaleUpperCase('fr-FR')}`;
}
