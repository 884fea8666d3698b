// Display of the API's statuses and enums in the Espace SIAE: labels the API does not send, DSFR badge colours,
// and which action to offer. The API decides (and answers CONFLICT when an action no longer applies): these only
// hide buttons that could not succeed.
import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';
import { copy } from './copy.ts';
import type {
  AiSector,
  AppealStatus,
  ApprovalRequestStatus,
  ApprovalStatus,
  ContractKind,
  CooperationAgreementStatus,
  ExitOutcome,
  PrescriptionStatus,
  ProlongationReason,
  TrainingKind,
} from './generated/graphql.ts';

export type BadgeSeverity = AlertProps.Severity | 'new' | undefined;

export const PRESCRIPTION_STATUSES = [
  'SENT',
  'SEEN',
  'ACCEPTED',
  'REFUSED',
  'WITHDRAWN',
  'HIRED',
] as const satisfies readonly PrescriptionStatus[];
export const CONTRACT_KINDS = [
  'CDDI',
  'CDI_INCLUSION',
  'MISSION_ETTI',
  'MISE_A_DISPOSITION_AI',
] as const satisfies readonly ContractKind[];
export const AI_SECTORS = ['MARCHAND', 'NON_MARCHAND'] as const satisfies readonly AiSector[];
export const PROLONGATION_REASONS = ['TRAINING', 'AGE_50_OR_RQTH'] as const satisfies readonly ProlongationReason[];
export const EXIT_OUTCOMES = [
  'DURABLE_JOB',
  'TRANSITION_JOB',
  'TRAINING',
  'OTHER',
] as const satisfies readonly ExitOutcome[];
export const TRAINING_KINDS = [
  'QUALIFYING',
  'CERTIFYING',
  'PRE_QUALIFYING',
  'ADAPTATION',
  'BASIC_SKILLS',
] as const satisfies readonly TrainingKind[];

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

export const isPrescriptionStatus = isOneOf(PRESCRIPTION_STATUSES);
export const isContractKind = isOneOf(CONTRACT_KINDS);
export const isAiSector = isOneOf(AI_SECTORS);
export const isProlongationReason = isOneOf(PROLONGATION_REASONS);
export const isExitOutcome = isOneOf(EXIT_OUTCOMES);
export const isTrainingKind = isOneOf(TRAINING_KINDS);

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

/** The SIAE has not answered yet (fiche 4): accept or refuse. */
export function awaitsAnswer(status: PrescriptionStatus): boolean {
  return status === 'SENT' || status === 'SEEN';
}

/** A request that still counts: waiting for Pôle emploi, or granted (explicitly or tacitly). */
export function isLiveRequest(status: ApprovalRequestStatus): boolean {
  return status === 'PENDING' || status === 'GRANTED' || status === 'TACITLY_GRANTED';
}

/** Offer the initial demande d'agrément for an accepted prescription with no request pending or granted. */
export function canRequestInitialApproval(
  status: PrescriptionStatus,
  requests: readonly { kind: string; status: ApprovalRequestStatus }[],
): boolean {
  return status === 'ACCEPTED' && !requests.some((r) => r.kind === 'INITIAL' && isLiveRequest(r.status));
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

export const contractKindLabel = (kind: ContractKind): string => copy.contractKind[kind] ?? kind;
export const aiSectorLabel = (sector: AiSector): string => copy.aiSector[sector] ?? sector;
export const prolongationReasonLabel = (reason: ProlongationReason): string =>
  copy.prolongationReason[reason] ?? reason;

export const trainingKindLabel = (kind: TrainingKind): string => copy.trainingKind[kind] ?? kind;
export const appealStatusLabel = (status: AppealStatus): string => copy.appealStatus[status] ?? status;

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
 * What the SIAE may do with a convention (accord, article 2: each party signs; only a signed convention in
 * progress is terminated). The API decides and answers CONFLICT otherwise: this only hides useless buttons.
 */
export function agreementActions(agreement: { status: CooperationAgreementStatus; siaeSignedOn?: string | null }): {
  edit: boolean;
  sign: boolean;
  terminate: boolean;
} {
  const draft = agreement.status === 'DRAFT';
  return { edit: draft, sign: draft && !agreement.siaeSignedOn, terminate: agreement.status === 'SIGNED' };
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
