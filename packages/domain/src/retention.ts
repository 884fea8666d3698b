/**
 * How long Navette keeps the personal data of a person (issue 19 §3; docs/data-protection.md). Periods run from the
 * person's last activity, never from the record's creation: a person followed for years keeps their record as long as
 * the parcours lives. When the period is over, the person is anonymised: identity, contact and free texts are erased,
 * the links between records (who prescribed, which SIAE, which agrément, which dates) are kept, so that the
 * indicators of annexe 1 — counts of anonymous facts — do not move.
 *
 * Sources (to be confirmed by the DPO, docs/data-protection.md):
 * - a person without agrément: 24 months after the last activity, as les emplois de l'inclusion (the national
 *   platform of the IAE) anonymises job seekers after two years of inactivity, and as the CNIL's reference framework
 *   for social support (référentiel « accompagnement social et médico-social ») keeps an inactive file two years;
 * - a person with an agrément: the agrément is an administrative decision that opens the aide au poste paid to the
 *   SIAE; its file is kept 60 months after the agrément's end, the limitation period of an action to recover an aid
 *   unduly paid (prescription quinquennale, Code civil art. 2224) — and at least 24 months after the last activity.
 */
import { addMonths, compareIsoDates, type IsoDate } from './iso-date.js';

/** A person never hired under an agrément (diagnoses, prescriptions, refused requests only). */
export const INACTIVE_PERSON_RETENTION_MONTHS = 24;
/** A person who held an agrément: from the end of their last agrément. */
export const APPROVAL_RETENTION_MONTHS = 60;
/** In-app notifications and the outbox events behind them (ids and kinds only): deleted 12 months after. */
export const NOTIFICATION_RETENTION_MONTHS = 12;
/** Logs of e-mail and webhook deliveries (status, attempts, error codes), once they ended: deleted 3 months after. */
export const DELIVERY_LOG_RETENTION_MONTHS = 3;
/** Audit trail, reads of personal data: CNIL, access logs kept 6 months to a year. */
export const AUDIT_READ_RETENTION_MONTHS = 12;
/**
 * Audit trail, every other event (sign-ins, access changes, decisions): the longest parcours (60 months, annexe 4
 * §2.2.6 b) plus a year for appeals and controls.
 */
export const AUDIT_EVENT_RETENTION_MONTHS = 72;

export type PersonRetentionRule = 'INACTIVITY' | 'APPROVAL_DECISION';

export interface PersonActivity {
  /** Latest day anything happened in the person's record (creation, diagnosis, prescription, request, decision,
   *  contract, activity, interview, sortie, agrément end). */
  readonly lastActivityOn: IsoDate;
  /** End of the person's last agrément, when they ever held one. */
  readonly lastApprovalEndOn: IsoDate | null;
}

export interface PersonRetention {
  /** Last day the person's identity is kept; anonymised from the next day on. */
  readonly keptUntil: IsoDate;
  /** The rule that sets `keptUntil` (the later of the two when both apply). */
  readonly rule: PersonRetentionRule;
}

/** The period of a person's record. Month arithmetic clamps to the month's last day (`addMonths`). */
export function personRetention(activity: PersonActivity): PersonRetention {
  const inactivity = addMonths(activity.lastActivityOn, INACTIVE_PERSON_RETENTION_MONTHS);
  if (activity.lastApprovalEndOn === null) return { keptUntil: inactivity, rule: 'INACTIVITY' };
  const decision = addMonths(activity.lastApprovalEndOn, APPROVAL_RETENTION_MONTHS);
  return compareIsoDates(decision, inactivity) >= 0
    ? { keptUntil: decision, rule: 'APPROVAL_DECISION' }
    : { keptUntil: inactivity, rule: 'INACTIVITY' };
}

/** True when the person's period is over on `today` (the day after `keptUntil` and later). */
export function isPersonRetentionOver(activity: PersonActivity, today: IsoDate): boolean {
  return compareIsoDates(today, personRetention(activity).keptUntil) > 0;
}

/** What anonymisation writes in place of the identity (the columns stay NOT NULL; the values say what happened). */
export const ANONYMISED_IDENTITY = {
  firstName: 'Personne',
  lastName: 'anonymisée',
  birthDate: '1900-01-01',
} as const;

/** What happens to a kind of record when its period is over. */
export type RetentionOutcome = 'ANONYMISED' | 'ERASED' | 'DELETED' | 'KEPT_ANONYMOUS' | 'PURGED';

export interface RetentionRule {
  /** The kind of record, in the words of docs/data-protection.md. */
  readonly record: string;
  /** Where it lives (schema.table[.column…]). */
  readonly where: string;
  readonly period: string;
  readonly outcome: RetentionOutcome;
  readonly source: string;
}

/** Every kind of personal record and its period: docs/data-protection.md prints this table; the tests hold it to the
 *  schema (each personal column of the schema is listed here). */
export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    record: 'Identity and contact of a person (name, birth date, e-mail, phone, Pôle emploi id, RQTH)',
    where: 'parcours.people',
    period: `${INACTIVE_PERSON_RETENTION_MONTHS} months after the last activity; with an agrément, ${APPROVAL_RETENTION_MONTHS} months after its end if later`,
    outcome: 'ANONYMISED',
    source:
      'les emplois de l’inclusion (two years of inactivity); CNIL, référentiel accompagnement social; Code civil art. 2224 (agrément)',
  },
  {
    record:
      'Free texts about the person (diagnosis comment, prescription message and comments, refusal and appeal texts, closure reason, tripartite interview bilan, sortie comment and skills, immersion objective)',
    where:
      'parcours.eligibility_diagnoses.comment, parcours.prescriptions.message/refusal_comment, parcours.prescription_events.comment, parcours.approval_requests.refusal_comment/appeal_text/appeal_comment/closed_reason, parcours.exit_interviews.assessment, parcours.exits.comment/skills, formation.immersions.objective',
    period: 'with the person',
    outcome: 'ERASED',
    source: 'as the identity: a free text may name the person or describe their situation',
  },
  {
    record: 'Rectification history of the identity (each corrected field, before and after, who, when)',
    where: 'parcours.person_identity_changes',
    period: 'with the person',
    outcome: 'DELETED',
    source: 'as the identity: it holds former values of the identity',
  },
  {
    record: 'Documents filed with a demande d’agrément',
    where: 'parcours.request_documents',
    period: 'with the person',
    outcome: 'DELETED',
    source: 'as the identity',
  },
  {
    record:
      'Facts of the parcours (diagnosis criteria and dates, prescriptions’ status, requests and decisions with reason codes, agréments, contracts, trainings, immersions, services, POE, sorties)',
    where: 'parcours.*, formation.* (links and dates)',
    period: 'kept, anonymous once the person is anonymised',
    outcome: 'KEPT_ANONYMOUS',
    source: 'the indicators of the accord (annexe 1) count them; without identity they describe nobody',
  },
  {
    record: 'Notifications of the users and the events behind them (kinds, ids of the subject, read or not)',
    where: 'notify.notifications, notify.outbox_events',
    period: `${NOTIFICATION_RETENTION_MONTHS} months`,
    outcome: 'DELETED',
    source: 'data minimisation: a notification is a pointer to work; the work itself keeps its own history',
  },
  {
    record: 'Delivery logs of e-mails and webhooks (to whom, status, attempts, error codes)',
    where: 'notify.email_deliveries, notify.email_digests, notify.webhook_deliveries',
    period: `${DELIVERY_LOG_RETENTION_MONTHS} months after the delivery ended (sent or given up)`,
    outcome: 'DELETED',
    source: 'data minimisation: long enough to answer a user or an API client asking about a delivery',
  },
  {
    record: 'Audit trail: reads of personal data',
    where: 'audit.events (PERSON_READ)',
    period: `${AUDIT_READ_RETENTION_MONTHS} months`,
    outcome: 'PURGED',
    source: 'CNIL: access logs kept 6 months to a year (docs/security.md)',
  },
  {
    record: 'Audit trail: sign-ins, access changes, decisions and changes of a parcours',
    where: 'audit.events (other actions)',
    period: `${AUDIT_EVENT_RETENTION_MONTHS} months`,
    outcome: 'PURGED',
    source:
      'the longest parcours (60 months, annexe 4 §2.2.6 b) plus a year for appeals and controls (docs/security.md)',
  },
];

/**
 * Why a person's data may not be erased on their request yet (RGPD art. 17(3)(b): a legal obligation keeps it): the
 * file of an agrément decision, kept 60 months after the agrément's end (the period an aide au poste unduly paid may
 * be recovered, Code civil art. 2224) — the same period the retention job applies. Null when nothing keeps the data
 * (no agrément, or its period over).
 */
export interface ErasureRefusal {
  readonly rule: 'APPROVAL_DECISION';
  readonly lastApprovalEndOn: IsoDate;
  /** Last day the obligation keeps the data; erasure is possible from the next day. */
  readonly keptUntil: IsoDate;
  readonly source: string;
}

export function erasureRefusal(activity: PersonActivity, today: IsoDate): ErasureRefusal | null {
  if (activity.lastApprovalEndOn === null) return null;
  const keptUntil = addMonths(activity.lastApprovalEndOn, APPROVAL_RETENTION_MONTHS);
  if (compareIsoDates(today, keptUntil) > 0) return null;
  return {
    rule: 'APPROVAL_DECISION',
    lastApprovalEndOn: activity.lastApprovalEndOn,
    keptUntil,
    source: 'agrément decision, aide au poste recoverable 5 years, Code civil art. 2224',
  };
}
