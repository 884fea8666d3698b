// Context `structures`: organisations of the IAE and their territories (DESIGN §1).
import { type SQL, sql as sql } from 'drizzle-orm';
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

export const structures = pgSchema('structures');

/**
 * Lower-case, accent-free text for "contains" searches, computed by the database (IMMUTABLE, so it can back a
 * generated column). Queries apply the same function to the user's term: see `searchKey()`.
 */
export const searchKeySql = (value: SQL) =>
  sql`translate(lower(${value}), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa')`;
const searchKeyColumn = (...columns: SQL[]) =>
  text('search_key')
    .notNull()
    .generatedAlwaysAs(searchKeySql(sql.join(columns, sql` || ' ' || `)));

export const siaeKind = structures.enum('siae_kind', ['ACI', 'AI', 'EI', 'ETTI', 'EITI']);
export const prescriberKind = structures.enum('prescriber_kind', [
  'POLE_EMPLOI',
  'MISSION_LOCALE',
  'CAP_EMPLOI',
  'HABILITE',
]);
export const stateServiceKind = structures.enum('state_service_kind', ['PREFECTURE', 'DREETS', 'DDETS']);

export const departements = structures.table('departements', {
  code: varchar('code', { length: 3 }).primaryKey(),
  name: text('name').notNull(),
  regionCode: varchar('region_code', { length: 2 }).notNull(),
});

/** Bassins d'emploi: each is the territory of a CTA (accord, fiche 8). */
export const employmentAreas = structures.table(
  'employment_areas',
  {
    id: uuid('id').primaryKey(),
    code: varchar('code', { length: 16 }).notNull().unique(),
    name: text('name').notNull(),
    departementCode: varchar('departement_code', { length: 3 })
      .notNull()
      .references(() => departements.code),
  },
  (t) => [index('employment_areas_departement_idx').on(t.departementCode)],
);

export const agencies = structures.table(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    code: varchar('code', { length: 16 }).notNull().unique(),
    name: text('name').notNull(),
    departementCode: varchar('departement_code', { length: 3 })
      .notNull()
      .references(() => departements.code),
    city: text('city').notNull(),
    searchKey: searchKeyColumn(sql`name`, sql`city`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agencies_departement_name_idx').on(t.departementCode, t.name, t.id)],
);

export const siaes = structures.table(
  'siaes',
  {
    id: uuid('id').primaryKey(),
    siret: varchar('siret', { length: 14 }).notNull().unique(),
    name: text('name').notNull(),
    kind: siaeKind('kind').notNull(),
    departementCode: varchar('departement_code', { length: 3 })
      .notNull()
      .references(() => departements.code),
    employmentAreaId: uuid('employment_area_id')
      .notNull()
      .references(() => employmentAreas.id),
    /** The agence Pôle emploi that follows the SIAE (référent, convention de coopération locale). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    city: text('city').notNull(),
    postcode: varchar('postcode', { length: 5 }).notNull(),
    searchKey: searchKeyColumn(sql`name`, sql`city`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('siaes_siret_digits', sql`${t.siret} ~ '^[0-9]{14}$'`),
    index('siaes_name_idx').on(t.name, t.id),
    index('siaes_departement_kind_name_idx').on(t.departementCode, t.kind, t.name, t.id),
    index('siaes_agency_name_idx').on(t.agencyId, t.name, t.id),
    index('siaes_employment_area_idx').on(t.employmentAreaId),
  ],
);

/**
 * Prescripteurs de droit (Pôle emploi, Missions locales, Cap emploi) and organisations habilitées by the préfet,
 * the latter for a period (accord, annexe 4 §2.1; fiche 2: listes départementales des prescripteurs habilités).
 */
export const prescriberOrganisations = structures.table(
  'prescriber_organisations',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    kind: prescriberKind('kind').notNull(),
    departementCode: varchar('departement_code', { length: 3 })
      .notNull()
      .references(() => departements.code),
    city: text('city').notNull(),
    habilitationStartOn: date('habilitation_start_on', { mode: 'string' }),
    habilitationEndOn: date('habilitation_end_on', { mode: 'string' }),
    searchKey: searchKeyColumn(sql`name`, sql`city`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Issue 14 §2: the period is the projection of the register of decisions (habilitation_decisions), kept by the
    // server in the same transaction as each decision; a withdrawn habilitation leaves a HABILITE without a period.
    // It moves with each decision: the readers of history (indicators, parcours) fold the register instead.
    check(
      'prescriber_habilitation_period',
      sql`(${t.kind} = 'HABILITE' OR ${t.habilitationStartOn} IS NULL)
        AND (${t.habilitationEndOn} IS NULL OR ${t.habilitationEndOn} >= ${t.habilitationStartOn})`,
    ),
    index('prescriber_organisations_departement_name_idx').on(t.departementCode, t.name, t.id),
    index('prescriber_organisations_name_idx').on(t.name, t.id),
  ],
);

export const habilitationDecisionKind = structures.enum('habilitation_decision_kind', [
  'GRANT',
  'RENEWAL',
  'WITHDRAWAL',
]);

/**
 * The register of the préfet's decisions on the habilitation of prescripteurs (accord, annexe 4 §2.1: habilités "par le
 * Préfet après avis du CDIAE"; fiche 2: the listes préfectorales), recorded by the État (DDETS) of the organisation's
 * département (issue 14 §2). Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE): a withdrawal is a decision
 * of its own. The decision date is the server's; `sequence` numbers an organisation's decisions (1, 2, …), so that two
 * decisions taken at once on one organisation cannot both be recorded as the next one.
 * Rows with `decided_by_user_id` null were recorded before the register (migration 0034 and bulk loads).
 */
export const habilitationDecisions = structures.table(
  'habilitation_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    prescriberOrganisationId: uuid('prescriber_organisation_id')
      .notNull()
      .references(() => prescriberOrganisations.id),
    /** The organisation's département, copied: the État of that département decides, the préfet's list is by it. */
    departementCode: varchar('departement_code', { length: 3 })
      .notNull()
      .references(() => departements.code),
    sequence: integer('sequence').notNull(),
    kind: habilitationDecisionKind('kind').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    startOn: date('start_on', { mode: 'string' }),
    endOn: date('end_on', { mode: 'string' }),
    reason: text('reason'),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedByOrganisationId: uuid('decided_by_organisation_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('habilitation_decisions_sequence_key').on(t.prescriberOrganisationId, t.sequence),
    index('habilitation_decisions_departement_idx').on(t.departementCode, t.recordedAt),
    check(
      'habilitation_decisions_shape',
      sql`(${t.kind} = 'WITHDRAWAL') = (${t.startOn} IS NULL)
        AND (${t.kind} = 'WITHDRAWAL') = (${t.reason} IS NOT NULL)
        AND (${t.endOn} IS NULL OR ${t.endOn} >= ${t.startOn})`,
    ),
  ],
);

/**
 * The CDIAE's avis on a habilitation request (annexe 4 §2.1: "habilités par le Préfet après avis du CDIAE"; issue 18
 * §5). A request is the préfet's next decision on a prescripteur habilité: `request_sequence` is the `sequence` that
 * decision takes in habilitation_decisions, so one avis per request (unique index) and never one on a request already
 * decided (the use case locks the organisation's row, as the decisions do, and gives the avis for the next sequence
 * only). Given by the CDIAE of the organisation's département; the date is the server's. Append-only (trigger).
 */
export const habilitationAvis = structures.table(
  'habilitation_avis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    prescriberOrganisationId: uuid('prescriber_organisation_id')
      .notNull()
      .references(() => prescriberOrganisations.id),
    departementCode: varchar('departement_code', { length: 3 })
      .notNull()
      .references(() => departements.code),
    requestSequence: integer('request_sequence').notNull(),
    favorable: boolean('favorable').notNull(),
    reason: text('reason'),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    givenByUserId: uuid('given_by_user_id').notNull(),
    cdiaeId: uuid('cdiae_id')
      .notNull()
      .references(() => cdiaes.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('habilitation_avis_request_key').on(t.prescriberOrganisationId, t.requestSequence),
    check('habilitation_avis_reason', sql`${t.favorable} OR ${t.reason} IS NOT NULL`),
  ],
);

/** Services de l'État: préfecture, DREETS (région), DDETS (département). */
export const stateServices = structures.table('state_services', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: stateServiceKind('kind').notNull(),
  departementCode: varchar('departement_code', { length: 3 }).references(() => departements.code),
});

/**
 * The conseil départemental de l'insertion par l'activité économique of a département (accord, article 3 and fiches 3
 * and 8; annexe 4 §2.1: prescripteurs "habilités par le Préfet après avis du CDIAE"): one per département, an
 * organisation its members sign in for (issue 18 §5). It holds no personal data.
 */
export const cdiaes = structures.table('cdiaes', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  departementCode: varchar('departement_code', { length: 3 })
    .notNull()
    .unique()
    .references(() => departements.code),
});

/** The regional comité de pilotage of the accord (article 3): an organisation its members sign in for. */
export const steeringCommittees = structures.table('steering_committees', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  regionCode: varchar('region_code', { length: 2 }).notNull(),
});

export const agreementStatus = structures.enum('cooperation_agreement_status', [
  'DRAFT',
  'SIGNED',
  'EXPIRED',
  'TERMINATED',
]);

/**
 * Convention de coopération locale between a SIAE and its agence (accord, article 2 and fiches 2, 4, 5; mandatory for
 * an AI). Headings follow the accord: prescription and recruitment, référents, job offers, exits.
 */
export const cooperationAgreements = structures.table(
  'cooperation_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siaeId: uuid('siae_id')
      .notNull()
      .references(() => siaes.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    status: agreementStatus('status').notNull().default('DRAFT'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    /** Each party signs; the convention is SIGNED on the day the second one does. */
    siaeSignedOn: date('siae_signed_on', { mode: 'string' }),
    agencySignedOn: date('agency_signed_on', { mode: 'string' }),
    signedOn: date('signed_on', { mode: 'string' }),
    terminatedOn: date('terminated_on', { mode: 'string' }),
    prescriptionHeading: text('prescription_heading').notNull().default(''),
    referentsHeading: text('referents_heading').notNull().default(''),
    offersHeading: text('offers_heading').notNull().default(''),
    exitsHeading: text('exits_heading').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cooperation_agreements_siae_idx').on(t.siaeId, t.startOn),
    index('cooperation_agreements_agency_idx').on(t.agencyId, t.status),
    check('cooperation_agreements_period', sql`${t.endOn} IS NULL OR ${t.endOn} >= ${t.startOn}`),
    // The same convention drafted twice: one live (draft or signed) convention per SIAE, agence and start (issue 12).
    uniqueIndex('cooperation_agreements_live_unique')
      .on(t.siaeId, t.agencyId, t.startOn)
      .where(sql`${t.status} in ('DRAFT', 'SIGNED')`),
    check('cooperation_agreements_signed', sql`(${t.status} = 'DRAFT') = (${t.signedOn} IS NULL)`),
  ],
);

/** The référent Pôle emploi of a SIAE and the SIAE's correspondent for Pôle emploi (accord, fiche 2). */
export const siaeReferents = structures.table('siae_referents', {
  siaeId: uuid('siae_id')
    .primaryKey()
    .references(() => siaes.id),
  referentName: text('referent_name'),
  referentEmail: text('referent_email'),
  correspondentName: text('correspondent_name'),
  correspondentEmail: text('correspondent_email'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const jobOfferStatus = structures.enum('job_offer_status', ['OPEN', 'CLOSED']);

/** A SIAE's job offer, deposited at Pôle emploi on a date (accord, fiche 4: offres déposées à Pôle emploi). */
export const jobOffers = structures.table(
  'job_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siaeId: uuid('siae_id')
      .notNull()
      .references(() => siaes.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    prerequisites: text('prerequisites').notNull().default(''),
    positions: integer('positions').notNull().default(1),
    depositedAtPoleEmploiOn: date('deposited_at_pole_emploi_on', { mode: 'string' }),
    status: jobOfferStatus('status').notNull().default('OPEN'),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('job_offers_siae_idx').on(t.siaeId, t.status, t.publishedOn),
    index('job_offers_open_idx').on(t.status, t.publishedOn),
    // The same open offer published twice on a day by the SIAE (issue 12).
    uniqueIndex('job_offers_open_unique')
      .on(t.siaeId, t.publishedOn, sql`lower(${t.title})`)
      .where(sql`${t.status} = 'OPEN'`),
    check('job_offers_positions', sql`${t.positions} >= 1`),
  ],
);
