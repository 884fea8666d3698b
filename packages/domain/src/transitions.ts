/**
 * Status transitions as data (STYLE §16): for each entity, which action each status allows, in one table the API
 * checks and the portals read, so that a screen offers exactly the actions the API will accept (issue 13). The
 * prescription's table is in prescription-status.ts (fiche 4); this file adds the demandes d'agrément, their appeal and
 * the conventions de coopération, and the per-status view of all three.
 */
import type { ApprovalRequestStatus } from './approval-deadline.js';
import type { CooperationAgreementStatus } from './cooperation-agreement.js';
import {
  PRESCRIPTION_ACTIONS,
  prescriptionActionSources,
  type PrescriptionAction,
  type PrescriptionStatus,
} from './prescription-status.js';
import type { AppealStatus } from './status-labels.js';

/** Who acts: the SIAE, the agence Pôle emploi, or the prescripteur. */
export type Party = 'SIAE' | 'AGENCY' | 'PRESCRIBER';

interface Transition<S extends string> {
  readonly from: readonly S[];
  readonly by: Party;
}

// Prescriptions (fiche 4) -----------------------------------------------------------------------------------------------

/** Who takes each action on a fiche navette (fiche 4): the SIAE answers it, the prescripteur withdraws it. */
export const PRESCRIPTION_ACTION_PARTIES: Readonly<Record<PrescriptionAction, Party>> = {
  SEE: 'SIAE',
  ACCEPT: 'SIAE',
  REFUSE: 'SIAE',
  WITHDRAW: 'PRESCRIBER',
  // The first contract under the agrément obtained for the prescription, recorded by the SIAE.
  HIRE: 'SIAE',
};

/** The actions `party` may take on a prescription in `status` (prescription-status.ts's table, read by status). */
export function prescriptionActions(status: PrescriptionStatus, party?: Party): readonly PrescriptionAction[] {
  return PRESCRIPTION_ACTIONS.filter(
    (action) =>
      prescriptionActionSources(action).includes(status) &&
      (party === undefined || PRESCRIPTION_ACTION_PARTIES[action] === party),
  );
}

// Demandes d'agrément (annexe 4 §2.2.2-2.2.3) ---------------------------------------------------------------------------

export const APPROVAL_REQUEST_ACTIONS = ['DECIDE', 'COMPLETE', 'APPEAL'] as const;
export type ApprovalRequestAction = (typeof APPROVAL_REQUEST_ACTIONS)[number];

export const APPROVAL_REQUEST_TRANSITIONS: Readonly<Record<ApprovalRequestAction, Transition<ApprovalRequestStatus>>> =
  {
    // annexe 4 §2.2.2: Pôle emploi "dispose d'un délai de 5 jours ouvrés pour donner ou non son accord"; past the deadline
    // the status is TACITLY_GRANTED and nobody decides any more.
    DECIDE: { from: ['PENDING'], by: 'AGENCY' },
    // annexe 4 §2.2.2: the delay runs from "la réception de la demande écrite complète": the SIAE completes a pending one.
    COMPLETE: { from: ['PENDING'], by: 'SIAE' },
    // annexe 4 §2.2.3: "Un recours écrit suite à un refus pourra être fait par la SIAE auprès du directeur de l'agence"
    // — one appeal, on a refusal only.
    APPEAL: { from: ['REFUSED'], by: 'SIAE' },
  };

/** The appeal once filed: the agency director upholds or dismisses it (annexe 4 §2.2.3). */
export const APPEAL_ACTIONS = ['DECIDE_APPEAL'] as const;
export type AppealAction = (typeof APPEAL_ACTIONS)[number];

export const APPEAL_TRANSITIONS: Readonly<Record<AppealAction, Transition<AppealStatus>>> = {
  DECIDE_APPEAL: { from: ['PENDING'], by: 'AGENCY' },
};

export interface ApprovalRequestStanding {
  /** The status on the day, as the API sends it (a pending request past its deadline reads TACITLY_GRANTED). */
  readonly status: ApprovalRequestStatus;
  /** The appeal's status, null or absent when none was filed. */
  readonly appealStatus?: AppealStatus | null;
}

/** The actions `party` may take on a demande d'agrément (and its appeal) as it stands. */
export function approvalRequestActions(
  request: ApprovalRequestStanding,
  party?: Party,
): readonly (ApprovalRequestAction | AppealAction)[] {
  const mine = (t: Transition<string>) => party === undefined || t.by === party;
  const actions: (ApprovalRequestAction | AppealAction)[] = APPROVAL_REQUEST_ACTIONS.filter((action) => {
    const rule = APPROVAL_REQUEST_TRANSITIONS[action];
    if (!mine(rule) || !rule.from.includes(request.status)) return false;
    // One appeal only (annexe 4 §2.2.3 "un recours écrit").
    return action !== 'APPEAL' || request.appealStatus == null;
  });
  const appeal = APPEAL_TRANSITIONS.DECIDE_APPEAL;
  if (
    mine(appeal) &&
    request.status === 'REFUSED' &&
    request.appealStatus != null &&
    appeal.from.includes(request.appealStatus)
  ) {
    actions.push('DECIDE_APPEAL');
  }
  return actions;
}

/** A request that still counts: waiting for Pôle emploi, or granted (explicitly or tacitly). */
export const LIVE_APPROVAL_REQUEST_STATUSES: readonly ApprovalRequestStatus[] = [
  'PENDING',
  'GRANTED',
  'TACITLY_GRANTED',
];

/**
 * The initial demande d'agrément follows an accepted prescription (fiche 4 then annexe 4 §2.1), once: not while
 * another initial request on it is pending or granted.
 */
export function canRequestInitialApproval(
  prescriptionStatus: PrescriptionStatus,
  // `kind` is a string: rows read from the database carry the column's text (an ApprovalRequestKind in practice).
  requests: readonly { readonly kind: string; readonly status: ApprovalRequestStatus }[],
): boolean {
  return (
    prescriptionStatus === 'ACCEPTED' &&
    !requests.some((r) => r.kind === 'INITIAL' && LIVE_APPROVAL_REQUEST_STATUSES.includes(r.status))
  );
}

// Conventions de coopération locale (accord, article 2) -----------------------------------------------------------------

export const COOPERATION_AGREEMENT_ACTIONS = ['EDIT', 'SIGN', 'TERMINATE'] as const;
export type CooperationAgreementAction = (typeof COOPERATION_AGREEMENT_ACTIONS)[number];

/** Either party (the SIAE or its agence) takes each action; the table says from which status. */
export const COOPERATION_AGREEMENT_TRANSITIONS: Readonly<
  Record<CooperationAgreementAction, { readonly from: readonly CooperationAgreementStatus[] }>
> = {
  // A draft is edited (every signature given is then asked again); a signed convention changes by a new one.
  EDIT: { from: ['DRAFT'] },
  // Each party signs the draft; it is SIGNED once both have.
  SIGN: { from: ['DRAFT'] },
  // Only a signed convention in progress is terminated (validateCooperationAgreementTermination).
  TERMINATE: { from: ['SIGNED'] },
};

export interface CooperationAgreementState {
  /** The status on the day, as the API sends it (a signed convention past its end reads EXPIRED). */
  readonly status: CooperationAgreementStatus;
  readonly siaeSignedOn?: string | null;
  readonly agencySignedOn?: string | null;
}

/** The actions `party` may take on a convention: a party that signed the draft does not sign it again. */
export function cooperationAgreementActions(
  agreement: CooperationAgreementState,
  party: 'SIAE' | 'AGENCY',
): readonly CooperationAgreementAction[] {
  const signed = party === 'SIAE' ? agreement.siaeSignedOn : agreement.agencySignedOn;
  return COOPERATION_AGREEMENT_ACTIONS.filter(
    (action) =>
      COOPERATION_AGREEMENT_TRANSITIONS[action].from.includes(agreement.status) && (action !== 'SIGN' || !signed),
  );
}
