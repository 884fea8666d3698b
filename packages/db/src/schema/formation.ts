// Context `formation`: training, PMSMP, Pôle emploi services, POE (DESIGN §1; accord, fiches 5, 6 and 7). Training
// records, immersions, services used and POE are personal data of a parcours: row-level security (migration 0006)
// gives them to the SIAE that entered them, its agence, and the prescripteur of the parcours.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { siaeKind } from './structures.js';

export const formation = pgSchema('formation');

export const employmentServiceKind = formation.enum('employment_service_kind', [
  'ATELIER',
  'PRESTATION',
  'FORMATION',
  'AIDE',
]);

export const employmentServices = formation.table(
  'employment_services',
  {
    id: uuid('id').primaryKey(),
    /** The agence (structures.agencies.id) that offers it; no cross-context foreign key (DESIGN §1). */
    agencyId: uuid('agency_id').notNull(),
    kind: employmentServiceKind('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
  },
  (t) => [index('employment_services_agency_idx').on(t.agencyId, t.kind)],
);

/** The SIAE's agence, kind and département, filled by the `parcours.fill_siae_facts` trigger on every write. */
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

/** Who the record is about and who entered it: a person of a parcours (parcours.people, parcours.approvals). */
const parcoursRef = () => ({
  personId: uuid('person_id').notNull(),
  approvalId: uuid('approval_id').notNull(),
  /** The prescripteur of the parcours (copied from the agrément), who follows its status (DESIGN §4). */
  prescriberOrganisationId: uuid('prescriber_organisation_id'),
  siaeId: uuid('siae_id').notNull(),
});

export const trainingKind = formation.enum('training_kind', [
  'QUALIFYING',
  'CERTIFYING',
  'PRE_QUALIFYING',
  'ADAPTATION',
  'BASIC_SKILLS',
]);

/** Heures de formation during the parcours (accord, fiche 6; annexe 1: hours and people, by département and SIAE kind). */
export const trainingRecords = formation.table(
  'training_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...parcoursRef(),
    ...siaeFacts(),
    kind: trainingKind('kind').notNull(),
    title: text('title').notNull(),
    organisation: text('organisation').notNull(),
    hours: integer('hours').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    /**
     * End of the same person's previous record in the same département and SIAE kind (by end date, then id); null for
     * the first. Kept by triggers (migration 0012), never written by the application: it makes "people trained in a
     * period" a sum of live totals (see reporting.training_records_measures).
     */
    previousEndOn: date('previous_end_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_records_approval_idx').on(t.approvalId, t.startOn),
    index('training_records_sequence_idx').on(t.personId, t.departementCode, t.siaeKind, t.endOn, t.id),
    index('training_records_end_idx').on(t.endOn, t.previousEndOn, t.departementCode, t.siaeKind),
    index('training_records_previous_end_idx').on(t.previousEndOn, t.endOn, t.departementCode, t.siaeKind),
    index('training_records_siae_idx').on(t.siaeId, t.startOn),
    index('training_records_facts_idx').on(t.departementCode, t.siaeKind, t.endOn),
    // Natural keys of the records (issue 12): the same record entered twice by the SIAE.
    uniqueIndex('training_records_natural_unique').on(
      t.approvalId,
      t.siaeId,
      t.kind,
      t.startOn,
      sql`lower(${t.title})`,
    ),
    check('training_records_hours', sql`${t.hours} > 0 AND ${t.hours} <= 2000`),
    check('training_records_period', sql`${t.endOn} >= ${t.startOn}`),
  ],
);

/** PMSMP: période de mise en situation en milieu professionnel (accord, fiche 5). */
export const immersions = formation.table(
  'immersions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...parcoursRef(),
    ...siaeFacts(),
    hostCompany: text('host_company').notNull(),
    objective: text('objective').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('immersions_approval_idx').on(t.approvalId, t.startOn),
    index('immersions_facts_idx').on(t.departementCode, t.siaeKind, t.startOn),
    uniqueIndex('immersions_natural_unique').on(t.approvalId, t.siaeId, t.startOn, sql`lower(${t.hostCompany})`),
    check('immersions_period', sql`${t.endOn} >= ${t.startOn}`),
  ],
);

/** A Pôle emploi service used by a person during the parcours (fiche 5), incl. in-work follow-up (fiche 7). */
export const serviceUses = formation.table(
  'service_uses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...parcoursRef(),
    ...siaeFacts(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => employmentServices.id),
    usedOn: date('used_on', { mode: 'string' }).notNull(),
    /** Prestation de suivi dans l'emploi (fiche 7). */
    inWorkFollowUp: boolean('in_work_follow_up').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_uses_approval_idx').on(t.approvalId, t.usedOn),
    index('service_uses_facts_idx').on(t.departementCode, t.siaeKind, t.usedOn),
    uniqueIndex('service_uses_natural_unique').on(t.approvalId, t.siaeId, t.serviceId, t.usedOn, t.inWorkFollowUp),
  ],
);

/** Préparation opérationnelle à l'emploi (fiche 7). */
export const poes = formation.table(
  'poes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...parcoursRef(),
    ...siaeFacts(),
    employer: text('employer').notNull(),
    hours: integer('hours').notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('poes_approval_idx').on(t.approvalId),
    index('poes_facts_idx').on(t.departementCode, t.siaeKind, t.startOn),
    uniqueIndex('poes_natural_unique').on(t.approvalId, t.siaeId, t.startOn, sql`lower(${t.employer})`),
    check('poes_hours', sql`${t.hours} > 0`),
    check('poes_period', sql`${t.endOn} >= ${t.startOn}`),
  ],
);
