// Context `parcours`: personnes, diagnostics, prescriptions, demandes d'agrément, agréments, contrats, sorties
// (DESIGN §1). Every table here holds personal data: row-level security (migration 0004) lets a request see only the
// rows of its organisation (DESIGN §4), whatever the resolver asks. `siae_id` rows carry the SIAE's agence, kind and
// département, copied by a trigger from the directory when the row is written, so that the agence's territory and
// the indicators are plain column filters.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { siaeKind } from './structures.js';

/** Binary content (PostgreSQL bytea), as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const parcours = pgSchema('parcours');

export const prescriptionStatus = parcours.enum('prescription_status', [
  'SENT',
  'SEEN',
  'ACCEPTED',
  'REFUSED',
  'WITHDRAWN',
  'HIRED',
]);
export const approvalRequestKind = parcours.enum('approval_request_kind', [
  'INITIAL',
  'EXTENSION',
  'PROLONGATION',
  'RENEWAL',
  'SUSPENSION',
]);
/** CLOSED: a pending request the parcours made moot (the sortie, fiche 7), closed with its reason (issue 13). */
export const approvalRequestStatus = parcours.enum('approval_request_status', [
  'PENDING',
  'GRANTED',
  'REFUSED',
  'TACITLY_GRANTED',
  'CLOSED',
]);
export const appealStatus = parcours.enum('appeal_status', ['PENDING', 'UPHELD', 'DISMISSED']);
export const approvalEventKind = parcours.enum('approval_event_kind', ['SUSPENSION', 'PROLONGATION', 'EXTENSION']);
export const contractKind = parcours.enum('contract_kind', [
  'CDDI',
  'CDI_INCLUSION',
  'MISSION_ETTI',
  'MISE_A_DISPOSITION_AI',
]);
export const exitOutcome = parcours.enum('exit_outcome', ['DURABLE_JOB', 'TRANSITION_JOB', 'TRAINING', 'OTHER']);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * The SIAE's agence, kind and département, copied from the directory by the `fill_siae_facts` trigger (migration
 * 0004) on every write: the writer never supplies them (DEFAULT NULL, NOT NULL checked after the trigger).
 */
const siaeFacts = () => ({
  agencyId: uuid('agency_id')
    .notNull()
    .default(sql`null`),
  siaeKind: siaeKind('siae_kind')
    .notNull()
    .default(sql`null`),
  departementCode: varchar('departement_code', { length: 3 })
    .notNull()
    .default(sql`null`),
});

/** A person in (or heading for) a parcours IAE. Created by a prescripteur; seen by those §4 allows. */
export const people = parcours.table(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    email: text('email'),
    phone: text('phone'),
    /** Identifiant Pôle emploi (demandeur d'emploi), when registered. */
    poleEmploiId: varchar('pole_emploi_id', { length: 11 }),
    /** Reconnaissance de la qualité de travailleur handicapé (annexe 4 §2.2.6 b). Sensitive. */
    rqth: boolean('rqth').notNull().default(false),
    createdByUserId: uuid('created_by_user_id'),
    createdByOrganisationId: uuid('created_by_organisation_id').notNull(),
    createdAt: createdAt(),
    /**
     * When the retention job erased the identity (issue 19 §3, docs/data-protection.md): the names and birth date
     * hold `ANONYMISED_IDENTITY` of @navette/domain, contact fields are null. A trigger (migration 0022) refuses any
     * write that would give the person an identity back.
     */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    index('people_created_by_organisation_idx').on(t.createdByOrganisationId, t.lastName, t.id),
    // Natural keys (issue 12, docs/security.md "Duplicate-proof writes"): the same person recorded twice by the same
    // organisation. Scoped to the recording organisation, so a conflict never tells about another one's people.
    uniqueIndex('people_pole_emploi_unique')
      .on(t.createdByOrganisationId, t.poleEmploiId)
      .where(sql`${t.poleEmploiId} IS NOT NULL`),
    // Anonymised people all carry the same erased identity: they are left out of the natural key.
    uniqueIndex('people_identity_unique')
      .on(t.createdByOrganisationId, t.birthDate, sql`lower(${t.lastName})`, sql`lower(${t.firstName})`)
      .where(sql`${t.anonymisedAt} IS NULL`),
    check('people_names_not_blank', sql`length(trim(${t.firstName})) > 0 AND length(trim(${t.lastName})) > 0`),
  ],
);

/**
 * Rectification of a person's identity (issue 19 §4; RGPD art. 16): each field an organisation corrected, with the
 * value before and after, who and when. Append-only for the application (migration: no UPDATE or DELETE granted);
 * shown in the person's record (`exportPerson`), erased with the person (`eraseFreeTexts` deletes the rows).
 */
export const personIdentityChanges = parcours.table(
  'person_identity_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** The column corrected: first_name, last_name, birth_date, email, phone, pole_emploi_id, rqth. */
    field: text('field').notNull(),
    beforeValue: text('before_value'),
    afterValue: text('after_value'),
    changedByUserId: uuid('changed_by_user_id'),
    changedByOrganisationId: uuid('changed_by_organisation_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_identity_changes_person_idx').on(t.personId, t.changedAt),
    check(
      'person_identity_changes_field',
      sql`${t.field} IN ('first_name', 'last_name', 'birth_date', 'email', 'phone', 'pole_emploi_id', 'rqth')`,
    ),
  ],
);

/** Diagnostic d'éligibilité (accord, annexe 2 criteria; annexe 4 §2.1: made by the prescripteur). */
export const eligibilityDiagnoses = parcours.table(
  'eligibility_diagnoses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    prescriberOrganisationId: uuid('prescriber_organisation_id').notNull(),
    authorUserId: uuid('author_user_id'),
    criteria: text('criteria').array().notNull(),
    diagnosedOn: date('diagnosed_on', { mode: 'string' }).notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    index('eligibility_diagnoses_person_idx').on(t.personId, t.diagnosedOn),
    // The same diagnosis (same criteria, sorted) of a person by the same prescripteur on the same day (issue 12).
    uniqueIndex('eligibility_diagnoses_natural_unique').on(
      t.personId,
      t.prescriberOrganisationId,
      t.diagnosedOn,
      t.criteria,
    ),
  ],
);

/** Fiche navette: a prescription of a person to a SIAE (fiche 4). */
export const prescriptions = parcours.table(
  'prescriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    diagnosisId: uuid('diagnosis_id')
      .notNull()
      .references(() => eligibilityDiagnoses.id),
    prescriberOrganisationId: uuid('prescriber_organisation_id').notNull(),
    prescriberUserId: uuid('prescriber_user_id'),
    siaeId: uuid('siae_id').notNull(),
    /** Filled from the directory by trigger (territory of the agence, indicators). */
    ...siaeFacts(),
    jobOfferId: uuid('job_offer_id'),
    message: text('message').notNull(),
    status: prescriptionStatus('status').notNull().default('SENT'),
    /** SIAE refusal (fiche 4: "refus motivé"): code from @navette/domain SIAE_REFUSAL_REASONS plus free text. */
    refusalReason: text('refusal_reason'),
    refusalComment: text('refusal_comment'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('prescriptions_siae_idx').on(t.siaeId, t.sentAt, t.id),
    index('prescriptions_prescriber_idx').on(t.prescriberOrganisationId, t.sentAt, t.id),
    index('prescriptions_agency_idx').on(t.agencyId, t.sentAt),
    index('prescriptions_person_idx').on(t.personId),
    // The reporting view prescription_facts groups by the day in France: indexed on that same expression.
    index('prescriptions_sent_on_idx').on(
      t.departementCode,
      t.siaeKind,
      sql`((${t.sentAt} AT TIME ZONE 'Europe/Paris')::date)`,
    ),
    index('prescriptions_updated_on_idx').on(
      t.departementCode,
      t.siaeKind,
      sql`((${t.updatedAt} AT TIME ZONE 'Europe/Paris')::date)`,
    ),
    // One live prescription of a person to a given SIAE at a time.
    uniqueIndex('prescriptions_live_unique')
      .on(t.personId, t.siaeId)
      .where(sql`${t.status} in ('SENT', 'SEEN', 'ACCEPTED')`),
    check('prescriptions_refusal_has_reason', sql`(${t.status} = 'REFUSED') = (${t.refusalReason} IS NOT NULL)`),
  ],
);

/** Status history of a prescription, visible to the prescripteur and the SIAE. */
export const prescriptionEvents = parcours.table(
  'prescription_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    prescriptionId: uuid('prescription_id')
      .notNull()
      .references(() => prescriptions.id),
    status: prescriptionStatus('status').notNull(),
    reason: text('reason'),
    comment: text('comment'),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('prescription_events_prescription_idx').on(t.prescriptionId, t.occurredAt)],
);

/** Where an orientation towards a prescripteur stands (@navette/domain ORIENTATION_STATUSES). */
export const orientationStatus = parcours.enum('orientation_status', ['PENDING', 'ACCEPTED', 'DECLINED']);
/** Who oriented, as the comité counts it (@navette/domain ORIENTATION_ORIGIN_KINDS; fiche 4). */
export const orientationOriginKind = parcours.enum('orientation_origin_kind', [
  'POLE_EMPLOI',
  'PRESCRIBER',
  'SIAE',
  'OTHER',
]);

/**
 * L'orientation (accord, annexe 4 §3): an organisation receiving the public orients a person towards a prescripteur,
 * with a short reason; the prescripteur accepts (then diagnoses) or declines with a reason. Seen by the orienting
 * organisation and the prescripteur (row-level security, migration 0022).
 */
export const orientations = parcours.table(
  'orientations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    originOrganisationId: uuid('origin_organisation_id').notNull(),
    originKind: orientationOriginKind('origin_kind').notNull(),
    originUserId: uuid('origin_user_id'),
    /** The prescripteur the person is oriented to. */
    prescriberOrganisationId: uuid('prescriber_organisation_id').notNull(),
    /** The prescripteur's département, from the directory (the comité's counts by département). */
    departementCode: varchar('departement_code', { length: 3 }).notNull(),
    reason: text('reason').notNull(),
    status: orientationStatus('status').notNull().default('PENDING'),
    declineReason: text('decline_reason'),
    orientedAt: timestamp('oriented_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredByUserId: uuid('answered_by_user_id'),
  },
  (t) => [
    index('orientations_prescriber_idx').on(t.prescriberOrganisationId, t.orientedAt, t.id),
    index('orientations_origin_idx').on(t.originOrganisationId, t.orientedAt, t.id),
    index('orientations_person_idx').on(t.personId, t.prescriberOrganisationId),
    index('orientations_departement_idx').on(t.departementCode, t.orientedAt),
    // The same orientation twice (a double click, a retry, two tabs): one pending orientation of a person by an
    // organisation to a prescripteur (issue 12, duplicate-proof writes).
    uniqueIndex('orientations_pending_unique')
      .on(t.personId, t.originOrganisationId, t.prescriberOrganisationId)
      .where(sql`${t.status} = 'PENDING'`),
    check('orientations_decline_has_reason', sql`(${t.status} = 'DECLINED') = (${t.declineReason} IS NOT NULL)`),
    check('orientations_answer_dated', sql`(${t.status} = 'PENDING') = (${t.answeredAt} IS NULL)`),
    check('orientations_reason_not_blank', sql`length(trim(${t.reason})) > 0`),
  ],
);

/**
 * Validation des profils (issue 18 §3; accord, annexe 4 §2.2.2 last paragraph and §2.2.8): an agence pre-validates a
 * person's profile for an ETTI or an AI it has a convention de coopération with, for a period the server fixes
 * (@navette/domain validateProfilePrevalidation); a demande d'agrément of that SIAE for that person received within
 * the period is decided the same day. `agency_id` is the agence that pre-validated (row-level security: it and the
 * SIAE read it). One period per agence, person, SIAE and first day; an agence's periods for the same person and SIAE never overlap (the
 * use case takes a lock and returns the one that covers the day asked for).
 */
export const profilePrevalidations = parcours.table(
  'profile_prevalidations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    siaeId: uuid('siae_id').notNull(),
    siaeKind: siaeKind('siae_kind').notNull(),
    /** The convention de coopération in force on the first day. */
    cooperationAgreementId: uuid('cooperation_agreement_id').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('profile_prevalidations_natural_unique').on(t.agencyId, t.personId, t.siaeId, t.startsOn),
    index('profile_prevalidations_agency_idx').on(t.agencyId, t.endsOn),
    index('profile_prevalidations_siae_person_idx').on(t.siaeId, t.personId, t.endsOn),
    check('profile_prevalidations_period', sql`${t.endsOn} >= ${t.startsOn}`),
    check('profile_prevalidations_kind', sql`${t.siaeKind} in ('ETTI', 'AI')`),
  ],
);

/** Agrément (annexe 4 §2.1): 24 months from the first hiring; `end_on` is kept equal to `approvalEndDate(...)`. */
export const approvals = parcours.table(
  'approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: varchar('number', { length: 12 }).notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    siaeId: uuid('siae_id').notNull(),
    ...siaeFacts(),
    prescriberOrganisationId: uuid('prescriber_organisation_id'),
    prescriptionId: uuid('prescription_id').references(() => prescriptions.id),
    /** The agrément this one renews (annexe 4 §2.2.7). */
    renewsApprovalId: uuid('renews_approval_id'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    /** Day the next tripartite interview is planned for (fiche 7), until it is recorded as held; who planned it, when. */
    exitInterviewPlannedOn: date('exit_interview_planned_on', { mode: 'string' }),
    exitInterviewPlannedByUserId: uuid('exit_interview_planned_by_user_id'),
    exitInterviewPlannedAt: timestamp('exit_interview_planned_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('approvals_siae_end_idx').on(t.siaeId, t.endOn),
    index('approvals_agency_end_idx').on(t.agencyId, t.endOn),
    index('approvals_prescriber_idx').on(t.prescriberOrganisationId),
    index('approvals_person_idx').on(t.personId),
    index('approvals_departement_kind_idx').on(t.departementCode, t.siaeKind, t.startOn),
    check('approvals_period_order', sql`${t.endOn} >= ${t.startOn}`),
    // One agrément per hiring (the INITIAL grant of a prescription) and one renewal per agrément: two grants of one
    // request, or of two requests for one prescription, cannot make two agréments (issue 12).
    uniqueIndex('approvals_prescription_unique')
      .on(t.prescriptionId)
      .where(sql`${t.prescriptionId} IS NOT NULL`),
    uniqueIndex('approvals_renewal_unique')
      .on(t.renewsApprovalId)
      .where(sql`${t.renewsApprovalId} IS NOT NULL`),
  ],
);

/** Suspensions, prolongations and extensions applied to an agrément (annexe 4 §2.2.4-6), with their request. */
export const approvalEvents = parcours.table(
  'approval_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id),
    kind: approvalEventKind('kind').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    /** Prolongation reason (TRAINING, AGE_50_OR_RQTH) or extension's SIAE. */
    reason: text('reason'),
    siaeId: uuid('siae_id').notNull(),
    ...siaeFacts(),
    requestId: uuid('request_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('approval_events_approval_idx').on(t.approvalId, t.startOn),
    index('approval_events_departement_kind_idx').on(t.departementCode, t.siaeKind, t.kind, t.startOn),
  ],
);

/**
 * Demande d'agrément of any kind (annexe 4 §2.2). `deadline` = approvalDecisionDeadline(received_on, SIAE kind,
 * département) at filing; a request still PENDING after it is TACITLY_GRANTED (job + lazy check, idempotent).
 */
export const approvalRequests = parcours.table(
  'approval_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: approvalRequestKind('kind').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    siaeId: uuid('siae_id').notNull(),
    ...siaeFacts(),
    prescriberOrganisationId: uuid('prescriber_organisation_id'),
    prescriptionId: uuid('prescription_id').references(() => prescriptions.id),
    /** The agrément concerned (every kind but INITIAL; RENEWAL: the previous one). */
    approvalId: uuid('approval_id').references(() => approvals.id),
    /** Kind-specific data: contract or suspension dates, prolongation reason and end, joint assessment… */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    requestedByUserId: uuid('requested_by_user_id'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: approvalRequestStatus('status').notNull().default('PENDING'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedByUserId: uuid('decided_by_user_id'),
    /** Refusal (annexe 4 §2.2.3): code from @navette/domain APPROVAL_REFUSAL_REASONS plus free text. */
    refusalReason: text('refusal_reason'),
    refusalComment: text('refusal_comment'),
    /** The one written appeal of the SIAE against a refusal (annexe 4 §2.2.3). */
    appealText: text('appeal_text'),
    appealedOn: date('appealed_on', { mode: 'string' }),
    appealStatus: appealStatus('appeal_status'),
    appealDecidedOn: date('appeal_decided_on', { mode: 'string' }),
    appealComment: text('appeal_comment'),
    /** Closed without a decision (status CLOSED): the day, why (shown to the SIAE and the agence), and by whom. */
    closedOn: date('closed_on', { mode: 'string' }),
    closedReason: text('closed_reason'),
    closedByUserId: uuid('closed_by_user_id'),
    /** The agrément created or changed by the grant. */
    resultingApprovalId: uuid('resulting_approval_id').references(() => approvals.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('approval_requests_agency_inbox_idx').on(t.agencyId, t.status, t.deadline),
    index('approval_requests_siae_idx').on(t.siaeId, t.createdAt),
    index('approval_requests_pending_deadline_idx')
      .on(t.deadline)
      .where(sql`${t.status} = 'PENDING'`),
    index('approval_requests_person_idx').on(t.personId),
    // Loaders read requests by agrément and by prescription (found missing at national scale).
    index('approval_requests_approval_idx').on(t.approvalId),
    index('approval_requests_prescription_idx').on(t.prescriptionId),
    index('approval_requests_prescriber_idx').on(t.prescriberOrganisationId),
    index('approval_requests_departement_kind_idx').on(t.departementCode, t.siaeKind, t.receivedOn),
    // Refusals are counted by decision date (annexe 1, F4_APPROVAL_REFUSALS).
    index('approval_requests_decided_idx').on(t.departementCode, t.siaeKind, t.decidedOn),
    // At most one live INITIAL request per prescription, one pending request of a kind per agrément (issue 12: the
    // services check it first; these make it hold under concurrency too).
    uniqueIndex('approval_requests_initial_live_unique')
      .on(t.prescriptionId)
      .where(sql`${t.kind} = 'INITIAL' AND ${t.status} in ('PENDING', 'GRANTED', 'TACITLY_GRANTED')`),
    uniqueIndex('approval_requests_pending_kind_unique')
      .on(t.approvalId, t.kind)
      .where(sql`${t.kind} <> 'INITIAL' AND ${t.status} = 'PENDING'`),
    // One request per agrément it created (INITIAL and RENEWAL grants).
    uniqueIndex('approval_requests_resulting_unique')
      .on(t.resultingApprovalId)
      .where(sql`${t.kind} in ('INITIAL', 'RENEWAL')`),
    check('approval_requests_deadline_after_receipt', sql`${t.deadline} >= ${t.receivedOn}`),
    check('approval_requests_refusal_has_reason', sql`(${t.status} = 'REFUSED') = (${t.refusalReason} IS NOT NULL)`),
    check(
      'approval_requests_closure_complete',
      sql`(${t.status}::text = 'CLOSED') = (${t.closedOn} IS NOT NULL AND ${t.closedReason} IS NOT NULL)`,
    ),
    check(
      'approval_requests_decision_complete',
      sql`(${t.status} in ('GRANTED', 'REFUSED')) = (${t.decidedOn} IS NOT NULL)`,
    ),
  ],
);

/** Contrat de travail (CDDI, CDI inclusion, mission d'ETTI) or mise à disposition of an AI, under an agrément. */
export const contracts = parcours.table(
  'contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    siaeId: uuid('siae_id').notNull(),
    ...siaeFacts(),
    kind: contractKind('kind').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    /** Planned end (null for a CDI inclusion). */
    endOn: date('end_on', { mode: 'string' }),
    /** Actual end when the person has left. */
    endedOn: date('ended_on', { mode: 'string' }),
    /** AI mise à disposition (annexe 4 §2.2.8): sector and hours. */
    aiSector: text('ai_sector'),
    aiHours: integer('ai_hours'),
    /** Who recorded the contract; `created_at` says when (issue 13: dated facts carry their author). */
    recordedByUserId: uuid('recorded_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('contracts_approval_idx').on(t.approvalId, t.startOn),
    index('contracts_siae_idx').on(t.siaeId, t.endOn),
    index('contracts_agency_idx').on(t.agencyId),
    // The same contract recorded twice: same agrément, SIAE, kind and start (issue 12).
    uniqueIndex('contracts_natural_unique').on(t.approvalId, t.siaeId, t.kind, t.startOn),
    check('contracts_period_order', sql`${t.endOn} IS NULL OR ${t.endOn} >= ${t.startOn}`),
    check('contracts_ended_order', sql`${t.endedOn} IS NULL OR ${t.endedOn} >= ${t.startOn}`),
  ],
);

/** Entretien tripartite before the end (fiche 7), its bilan and to whom it was sent. */
export const exitInterviews = parcours.table(
  'exit_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id),
    siaeId: uuid('siae_id').notNull(),
    ...siaeFacts(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    assessment: text('assessment').notNull(),
    sentToReferentOn: date('sent_to_referent_on', { mode: 'string' }),
    sentToPrescriberOn: date('sent_to_prescriber_on', { mode: 'string' }),
    /** Who recorded the interview held on `held_on`; `created_at` says when. */
    recordedByUserId: uuid('recorded_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('exit_interviews_approval_idx').on(t.approvalId),
    uniqueIndex('exit_interviews_natural_unique').on(t.approvalId, t.siaeId, t.heldOn),
  ],
);

export const registrationCheckpoint = parcours.enum('registration_checkpoint', [
  'DURING_PARCOURS',
  'SIX_MONTHS_AFTER_END',
]);

/**
 * Inscription à Pôle emploi of the person of an agrément (accord, fiche 5 "inscrire ou maintenir l'inscription"; fiche 7
 * "% de personnes inscrites à PE 6 mois après la fin de leur agrément"): one row per agrément and checkpoint, replaced
 * by a new record (@navette/domain validateRegistration). `siae_id` is the agrément's SIAE (its agence's territory and
 * the indicators' cell); `checked_on` and `recorded_at` are the server's, `registered_on` the user's proposal.
 */
export const poleEmploiRegistrations = parcours.table(
  'pole_emploi_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id),
    siaeId: uuid('siae_id').notNull(),
    ...siaeFacts(),
    checkpoint: registrationCheckpoint('checkpoint').notNull(),
    registered: boolean('registered').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }),
    /** The day of the record in France (the server's). */
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    recordedByOrganisationId: uuid('recorded_by_organisation_id').notNull(),
    recordedByUserId: uuid('recorded_by_user_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pole_emploi_registrations_checkpoint_unique').on(t.approvalId, t.checkpoint),
    index('pole_emploi_registrations_departement_idx').on(t.departementCode, t.siaeKind, t.checkedOn),
    check('pole_emploi_registrations_dated', sql`${t.registered} = (${t.registeredOn} IS NOT NULL)`),
  ],
);

/** Sortie (fiche 7): outcome and the skills handed to the person (document de compétences). */
export const exits = parcours.table(
  'exits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    siaeId: uuid('siae_id').notNull(),
    ...siaeFacts(),
    exitOn: date('exit_on', { mode: 'string' }).notNull(),
    outcome: exitOutcome('outcome').notNull(),
    /** Skills acquired, one per line, for the document de compétences. */
    skills: text('skills')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    comment: text('comment'),
    /** Who recorded the sortie of `exit_on`; `created_at` says when. */
    recordedByUserId: uuid('recorded_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('exits_approval_siae_unique').on(t.approvalId, t.siaeId),
    index('exits_siae_idx').on(t.siaeId, t.exitOn),
    index('exits_departement_kind_idx').on(t.departementCode, t.siaeKind, t.exitOn),
  ],
);

/** Documents filed with a demande d'agrément (annexe 4 §2.2: "demande écrite" with its supporting documents). */
export const requestDocuments = parcours.table(
  'request_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => approvalRequests.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('request_documents_request_idx').on(t.requestId),
    check('request_documents_size', sql`${t.size} > 0 AND ${t.size} <= 5242880`),
  ],
);

/**
 * Progress of the retention job (issue 19 §3; packages/db/src/retention.ts), one row per day it runs: the last
 * person handled (the job walks people by id) and the counts, committed with each batch, so a run cut short resumes
 * where it stopped. Read and written by the job only (the application role has no grant, migration 0022).
 */
export const retentionCheckpoints = parcours.table('retention_checkpoints', {
  runOn: date('run_on', { mode: 'string' }).primaryKey(),
  afterPersonId: uuid('after_person_id'),
  examined: integer('examined').notNull().default(0),
  anonymised: integer('anonymised').notNull().default(0),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
