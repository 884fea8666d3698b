/**
 * The alerts a SIAE reads on an agrément ("Mes salariés", the employee's page): one function, so that the screen and
 * the lists of due interviews never disagree again (issue 13, "rules written twice have already diverged").
 */
import {
  APPROVAL_REQUEST_KIND_LABELS,
  approvalRequestStatusOn,
  type ApprovalRequestKind,
  type StoredApprovalRequest,
} from './approval-deadline.js';
import {
  contractEndForExit,
  exitInterviewEnd,
  exitInterviewsDue,
  exitInterviewWindow,
  type ContractForExit,
} from './exit.js';
import { addMonths, compareIsoDates, formatFrenchDate as fr, type IsoDate } from './iso-date.js';

export const APPROVAL_ALERT_KINDS = [
  'REQUEST_PENDING',
  'APPROVAL_ENDING',
  'EXIT_INTERVIEW_DUE',
  'EXIT_INTERVIEW_PLANNED',
] as const;
export type ApprovalAlertKind = (typeof APPROVAL_ALERT_KINDS)[number];

export interface ApprovalAlert {
  readonly kind: ApprovalAlertKind;
  /**
   * The date the alert is about: REQUEST_PENDING the decision deadline; APPROVAL_ENDING the agrément's end;
   * EXIT_INTERVIEW_DUE the last day of the interview's window; EXIT_INTERVIEW_PLANNED the planned day.
   */
  readonly date: IsoDate;
  /** REQUEST_PENDING: the kind of the request. */
  readonly requestKind?: ApprovalRequestKind;
  /** The French sentence shown to the SIAE. */
  readonly message: string;
}

/** How far ahead the end of an agrément is announced (the window of fiche 7 opens 3 months before the end). */
export const APPROVAL_ENDING_NOTICE_MONTHS = 3;

export interface ApprovalAlertFacts {
  /** Current end of the agrément (approvalEndDate). */
  readonly approvalEndOn: IsoDate;
  /** Contracts under the agrément. */
  readonly contracts: readonly ContractForExit[];
  /** Requests on the agrément, as stored (status and the deadline fixed at receipt). */
  readonly requests: readonly (StoredApprovalRequest & { readonly kind: ApprovalRequestKind })[];
  /** A sortie is recorded: the parcours has ended. */
  readonly exited: boolean;
  /** Days of the tripartite interviews held. */
  readonly interviewsHeldOn: readonly IsoDate[];
  /** Day the next tripartite interview is planned, if it is. */
  readonly interviewPlannedOn?: IsoDate | null;
}

/**
 * Alerts of an agrément on `today`, in this order:
 * - each request still pending (approvalRequestStatusOn: not past the deadline fixed at receipt, annexe 4 §2.2.2);
 * - after a sortie, nothing else: the parcours has ended (fiche 7);
 * - the agrément ends within 3 months (annexe 4 §2.1: the end of the 24 months);
 * - the tripartite interview (fiche 7: "2 à 3 mois avant la fin du contrat ou de l'agrément"): the end it prepares is
 *   the earlier of the contract's and the agrément's ends and its window is open, exactly as exitInterviewsDue says
 *   (the same function decides); when it is planned for that end (in its window, validateExitInterviewPlan), the
 *   alert says so (EXIT_INTERVIEW_PLANNED) instead of asking to organise it, from the planning until the end it
 *   prepares, unless it was held since its window opened. A plan for an earlier end (older than the window) is stale.
 */
export function approvalAlerts(facts: ApprovalAlertFacts, today: IsoDate): ApprovalAlert[] {
  const alerts: ApprovalAlert[] = [];
  for (const request of facts.requests) {
    if (approvalRequestStatusOn(request, today) !== 'PENDING') continue;
    alerts.push({
      kind: 'REQUEST_PENDING',
      date: request.deadline,
      requestKind: request.kind,
      message: `Demande de ${APPROVAL_REQUEST_KIND_LABELS[request.kind].toLowerCase()} en attente : réponse attendue au plus tard le ${fr(request.deadline)}.`,
    });
  }
  if (facts.exited) return alerts;

  const endOn = facts.approvalEndOn;
  if (
    compareIsoDates(endOn, today) >= 0 &&
    compareIsoDates(endOn, addMonths(today, APPROVAL_ENDING_NOTICE_MONTHS)) <= 0
  ) {
    alerts.push({
      kind: 'APPROVAL_ENDING',
      date: endOn,
      message: `L’agrément se termine le ${fr(endOn)}, dans moins de 3 mois.`,
    });
  }

  const parcours = {
    id: '',
    contractEndOn: contractEndForExit(facts.contracts, today),
    approvalEndOn: facts.approvalEndOn,
    exitInterviewOn: [...facts.interviewsHeldOn].sort(compareIsoDates).at(-1) ?? null,
  };
  const interviewEnd = exitInterviewEnd(parcours)!;
  const window = exitInterviewWindow(interviewEnd);
  const held = parcours.exitInterviewOn != null && compareIsoDates(parcours.exitInterviewOn, window.from) >= 0;
  const planned = facts.interviewPlannedOn;
  if (
    planned != null &&
    compareIsoDates(planned, window.from) >= 0 &&
    !held &&
    compareIsoDates(today, interviewEnd) <= 0
  ) {
    alerts.push({
      kind: 'EXIT_INTERVIEW_PLANNED',
      date: planned,
      message:
        compareIsoDates(planned, today) >= 0
          ? `Entretien tripartite prévu le ${fr(planned)} (fiche 7) : enregistrez-le une fois tenu.`
          : `Entretien tripartite prévu le ${fr(planned)} (fiche 7) : enregistrez-le s’il a eu lieu, ou planifiez-le à nouveau avant le ${fr(interviewEnd)}.`,
    });
    return alerts;
  }
  const [due] = exitInterviewsDue([parcours], today);
  if (due) {
    alerts.push({
      kind: 'EXIT_INTERVIEW_DUE',
      date: due.window.to,
      message: `Entretien tripartite à organiser au plus tard le ${fr(due.window.to)} (fiche 7).`,
    });
  }
  return alerts;
}
