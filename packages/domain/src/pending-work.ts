/**
 * "Mon travail en attente" (issue 14 §1): what waits for each role, with the day it is due. One rule per kind of item;
 * the subgraphs read the facts (under row-level security) and call these functions, the portals show the result.
 *
 * Where the accord fixes a delay it is reused from its own module (decision deadline of annexe 4 §2.2.2, the
 * tripartite interview's window of fiche 7, the comité's documents 10 days before, the quarterly CTA of fiche 8, the
 * 3 months' notice of an agrément's end). Where the accord is silent, the delay below is CHOSEN by the platform (marked
 * "chosen" on each constant), as a reminder, never as a legal limit.
 */
import { approvalRequestStatusOn, type StoredApprovalRequest } from './approval-deadline.js';
import { APPROVAL_ENDING_NOTICE_MONTHS } from './approval-alerts.js';
import { countWorkingDaysBetween } from './calendar.js';
import {
  addDays,
  addMonths,
  compareIsoDates,
  daysInclusive,
  formatFrenchDate as fr,
  type IsoDate,
} from './iso-date.js';
import { isProfilePrevalidationToRenew, PROFILE_PREVALIDATION_RENEWAL_NOTICE_DAYS } from './profile-prevalidation.js';
import { ctaMeetingsDue, STEERING_DOCUMENTS_DAYS_BEFORE, steeringMeetingsShortfall } from './steering.js';

export const PENDING_WORK_KINDS = [
  // prescripteur
  'PRESCRIPTION_UNANSWERED',
  'APPROVAL_REFUSED',
  'EXIT_BILAN_TO_READ',
  'HABILITATION_LAPSING',
  // SIAE
  'PRESCRIPTION_TO_ANSWER',
  'APPROVAL_REQUEST_PENDING',
  'CONTRACT_TO_RECORD',
  'EXIT_INTERVIEW_DUE',
  'APPROVAL_ENDING',
  'SUSPENSION_ENDING',
  // agence (and the SIAE for the conventions)
  'DECISION_DUE',
  'APPEAL_TO_ANSWER',
  'CONVENTION_TO_SIGN',
  'CTA_MEETING_DUE',
  'CTA_MINUTES_TO_SEND',
  'PREVALIDATION_TO_RENEW',
  'REGISTRATION_CHECKS_DUE',
  // comité de pilotage, État
  'STEERING_MEETINGS_DUE',
  'STEERING_DOCUMENTS_DUE',
  'ROADMAP_ACTION_LATE',
] as const;
export type PendingWorkKind = (typeof PENDING_WORK_KINDS)[number];

/** French name of each kind, as the navigation and the home page group them. */
export const PENDING_WORK_KIND_LABELS: Readonly<Record<PendingWorkKind, string>> = {
  PRESCRIPTION_UNANSWERED: 'Fiches navette sans réponse de la SIAE',
  APPROVAL_REFUSED: 'Agréments refusés (recours possible)',
  EXIT_BILAN_TO_READ: 'Bilans de sortie à lire',
  HABILITATION_LAPSING: 'Habilitation à renouveler',
  PRESCRIPTION_TO_ANSWER: 'Fiches navette à traiter',
  APPROVAL_REQUEST_PENDING: 'Demandes en attente de réponse',
  CONTRACT_TO_RECORD: 'Contrats à enregistrer',
  EXIT_INTERVIEW_DUE: 'Entretiens tripartites à organiser',
  APPROVAL_ENDING: 'Agréments se terminant dans moins de 3 mois',
  SUSPENSION_ENDING: 'Suspensions se terminant',
  DECISION_DUE: 'Décisions à rendre',
  APPEAL_TO_ANSWER: 'Recours à examiner',
  CONVENTION_TO_SIGN: 'Conventions à signer',
  CTA_MEETING_DUE: 'CTA du trimestre à réunir',
  CTA_MINUTES_TO_SEND: 'Comptes rendus de CTA à transmettre au CDIAE',
  PREVALIDATION_TO_RENEW: 'Validations de profils à renouveler',
  REGISTRATION_CHECKS_DUE: 'Inscriptions à Pôle emploi à vérifier 6 mois après l’agrément',
  STEERING_MEETINGS_DUE: 'Réunions du comité de pilotage à tenir',
  STEERING_DOCUMENTS_DUE: 'Documents du comité à transmettre',
  ROADMAP_ACTION_LATE: 'Actions de la feuille de route en retard',
};

/** Chosen (the accord is silent): a fiche navette unanswered by the SIAE 10 days after it was sent is flagged. */
export const PRESCRIPTION_ANSWER_DAYS = 10;
/** Chosen (the accord is silent on the habilitation's renewal): announced 3 months before its end. */
export const HABILITATION_NOTICE_MONTHS = 3;
/** Chosen (annexe 4 §2.2.4 fixes no notice): a suspension's end is announced 15 days ahead. */
export const SUSPENSION_END_NOTICE_DAYS = 15;
/** Chosen (fiche 7 says the bilan is sent, not when it is read): a bilan stays "to read" 30 days after it was sent. */
export const EXIT_BILAN_READ_DAYS = 30;
/**
 * Chosen (annexe 4 §2.2.3 allows "un recours écrit" without a limit): a refusal stays open to appeal on the home page
 * for 2 months after the decision, the delay of an administrative appeal in general law.
 */
export const REFUSAL_APPEAL_NOTICE_MONTHS = 2;
/** Chosen (annexe 4 §2.2.3 sets no delay for the director's answer): an appeal is to be answered within 30 days. */
export const APPEAL_ANSWER_DAYS = 30;
/** Chosen (fiche 8: minutes "communiqués au CDIAE", no delay): within 30 days of the meeting. */
export const CTA_MINUTES_DAYS = 30;

/** A piece of work waiting for the caller, as the rules compute it. */
export interface PendingWorkRule {
  readonly kind: PendingWorkKind;
  /** The day it is due (a deadline, or the day a chosen delay runs out). */
  readonly dueOn: IsoDate;
  /** French sentence shown on the home page (no personal data: numbers and dates only). */
  readonly label: string;
}

/**
 * Days left until `dueOn`, counted from `today` (0 on the day, negative once past). Calendar days, except for an
 * agence's decision (`departement` given): jours ouvrés until the deadline included, as the request's own
 * `workingDaysLeft` (annexe 4 §2.2.2).
 */
export function pendingWorkDaysLeft(today: IsoDate, dueOn: IsoDate, departement?: string): number {
  if (departement != null && compareIsoDates(dueOn, today) >= 0) {
    return countWorkingDaysBetween(today, dueOn, { departement });
  }
  const sign = compareIsoDates(dueOn, today);
  return sign === 0 ? 0 : sign > 0 ? daysInclusive(today, dueOn) - 1 : -(daysInclusive(dueOn, today) - 1);
}

/** Sorted by due date, soonest (or most late) first; then by kind, for a stable order. */
export function sortPendingWork<T extends { readonly dueOn: IsoDate; readonly kind: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort((a, b) => compareIsoDates(a.dueOn, b.dueOn) || a.kind.localeCompare(b.kind));
}

/** How many items of each kind, in the order of PENDING_WORK_KINDS, kinds with none left out. */
export function countPendingWork(
  items: readonly { readonly kind: PendingWorkKind }[],
): { kind: PendingWorkKind; count: number }[] {
  return PENDING_WORK_KINDS.map((kind) => ({ kind, count: items.filter((i) => i.kind === kind).length })).filter(
    (c) => c.count > 0,
  );
}

const within = (date: IsoDate, from: IsoDate, to: IsoDate) =>
  compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0;

type Fiche = { readonly status: string; readonly sentOn: IsoDate };
const awaitingAnswer = (p: Fiche) => p.status === 'SENT' || p.status === 'SEEN';

/** SIAE: a fiche navette sent or seen, not answered yet (fiche 4: the SIAE answers the prescripteur). */
export function prescriptionToAnswer(p: Fiche): PendingWorkRule | null {
  if (!awaitingAnswer(p)) return null;
  const dueOn = addDays(p.sentOn, PRESCRIPTION_ANSWER_DAYS);
  return {
    kind: 'PRESCRIPTION_TO_ANSWER',
    dueOn,
    label: `Fiche navette reçue le ${fr(p.sentOn)} : réponse attendue au plus tard le ${fr(dueOn)}.`,
  };
}

/** Prescripteur: a fiche the SIAE has not answered PRESCRIPTION_ANSWER_DAYS after it was sent. */
export function prescriptionUnanswered(p: Fiche, today: IsoDate): PendingWorkRule | null {
  if (!awaitingAnswer(p)) return null;
  const dueOn = addDays(p.sentOn, PRESCRIPTION_ANSWER_DAYS);
  if (compareIsoDates(today, dueOn) < 0) return null;
  return {
    kind: 'PRESCRIPTION_UNANSWERED',
    dueOn,
    label: `Fiche navette envoyée le ${fr(p.sentOn)} : sans réponse de la SIAE depuis plus de ${PRESCRIPTION_ANSWER_DAYS} jours.`,
  };
}

type Request = StoredApprovalRequest & {
  readonly decidedOn?: IsoDate | null;
  readonly appealStatus?: string | null;
  readonly appealedOn?: IsoDate | null;
};

/** SIAE: a request still pending on `today` (approvalRequestStatusOn), due at its deadline fixed at receipt. */
export function approvalRequestPending(r: Request, today: IsoDate): PendingWorkRule | null {
  if (approvalRequestStatusOn(r, today) !== 'PENDING') return null;
  return {
    kind: 'APPROVAL_REQUEST_PENDING',
    dueOn: r.deadline,
    label: `Demande en attente : réponse de Pôle emploi au plus tard le ${fr(r.deadline)}, sinon l’agrément est acquis.`,
  };
}

/** Agence: the same pending request, to decide by its deadline (annexe 4 §2.2.2). */
export function decisionDue(r: Request, today: IsoDate): PendingWorkRule | null {
  if (approvalRequestStatusOn(r, today) !== 'PENDING') return null;
  return { kind: 'DECISION_DUE', dueOn: r.deadline, label: `Décision à rendre au plus tard le ${fr(r.deadline)}.` };
}

/** SIAE and prescripteur: a refusal not appealed yet, within REFUSAL_APPEAL_NOTICE_MONTHS of the decision. */
export function approvalRefused(r: Request, today: IsoDate): PendingWorkRule | null {
  if (r.status !== 'REFUSED' || r.decidedOn == null || r.appealStatus != null) return null;
  const dueOn = addMonths(r.decidedOn, REFUSAL_APPEAL_NOTICE_MONTHS);
  if (compareIsoDates(today, dueOn) > 0) return null;
  return {
    kind: 'APPROVAL_REFUSED',
    dueOn,
    label: `Agrément refusé le ${fr(r.decidedOn)} : un recours écrit auprès du directeur de l’agence est possible.`,
  };
}

/** Agence: an appeal waiting for the director's answer. */
export function appealToAnswer(r: Request): PendingWorkRule | null {
  if (r.appealStatus !== 'PENDING' || r.appealedOn == null) return null;
  const dueOn = addDays(r.appealedOn, APPEAL_ANSWER_DAYS);
  return { kind: 'APPEAL_TO_ANSWER', dueOn, label: `Recours reçu le ${fr(r.appealedOn)} : réponse à donner.` };
}

type Approval = { readonly number: string; readonly startOn: IsoDate; readonly endOn: IsoDate };

/** SIAE: an agrément granted and current, with no contract recorded under it and no sortie. */
export function contractToRecord(
  a: Approval & { readonly contracts: number; readonly exited: boolean },
  today: IsoDate,
): PendingWorkRule | null {
  if (a.contracts > 0 || a.exited || compareIsoDates(a.endOn, today) < 0) return null;
  return {
    kind: 'CONTRACT_TO_RECORD',
    dueOn: a.startOn,
    label: `Agrément ${a.number} accordé : enregistrez le contrat (début prévu le ${fr(a.startOn)}).`,
  };
}

/** SIAE: the agrément ends within APPROVAL_ENDING_NOTICE_MONTHS (the same notice as the agrément's alerts). */
export function approvalEnding(a: Approval & { readonly exited: boolean }, today: IsoDate): PendingWorkRule | null {
  if (a.exited || !within(a.endOn, today, addMonths(today, APPROVAL_ENDING_NOTICE_MONTHS))) return null;
  return { kind: 'APPROVAL_ENDING', dueOn: a.endOn, label: `Agrément ${a.number} : se termine le ${fr(a.endOn)}.` };
}

/** SIAE: a tripartite interview due (the window of exitInterviewsDue, fiche 7), due at the window's last day. */
export function exitInterviewDue(a: { readonly number: string; readonly windowEndOn: IsoDate }): PendingWorkRule {
  return {
    kind: 'EXIT_INTERVIEW_DUE',
    dueOn: a.windowEndOn,
    label: `Agrément ${a.number} : entretien tripartite à tenir au plus tard le ${fr(a.windowEndOn)} (fiche 7).`,
  };
}

/** SIAE: a suspension ending within SUSPENSION_END_NOTICE_DAYS (the employee resumes, or a prolongation is asked). */
export function suspensionEnding(
  s: { readonly number: string; readonly endOn: IsoDate | null },
  today: IsoDate,
): PendingWorkRule | null {
  if (s.endOn == null || !within(s.endOn, today, addDays(today, SUSPENSION_END_NOTICE_DAYS))) return null;
  return {
    kind: 'SUSPENSION_ENDING',
    dueOn: s.endOn,
    label: `Agrément ${s.number} : la suspension se termine le ${fr(s.endOn)}.`,
  };
}

/** Prescripteur: an exit bilan sent to it (fiche 7), to read within EXIT_BILAN_READ_DAYS. */
export function exitBilanToRead(
  b: { readonly number: string; readonly sentToPrescriberOn: IsoDate | null },
  today: IsoDate,
): PendingWorkRule | null {
  if (b.sentToPrescriberOn == null) return null;
  const dueOn = addDays(b.sentToPrescriberOn, EXIT_BILAN_READ_DAYS);
  if (!within(today, b.sentToPrescriberOn, dueOn)) return null;
  return {
    kind: 'EXIT_BILAN_TO_READ',
    dueOn,
    label: `Agrément ${b.number} : bilan de l’entretien tripartite reçu le ${fr(b.sentToPrescriberOn)}.`,
  };
}

/** Prescripteur habilité: the préfet's habilitation ends within HABILITATION_NOTICE_MONTHS (fiche 2). */
export function habilitationLapsing(
  o: { readonly habilitationEndOn: IsoDate | null },
  today: IsoDate,
): PendingWorkRule | null {
  const endOn = o.habilitationEndOn;
  if (endOn == null || !within(endOn, today, addMonths(today, HABILITATION_NOTICE_MONTHS))) return null;
  return {
    kind: 'HABILITATION_LAPSING',
    dueOn: endOn,
    label: `Votre habilitation par le préfet se termine le ${fr(endOn)} : demandez son renouvellement à la DDETS.`,
  };
}

/** Agence or SIAE: a convention de coopération drafted and not yet signed by this party (due at its start). */
export function conventionToSign(
  c: { readonly status: string; readonly startOn: IsoDate; readonly signedByCaller: boolean; readonly siae: string },
  party: 'AGENCY' | 'SIAE',
): PendingWorkRule | null {
  if (c.status !== 'DRAFT' || c.signedByCaller) return null;
  return {
    kind: 'CONVENTION_TO_SIGN',
    dueOn: c.startOn,
    label:
      party === 'AGENCY'
        ? `Convention de coopération avec ${c.siae} à signer (début le ${fr(c.startOn)}).`
        : `Convention de coopération avec l’agence à signer (début le ${fr(c.startOn)}).`,
  };
}

/**
 * Agence leading a CTA: no meeting yet in the current quarter (fiche 8, ctaMeetingsDue), due at the quarter's end;
 * in the fourth quarter the meeting invites the heads of the SIAE.
 */
export function ctaMeetingDue(
  cta: { readonly name: string; readonly meetings: readonly { readonly heldOn: IsoDate }[] },
  today: IsoDate,
): PendingWorkRule | null {
  const year = Number(today.slice(0, 4));
  const [check] = ctaMeetingsDue(
    year,
    cta.meetings.map((m) => ({ employmentAreaId: cta.name, heldOn: m.heldOn })),
    { employmentAreas: [cta.name] },
  );
  const quarter = check?.quarters.find((q) => within(today, q.from, q.to));
  if (!quarter || quarter.meetings > 0) return null;
  return {
    kind: 'CTA_MEETING_DUE',
    dueOn: quarter.to,
    label:
      quarter.quarter === 4
        ? `${cta.name} : réunion de fin d’année à tenir avant le ${fr(quarter.to)}, avec les responsables des SIAE.`
        : `${cta.name} : réunion du trimestre à tenir avant le ${fr(quarter.to)}.`,
  };
}

/** Agence leading a CTA: a meeting held whose minutes were not sent to the CDIAE (fiche 8). */
export function ctaMinutesToSend(
  m: { readonly ctaName: string; readonly heldOn: IsoDate; readonly minutesSentToCdiaeOn: IsoDate | null },
  today: IsoDate,
): PendingWorkRule | null {
  if (m.minutesSentToCdiaeOn != null || compareIsoDates(m.heldOn, today) > 0) return null;
  return {
    kind: 'CTA_MINUTES_TO_SEND',
    dueOn: addDays(m.heldOn, CTA_MINUTES_DAYS),
    label: `${m.ctaName} : compte rendu de la réunion du ${fr(m.heldOn)} à transmettre au CDIAE.`,
  };
}

/**
 * Agence: a validation de profil (annexe 4 §2.2.2 and §2.2.8) ending within PROFILE_PREVALIDATION_RENEWAL_NOTICE_DAYS
 * (chosen) and not renewed, due on its last day.
 */
export function prevalidationToRenew(
  p: { readonly startsOn: IsoDate; readonly endsOn: IsoDate; readonly renewed: boolean; readonly siae: string },
  today: IsoDate,
): PendingWorkRule | null {
  if (!isProfilePrevalidationToRenew(p, today)) return null;
  return {
    kind: 'PREVALIDATION_TO_RENEW',
    dueOn: p.endsOn,
    label: `Validation de profil pour ${p.siae} : se termine le ${fr(p.endsOn)} (renouvellement à prévoir dans les ${PROFILE_PREVALIDATION_RENEWAL_NOTICE_DAYS} jours).`,
  };
}

/**
 * Agence: the 6-month checks of the inscription à Pôle emploi (fiche 7: "% de personnes inscrites à Pôle emploi 6 mois
 * après la fin de leur agrément") due and not recorded, as ONE item whatever their number, due on the day of the
 * longest waiting (a territory's backlog, hundreds of agréments, would otherwise bury the rest of the home page; the
 * worklist has them all).
 */
export function registrationChecksDue(due: {
  readonly count: number;
  readonly oldestDueOn: IsoDate | null;
}): PendingWorkRule | null {
  if (due.count <= 0 || due.oldestDueOn == null) return null;
  const n = new Intl.NumberFormat('fr-FR').format(due.count);
  return {
    kind: 'REGISTRATION_CHECKS_DUE',
    dueOn: due.oldestDueOn,
    label:
      due.count === 1
        ? `1 agrément terminé depuis 6 mois : inscription à Pôle emploi de la personne à vérifier (fiche 7), attendue depuis le ${fr(due.oldestDueOn)}.`
        : `${n} agréments terminés depuis 6 mois : inscription à Pôle emploi des personnes à vérifier (fiche 7), la plus ancienne attendue depuis le ${fr(due.oldestDueOn)}.`,
  };
}

/** Comité, État: fewer than 2 meetings of the comité recorded this year (article 3), due by 31 December. */
export function steeringMeetingsDue(
  meetings: readonly { readonly heldOn: IsoDate }[],
  today: IsoDate,
): PendingWorkRule | null {
  const year = Number(today.slice(0, 4));
  const missing = steeringMeetingsShortfall(year, meetings);
  if (missing === 0) return null;
  return {
    kind: 'STEERING_MEETINGS_DUE',
    dueOn: `${today.slice(0, 4)}-12-31`,
    label: `${missing === 1 ? 'Une réunion' : `${missing} réunions`} du comité de pilotage à tenir cette année (au moins 2 par an).`,
  };
}

/** Comité, État: a meeting to come whose documents are not sent; due 10 days before it (article 3). */
export function steeringDocumentsDue(
  m: { readonly heldOn: IsoDate; readonly documentsSentOn: IsoDate | null },
  today: IsoDate,
): PendingWorkRule | null {
  if (m.documentsSentOn != null || compareIsoDates(m.heldOn, today) < 0) return null;
  const dueOn = addDays(m.heldOn, -STEERING_DOCUMENTS_DAYS_BEFORE);
  return {
    kind: 'STEERING_DOCUMENTS_DUE',
    dueOn,
    label: `Réunion du ${fr(m.heldOn)} : documents à transmettre au plus tard le ${fr(dueOn)}.`,
  };
}

/** Comité, État: an action of a past year's feuille de route neither done nor dropped. */
export function roadmapActionLate(
  a: { readonly year: number; readonly action: string; readonly status: string },
  today: IsoDate,
): PendingWorkRule | null {
  if (a.year >= Number(today.slice(0, 4)) || a.status === 'DONE' || a.status === 'DROPPED') return null;
  return {
    kind: 'ROADMAP_ACTION_LATE',
    dueOn: `${String(a.year).padStart(4, '0')}-12-31`,
    label: `Feuille de route ${a.year} : « ${a.action} » n’est pas terminée.`,
  };
}

/** An item as the API gives it: the rule's result, the days left, and where in the caller's portal it is done. */
export interface PendingWorkItemView extends PendingWorkRule {
  readonly daysLeft: number;
  readonly daysLeftInWorkingDays: boolean;
  readonly link: string | null;
}

/**
 * The item of a rule on `today`, linking to `link` (a path in the caller's portal). `departement` is given for an
 * agence's decision only: its days left are then jours ouvrés (pendingWorkDaysLeft).
 */
export function pendingWorkItem(
  rule: PendingWorkRule,
  today: IsoDate,
  link: string | null,
  departement?: string,
): PendingWorkItemView {
  return {
    ...rule,
    daysLeft: pendingWorkDaysLeft(today, rule.dueOn, departement),
    daysLeftInWorkingDays: departement != null && compareIsoDates(rule.dueOn, today) >= 0,
    link,
  };
}
