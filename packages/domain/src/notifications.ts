// Notifications (issue 14 §3): who must hear about which event, what they are told and where the link leads. DESIGN
// §6 "Nothing is sent that the recipient may not read": a notification says what happened and links to the page,
// never the person's name or the content (the page shows it to whoever may read it, under its own rules).
import { addWorkingDays, isWorkingDay } from './calendar.js';
import type { IsoDate } from './iso-date.js';

/** The kinds of event someone is told about; the outbox's `type` column. */
export const NOTIFICATION_KINDS = [
  /** fiche 4: a prescripteur addressed a fiche navette to the SIAE. */
  'PRESCRIPTION_SENT',
  /** fiche 4: the SIAE accepted the prescribed person. */
  'PRESCRIPTION_ACCEPTED',
  /** fiche 4: the SIAE refused, with a reason. */
  'PRESCRIPTION_REFUSED',
  /** annexe 4 §2.2.2: the agence granted the agrément. */
  'APPROVAL_REQUEST_GRANTED',
  /** annexe 4 §2.2.3: the agence refused the agrément, with a reason (an appeal is possible). */
  'APPROVAL_REQUEST_REFUSED',
  /** annexe 4 §2.2.2: no answer by the deadline, the agrément is acquired. */
  'APPROVAL_REQUEST_TACITLY_GRANTED',
  /** fiche 7: the bilan of the tripartite interview was sent to the prescripteur. */
  'EXIT_BILAN_SENT',
  /** accord, article 2: one party signed the convention de coopération; the other has to. */
  'COOPERATION_AGREEMENT_TO_SIGN',
  /** annexe 4 §2.2.2: a request's decision deadline is the next working day. */
  'DECISION_DEADLINE_TOMORROW',
  /** fiche 7: the tripartite interview of an employee is due (2 to 3 months before the end). */
  'EXIT_INTERVIEW_DUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** The organisation kinds of @navette/db memberships that have a portal. */
export type RecipientOrganisationKind = 'SIAE' | 'AGENCY' | 'PRESCRIBER_ORGANISATION';

interface KindWording {
  /** Shown in the bell's list and as the e-mail's subject. */
  title: string;
  /** The e-mail's sentence before the link. */
  body: string;
  /** Shown on the preferences screen. */
  preference: string;
}

export const NOTIFICATION_WORDING: Record<NotificationKind, KindWording> = {
  PRESCRIPTION_SENT: {
    title: 'Nouvelle fiche navette reçue',
    body: 'Un prescripteur vous a adressé une fiche navette. Consultez-la et répondez-y dans Navette.',
    preference: 'Fiches navette reçues',
  },
  PRESCRIPTION_ACCEPTED: {
    title: 'Fiche navette acceptée par la SIAE',
    body: 'La SIAE a accepté une personne que vous avez prescrite.',
    preference: 'Fiches navette acceptées',
  },
  PRESCRIPTION_REFUSED: {
    title: 'Fiche navette refusée par la SIAE',
    body: 'La SIAE a refusé une personne que vous avez prescrite ; le motif est indiqué dans Navette.',
    preference: 'Fiches navette refusées',
  },
  APPROVAL_REQUEST_GRANTED: {
    title: 'Agrément accordé',
    body: 'L’agence Pôle emploi a accordé une demande d’agrément.',
    preference: 'Agréments accordés',
  },
  APPROVAL_REQUEST_REFUSED: {
    title: 'Agrément refusé',
    body: 'L’agence Pôle emploi a refusé une demande d’agrément ; le motif et la possibilité de recours sont indiqués dans Navette.',
    preference: 'Agréments refusés',
  },
  APPROVAL_REQUEST_TACITLY_GRANTED: {
    title: 'Agrément acquis tacitement',
    body: 'Une demande d’agrément est restée sans réponse dans le délai : l’agrément est acquis (annexe 4 §2.2.2).',
    preference: 'Agréments acquis tacitement',
  },
  EXIT_BILAN_SENT: {
    title: 'Bilan de sortie transmis',
    body: 'La SIAE vous a transmis le bilan de l’entretien tripartite d’une personne que vous avez prescrite.',
    preference: 'Bilans de sortie transmis',
  },
  COOPERATION_AGREEMENT_TO_SIGN: {
    title: 'Convention de coopération à signer',
    body: 'L’autre partie a signé une convention de coopération locale : elle attend votre signature.',
    preference: 'Conventions à signer',
  },
  DECISION_DEADLINE_TOMORROW: {
    title: 'Demande d’agrément à décider d’ici demain',
    body: 'Le délai de décision d’une demande d’agrément expire le prochain jour ouvré ; sans réponse, l’agrément sera acquis.',
    preference: 'Délais de décision qui expirent',
  },
  EXIT_INTERVIEW_DUE: {
    title: 'Entretien tripartite à organiser',
    body: 'La fin du parcours d’un salarié approche : l’entretien tripartite est à tenir (fiche 7).',
    preference: 'Entretiens tripartites à organiser',
  },
};

/** Which organisation kinds may receive each kind (the preferences screen lists these for the viewer). */
export const NOTIFICATION_AUDIENCE: Record<NotificationKind, readonly RecipientOrganisationKind[]> = {
  PRESCRIPTION_SENT: ['SIAE'],
  PRESCRIPTION_ACCEPTED: ['PRESCRIBER_ORGANISATION'],
  PRESCRIPTION_REFUSED: ['PRESCRIBER_ORGANISATION'],
  APPROVAL_REQUEST_GRANTED: ['SIAE', 'PRESCRIBER_ORGANISATION'],
  APPROVAL_REQUEST_REFUSED: ['SIAE', 'PRESCRIBER_ORGANISATION'],
  APPROVAL_REQUEST_TACITLY_GRANTED: ['SIAE', 'PRESCRIBER_ORGANISATION'],
  EXIT_BILAN_SENT: ['PRESCRIBER_ORGANISATION'],
  COOPERATION_AGREEMENT_TO_SIGN: ['SIAE', 'AGENCY'],
  DECISION_DEADLINE_TOMORROW: ['AGENCY'],
  EXIT_INTERVIEW_DUE: ['SIAE'],
};

/** The ids an event carries (outbox payload): the subject and the entities its links need. Ids only. */
export interface NotificationSubject {
  subjectId: string;
  prescriptionId?: string | null;
  approvalId?: string | null;
}

const PORTAL_BASE: Record<RecipientOrganisationKind, string> = {
  SIAE: '/siae',
  AGENCY: '/agence',
  PRESCRIBER_ORGANISATION: '/prescripteur',
};

const seg = (id: string) => encodeURIComponent(id);

/**
 * The path, in the recipient's portal, of the page where the event is read and acted on (the portals' routes:
 * apps/portal-*\/src/paths.ts). A link, never the content.
 */
export function notificationLink(
  kind: NotificationKind,
  recipient: RecipientOrganisationKind,
  subject: NotificationSubject,
): string {
  const base = PORTAL_BASE[recipient];
  const prescription = subject.prescriptionId ? `/prescriptions/${seg(subject.prescriptionId)}` : '/prescriptions';
  switch (kind) {
    case 'PRESCRIPTION_SENT':
    case 'PRESCRIPTION_ACCEPTED':
    case 'PRESCRIPTION_REFUSED':
      return `${base}/prescriptions/${seg(subject.subjectId)}`;
    case 'APPROVAL_REQUEST_GRANTED':
    case 'APPROVAL_REQUEST_REFUSED':
    case 'APPROVAL_REQUEST_TACITLY_GRANTED':
    case 'DECISION_DEADLINE_TOMORROW':
      return recipient === 'PRESCRIBER_ORGANISATION'
        ? `${base}${prescription}`
        : `${base}/demandes/${seg(subject.subjectId)}`;
    case 'EXIT_BILAN_SENT':
      // The agrément's page in the Espace prescripteur, where the bilan is read once sent (fiche 7).
      return `${base}/agrements/${seg(subject.approvalId ?? subject.subjectId)}`;
    case 'COOPERATION_AGREEMENT_TO_SIGN':
      return recipient === 'AGENCY'
        ? `${base}/conventions/${seg(subject.subjectId)}`
        : `${base}/convention/${seg(subject.subjectId)}`;
    case 'EXIT_INTERVIEW_DUE':
      return `${base}/salaries/${seg(subject.approvalId ?? subject.subjectId)}`;
  }
}

/** Retry schedule of deliveries: 30 s doubling, at most 1 h between attempts, given up after 8 attempts. */
export const DELIVERY_MAX_ATTEMPTS = 8;
export function deliveryBackoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

/**
 * How the e-mails of one kind reach a user (issue 14 §3, per-user preferences): one per notification as it happens,
 * one a day for all the kinds so chosen, or none. The in-app notification (the bell) is always kept.
 */
export const NOTIFICATION_DELIVERIES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export function isNotificationDelivery(value: string): value is NotificationDelivery {
  return (NOTIFICATION_DELIVERIES as readonly string[]).includes(value);
}

/** Shown on the preferences screen. */
export const NOTIFICATION_DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  IMMEDIATE: 'Un courriel à chaque notification',
  DAILY_DIGEST: 'Un récapitulatif par jour',
  OFF: 'Pas de courriel',
};

/**
 * The daily digest leaves from this hour of the French day (Europe/Paris), the start of a working day: it lists what
 * came since the previous one. A digest day is the French calendar day (dateInFrance).
 */
export const DIGEST_HOUR_IN_FRANCE = 7;

const PARIS_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });

/** Whether the day's digest may leave at `instant` (from DIGEST_HOUR_IN_FRANCE, French time, summer and winter). */
export function isDigestTime(instant: Date): boolean {
  return Number(PARIS_HOUR.format(instant)) >= DIGEST_HOUR_IN_FRANCE;
}

/** The subject of the daily digest e-mail; its body lists each notification's title and link, nothing else. */
export function digestSubject(count: number): string {
  return count === 1 ? 'Votre notification du jour' : `Vos ${count} notifications du jour`;
}

/**
 * DECISION_DEADLINE_TOMORROW (annexe 4 §2.2.2: no answer by the end of the last day, the agrément is acquired): the
 * agence is told on the working day before a pending request's deadline — `today` is a working day of the request's
 * département and the deadline is the next one. Not on a weekend or a holiday (the working day before already told).
 */
export function isDecisionDeadlineTomorrow(deadline: IsoDate, today: IsoDate, departement: string): boolean {
  return isWorkingDay(today, { departement }) && addWorkingDays(today, 1, { departement }) === deadline;
}
