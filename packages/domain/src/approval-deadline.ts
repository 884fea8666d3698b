import { addWorkingDays } from './calendar.js';
import {
  ACCORD_BFC_IN_FORCE_FROM,
  ACCORD_BFC_SOURCE,
  defineDatedRule,
  ruleValueOn,
  type DatedRuleSet,
} from './dated-rules.js';
import type { Departement } from './departement.js';
import { compareIsoDates, toPlainDate, type IsoDate } from './iso-date.js';
import { prevalidatedDecisionDeadline } from './profile-prevalidation.js';
import type { SiaeKind } from './siae.js';

/**
 * Kinds of written request a SIAE addresses to Pôle emploi; all share the same decision
 * deadline (accord, annexe 4 §2.2.2: "initial, extension, prolongation, renouvellement, suspension").
 */
export const APPROVAL_REQUEST_KINDS = ['INITIAL', 'EXTENSION', 'PROLONGATION', 'RENEWAL', 'SUSPENSION'] as const;
export type ApprovalRequestKind = (typeof APPROVAL_REQUEST_KINDS)[number];

export const APPROVAL_REQUEST_KIND_LABELS: Readonly<Record<ApprovalRequestKind, string>> = {
  INITIAL: 'Agrément initial',
  EXTENSION: "Extension d'agrément",
  PROLONGATION: "Prolongation d'agrément",
  RENEWAL: "Renouvellement d'agrément",
  SUSPENSION: "Suspension d'agrément",
};

/** accord, annexe 4 §2.2.2: 5 jours ouvrés; at most 2 for people hired by an ETTI (the version in force today). */
export const DECISION_DELAY_WORKING_DAYS = 5;
export const DECISION_DELAY_WORKING_DAYS_ETTI = 2;

export interface DecisionDelay {
  /** Working days Pôle emploi has to answer a complete request. */
  readonly workingDays: number;
  /** Same, for people hired by an ETTI. */
  readonly workingDaysEtti: number;
}

/**
 * The decision deadline as a dated rule, looked up on the day Pôle emploi received the complete request (the delay
 * runs "après réception de la demande écrite complète"): a later change of the delay leaves earlier requests theirs.
 */
export const DECISION_DELAY_RULE: DatedRuleSet<DecisionDelay> = defineDatedRule('approval decision delay', [
  {
    from: ACCORD_BFC_IN_FORCE_FROM,
    to: null,
    source: `${ACCORD_BFC_SOURCE}, annexe 4 §2.2.2 ("un délai de 5 jours ouvrés … deux jours ouvrés pour les agréments de personnes recrutées en ETTI")`,
    value: { workingDays: DECISION_DELAY_WORKING_DAYS, workingDaysEtti: DECISION_DELAY_WORKING_DAYS_ETTI },
  },
]);

export interface ApprovalDeadlineInput {
  /** Day Pôle emploi received the complete written request. */
  readonly receivedOn: IsoDate;
  /** Kind of the SIAE that hires the person. */
  readonly siaeKind: SiaeKind;
  /** Département of the agence (whose public holidays apply). */
  readonly departement: Departement;
  /**
   * The person's profile was pre-validated by the agence for this SIAE (an ETTI or an AI) on the day of receipt
   * (profile-prevalidation.ts, annexe 4 §2.2.2 last paragraph and §2.2.8): the request is decided the same day.
   */
  readonly profilePrevalidated?: boolean;
}

/**
 * Last day on which Pôle emploi may answer a complete request (accord, annexe 4 §2.2.2):
 * 5 jours ouvrés after receipt — 2 when the person is hired by an ETTI. The day of receipt
 * never counts (the delay runs from the next day), even when it is itself a working day.
 * Only ETTI get the 2-day delay: the text names "personnes recrutées en ETTI"; an EITI
 * (travail indépendant) is not an ETTI and keeps 5 days.
 *   approvalDecisionDeadline({ receivedOn: '2024-05-07', siaeKind: 'EI', departement: '21' })
 *     === '2024-05-16' (8 May and Ascension skipped)
 * A request for a person whose profile the agence pre-validated for that SIAE (`profilePrevalidated`) is decided the
 * day of receipt, or the next working day when received on a day off (annexe 4 §2.2.2 last paragraph: "réduire ces
 * délais … notamment le système de validation des profils").
 * The delay is the version of DECISION_DELAY_RULE in force on `receivedOn`.
 */
export function approvalDecisionDeadline(input: ApprovalDeadlineInput): IsoDate {
  return approvalDecisionDeadlineUnder(DECISION_DELAY_RULE, input);
}

/**
 * approvalDecisionDeadline under the given versions of the delay (the version in force on `receivedOn`); throws a
 * RangeError when no version is in force on that day (e.g. before the accord's signature).
 */
export function approvalDecisionDeadlineUnder(
  rule: DatedRuleSet<DecisionDelay>,
  { receivedOn, siaeKind, departement, profilePrevalidated }: ApprovalDeadlineInput,
): IsoDate {
  const { workingDays, workingDaysEtti } = ruleValueOn(rule, receivedOn);
  if (profilePrevalidated) return prevalidatedDecisionDeadline(receivedOn, departement);
  return addWorkingDays(receivedOn, siaeKind === 'ETTI' ? workingDaysEtti : workingDays, { departement });
}

/** CLOSED: closed without a decision because the parcours made the request moot (the sortie, fiche 7). */
export const APPROVAL_REQUEST_STATUSES = ['PENDING', 'GRANTED', 'REFUSED', 'TACITLY_GRANTED', 'CLOSED'] as const;
export type ApprovalRequestStatus = (typeof APPROVAL_REQUEST_STATUSES)[number];

export const APPROVAL_REQUEST_STATUS_LABELS: Readonly<Record<ApprovalRequestStatus, string>> = {
  PENDING: 'En attente de décision',
  GRANTED: 'Accordé',
  REFUSED: 'Refusé',
  TACITLY_GRANTED: 'Acquis faute de réponse dans le délai',
  CLOSED: 'Close sans décision',
};

export type ApprovalDecision = 'GRANTED' | 'REFUSED';

/**
 * Whether a request's decision deadline has passed on `today` (accord, annexe 4 §2.2.2: "A défaut de réponse dans ces
 * délais, l'agrément est considéré acquis"): Pôle emploi may answer until the end of the deadline day, so the deadline
 * is past from the next day on. The one definition of "past its deadline": resolvers, lists, statistics (SQL built
 * from it, tested against it), the documents check, the closure after an exit and the tacit-grant job all use it.
 */
export function isPastDecisionDeadline(deadline: IsoDate, today: IsoDate): boolean {
  return compareIsoDates(today, deadline) > 0;
}

/** A request as stored: its recorded status and the deadline fixed at its receipt. */
export interface StoredApprovalRequest {
  readonly status: ApprovalRequestStatus;
  /**
   * The decision deadline computed once, at receipt, by approvalDecisionDeadline (the rule in force that day, its
   * holidays): the fact a request carries. Later reads never recompute it from `receivedOn`, so a change of the
   * rule, of the holidays or of the SIAE's kind leaves every request the deadline it was given.
   */
  readonly deadline: IsoDate;
}

/**
 * Status of a stored request on `today`: its recorded status, except that a request still PENDING past its deadline
 * is already TACITLY_GRANTED (annexe 4 §2.2.2) — before the tacit-grant job records it. The one definition of a
 * request's status for every reader (GraphQL, lists, statistics, jobs).
 */
export function approvalRequestStatusOn(request: StoredApprovalRequest, today: IsoDate): ApprovalRequestStatus {
  if (request.status !== 'PENDING') return request.status;
  return isPastDecisionDeadline(request.deadline, today) ? 'TACITLY_GRANTED' : 'PENDING';
}

export interface ApprovalRequestState extends ApprovalDeadlineInput {
  /** Day of Pôle emploi's explicit decision, if any (both or neither of decidedOn/decision). */
  readonly decidedOn?: IsoDate | null;
  readonly decision?: ApprovalDecision | null;
}

/**
 * Status of a request on `today` (accord, annexe 4 §2.2.2: "A défaut de réponse dans ces
 * délais, l'agrément est considéré acquis").
 * - An explicit decision taken on or before the deadline (and not after `today`) wins:
 *   GRANTED or REFUSED.
 * - Otherwise, once the deadline day is over (today > deadline), TACITLY_GRANTED. Reading: the
 *   agrément is acquired at the end of the deadline, so a decision taken later — even a
 *   refusal — does not undo it; a late explicit grant also leaves TACITLY_GRANTED, the date of
 *   acquisition being the deadline.
 * - Otherwise PENDING (the deadline day itself is still PENDING: Pôle emploi may answer until
 *   the end of that day). A decision dated after `today` is not known yet and is ignored.
 * Throws a RangeError if only one of decidedOn/decision is given or if decidedOn < receivedOn.
 * This judges a request from its receipt (the deadline computed now); a request already stored carries its deadline,
 * fixed at receipt: read its status with approvalRequestStatusOn, which is what the platform's readers do.
 */
export function approvalRequestStatusAt(request: ApprovalRequestState, today: IsoDate): ApprovalRequestStatus {
  const { decidedOn, decision } = request;
  if ((decidedOn == null) !== (decision == null)) {
    throw new RangeError('decidedOn and decision must be given together');
  }
  toPlainDate(today);
  const deadline = approvalDecisionDeadline(request);
  if (decidedOn != null && decision != null) {
    if (compareIsoDates(decidedOn, request.receivedOn) < 0) {
      throw new RangeError(`decidedOn (${decidedOn}) is before receivedOn (${request.receivedOn})`);
    }
    const known = compareIsoDates(decidedOn, today) <= 0;
    if (known && compareIsoDates(decidedOn, deadline) <= 0) return decision;
  }
  return isPastDecisionDeadline(deadline, today) ? 'TACITLY_GRANTED' : 'PENDING';
}
