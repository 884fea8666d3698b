// Reporting views (migration 0005): published by the parcours context for the pilotage, without any person.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, integer, pgSchema, primaryKey, text, uuid, varchar } from 'drizzle-orm/pg-core';
import {
  approvalEventKind,
  approvalRequestKind,
  approvalRequestStatus,
  appealStatus,
  orientationOriginKind,
  orientationStatus,
  prescriptionStatus,
  registrationCheckpoint,
} from './parcours.js';
import { agreementStatus, prescriberKind, siaeKind } from './structures.js';

export const reporting = pgSchema('reporting');

export const approvalRequestFacts = reporting
  .view('approval_request_facts', {
    id: uuid('id').notNull(),
    kind: approvalRequestKind('kind').notNull(),
    siaeId: uuid('siae_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    siaeKind: siaeKind('siae_kind').notNull(),
    departementCode: varchar('departement_code', { length: 3 }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: approvalRequestStatus('status').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }),
    refusalReason: text('refusal_reason'),
    appealStatus: appealStatus('appeal_status'),
  })
  .existing();

export const approvalEventFacts = reporting
  .view('approval_event_facts', {
    id: uuid('id').notNull(),
    approvalId: uuid('approval_id').notNull(),
    kind: approvalEventKind('kind').notNull(),
    siaeId: uuid('siae_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    siaeKind: siaeKind('siae_kind').notNull(),
    departementCode: varchar('departement_code', { length: 3 }).notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
  })
  .existing();

const facts = () => ({
  siaeId: uuid('siae_id').notNull(),
  agencyId: uuid('agency_id').notNull(),
  siaeKind: siaeKind('siae_kind').notNull(),
  departementCode: varchar('departement_code', { length: 3 }).notNull(),
});

export const prescriptionFacts = reporting
  .view('prescription_facts', {
    id: uuid('id').notNull(),
    status: prescriptionStatus('status').notNull(),
    ...facts(),
    prescriberKind: prescriberKind('prescriber_kind').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    updatedOn: date('updated_on', { mode: 'string' }).notNull(),
  })
  .existing();

export const trainingFacts = reporting
  .view('training_facts', {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    ...facts(),
    kind: text('kind').notNull(),
    hours: integer('hours').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    /** End of the same person's previous record in the same cell (migration 0013). */
    previousEndOn: date('previous_end_on', { mode: 'string' }),
  })
  .existing();

export const immersionFacts = reporting
  .view('immersion_facts', {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    ...facts(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
  })
  .existing();

export const serviceUseFacts = reporting
  .view('service_use_facts', {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    ...facts(),
    usedOn: date('used_on', { mode: 'string' }).notNull(),
    inWorkFollowUp: boolean('in_work_follow_up').notNull(),
  })
  .existing();

export const poeFacts = reporting
  .view('poe_facts', {
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    ...facts(),
    hours: integer('hours').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
  })
  .existing();

export const siaeFacts = reporting
  .view('siae_facts', {
    id: uuid('id').notNull(),
    siaeKind: siaeKind('siae_kind').notNull(),
    departementCode: varchar('departement_code', { length: 3 }).notNull(),
    agencyId: uuid('agency_id').notNull(),
    hasReferent: boolean('has_referent').notNull(),
  })
  .existing();

export const cooperationAgreementFacts = reporting
  .view('cooperation_agreement_facts', {
    id: uuid('id').notNull(),
    ...facts(),
    status: agreementStatus('status').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    terminatedOn: date('terminated_on', { mode: 'string' }),
  })
  .existing();

export const jobOfferFacts = reporting
  .view('job_offer_facts', {
    id: uuid('id').notNull(),
    ...facts(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    depositedAtPoleEmploiOn: date('deposited_at_pole_emploi_on', { mode: 'string' }),
  })
  .existing();

export const ctaMeetingFacts = reporting
  .view('cta_meeting_facts', {
    id: uuid('id').notNull(),
    ctaId: uuid('cta_id').notNull(),
    departementCode: text('departement_code').notNull(),
    agencyId: uuid('agency_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    siaeHeadsInvited: boolean('siae_heads_invited').notNull(),
    minutesSentToCdiaeOn: date('minutes_sent_to_cdiae_on', { mode: 'string' }),
  })
  .existing();

/** pilotage.accord_presentations (fiche 3): the presentations of the accord in CDIAE, by département and day. */
export const accordPresentationFacts = reporting
  .view('accord_presentation_facts', {
    id: uuid('id').notNull(),
    departementCode: text('departement_code').notNull(),
    presentedOn: date('presented_on', { mode: 'string' }).notNull(),
  })
  .existing();

// Live per-day, per-month and per-year totals of the event indicators by département × SIAE kind, kept by triggers in
// the transaction of each write (migrations 0013, 0015); only the triggers write them (navette_app may read them).
const measureTotals = () => ({
  /**
   * A measure of @navette/domain (INDICATOR_MEASURE_SPECS or STATISTICS_MEASURE_SPECS: what it counts and by which
   * date), or one of the two parts of `trainedPeople`. The triggers' SQL is checked against those specs by
   * apps/subgraph-pilotage/src/services/indicator-drift.integration.test.ts.
   */
  measure: text('measure').notNull(),
  departementCode: varchar('departement_code', { length: 3 }).notNull(),
  siaeKind: siaeKind('siae_kind').notNull(),
  value: bigint('value', { mode: 'number' }).notNull(),
});

export const measureDays = reporting.table(
  'measure_days',
  { ...measureTotals(), day: date('day', { mode: 'string' }).notNull() },
  (t) => [primaryKey({ columns: [t.measure, t.day, t.departementCode, t.siaeKind] })],
);

export const measureMonths = reporting.table(
  'measure_months',
  {
    ...measureTotals(),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.measure, t.month, t.departementCode, t.siaeKind] }),
    check('measure_months_first_day', sql`extract(day from ${t.month}) = 1`),
  ],
);

export const measureYears = reporting.table(
  'measure_years',
  {
    ...measureTotals(),
    /** 1 January of the year. */
    year: date('year', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.measure, t.year, t.departementCode, t.siaeKind] }),
    check('measure_years_first_day', sql`extract(doy from ${t.year}) = 1`),
  ],
);

/** Orientations towards a prescripteur (accord, annexe 4 §3), without the person (migration 0022). */
export const orientationFacts = reporting
  .view('orientation_facts', {
    id: uuid('id').notNull(),
    originKind: orientationOriginKind('origin_kind').notNull(),
    prescriberOrganisationId: uuid('prescriber_organisation_id').notNull(),
    departementCode: varchar('departement_code', { length: 3 }).notNull(),
    status: orientationStatus('status').notNull(),
    orientedOn: date('oriented_on', { mode: 'string' }).notNull(),
  })
  .existing();

/**
 * Inscriptions à Pôle emploi recorded on the parcours (fiches 5 and 7), with their agrément's dates, without the person
 * (migration 0036).
 */
export const poleEmploiRegistrationFacts = reporting
  .view('pole_emploi_registration_facts', {
    id: uuid('id').notNull(),
    approvalId: uuid('approval_id').notNull(),
    ...facts(),
    checkpoint: registrationCheckpoint('checkpoint').notNull(),
    registered: boolean('registered').notNull(),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    approvalStartOn: date('approval_start_on', { mode: 'string' }).notNull(),
    approvalEndOn: date('approval_end_on', { mode: 'string' }).notNull(),
  })
  .existing();
