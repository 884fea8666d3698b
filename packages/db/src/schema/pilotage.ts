// Context `pilotage`: CTA, comité de pilotage, feuille de route, avenants (DESIGN §1; accord, fiche 8 and article 3).
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  check,
  date,
  index,
  integer,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const pilotage = pgSchema('pilotage');

/** One comité technique d'animation per employment area, run by an agence Pôle emploi (accord, fiche 8). */
export const ctas = pilotage.table(
  'ctas',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** structures.employment_areas.id; no cross-context foreign key (DESIGN §1). */
    employmentAreaId: uuid('employment_area_id').notNull().unique(),
    /** structures.agencies.id */
    ledByAgencyId: uuid('led_by_agency_id').notNull(),
    /** Denormalised from the employment area so that lists by département need no cross-context join. */
    departementCode: text('departement_code').notNull(),
  },
  (t) => [index('ctas_departement_idx').on(t.departementCode, t.name)],
);

/** A CTA meeting (fiche 8): quarterly, the last of the year with the SIAE heads; minutes sent to the CDIAE. */
export const ctaMeetings = pilotage.table(
  'cta_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ctaId: uuid('cta_id')
      .notNull()
      .references(() => ctas.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    agenda: text('agenda').notNull(),
    participants: text('participants').notNull().default(''),
    siaeHeadsInvited: boolean('siae_heads_invited').notNull().default(false),
    minutes: text('minutes'),
    minutesSentToCdiaeOn: date('minutes_sent_to_cdiae_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cta_meetings_cta_idx').on(t.ctaId, t.heldOn),
    // Natural keys (issue 12): one meeting of a CTA a day, one comité meeting a day, one action of a title a year,
    // one avenant of a title signed on a day.
    uniqueIndex('cta_meetings_natural_unique').on(t.ctaId, t.heldOn),
    check(
      'cta_meetings_minutes_after',
      sql`${t.minutesSentToCdiaeOn} IS NULL OR ${t.minutesSentToCdiaeOn} >= ${t.heldOn}`,
    ),
  ],
);

/** A meeting of the regional comité de pilotage (article 3): at least 2 a year, documents ≥ 10 days before. */
export const steeringMeetings = pilotage.table(
  'steering_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    agenda: text('agenda').notNull(),
    documentsSentOn: date('documents_sent_on', { mode: 'string' }),
    minutes: text('minutes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('steering_meetings_held_idx').on(t.heldOn),
    uniqueIndex('steering_meetings_natural_unique').on(t.heldOn),
  ],
);

export const roadmapStatus = pilotage.enum('roadmap_status', ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED']);

/** Feuille de route annuelle (article 3; annexe 3 style: action, owner, due period, status). */
export const roadmapActions = pilotage.table(
  'roadmap_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    fiche: integer('fiche'),
    action: text('action').notNull(),
    owner: text('owner').notNull(),
    duePeriod: text('due_period').notNull(),
    status: roadmapStatus('status').notNull().default('PLANNED'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('roadmap_actions_year_idx').on(t.year, t.fiche),
    uniqueIndex('roadmap_actions_natural_unique').on(t.year, sql`lower(${t.action})`),
  ],
);

/** Avenants to the accord (article 3). */
export const amendments = pilotage.table(
  'amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('amendments_natural_unique').on(t.signedOn, sql`lower(${t.title})`)],
);

/**
 * Figures the platform does not hold (issue 18 §6; accord, annexe 1, "Fournisseurs des indicateurs"): an indicator's
 * figure for one cell (département, SIAE kind, quarter or year) as its provider gave it, with its source and its own
 * reference date. Append-only: a correction is a new row of the same cell with the next `version` (the latest version
 * is the figure in force), never an update; who entered it (user, organisation) and when the server received it are
 * kept on each row. Like the other pilotage tables it holds no personal data beyond the author's ids, is written by the
 * pilotage subgraph only (its owner connection) and is not granted to `navette_app`: the reporting transactions, under
 * row-level security, cannot read or write it (the rules of who may enter which cell are @navette/domain's
 * `mayProvideFigure`, applied by the use cases).
 */
export const providedFigures = pilotage.table(
  'provided_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** @navette/domain `INDICATORS` id (annexe 1). */
    indicatorId: text('indicator_id').notNull(),
    /** Null for an indicator not broken down by département. */
    departementCode: text('departement_code'),
    /** Null for an indicator not broken down by SIAE kind. */
    siaeKind: text('siae_kind'),
    /** `2026` or `2026-T2`. */
    period: text('period').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** @navette/domain `providedFigureCellKey`: indicator|département|kind|period. */
    cellKey: text('cell_key').notNull(),
    /** 1 for the first figure of the cell; each correction the next. */
    version: integer('version').notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source').notNull(),
    /** The provider's own date of the figure (never after the day it was received). */
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    enteredByUserId: uuid('entered_by_user_id').notNull(),
    enteredByOrganisationId: uuid('entered_by_organisation_id').notNull(),
    /** The organisation's name when it entered the figure (provenance as it was). */
    enteredByOrganisationName: text('entered_by_organisation_name').notNull(),
    /** Entered in the console or imported from a file. */
    viaImport: boolean('via_import').notNull().default(false),
    /** The server's clock, never the caller's. */
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('provided_figures_cell_version_unique').on(t.cellKey, t.version),
    index('provided_figures_period_idx').on(t.period, t.indicatorId),
    check('provided_figures_version_positive', sql`${t.version} >= 1`),
    check('provided_figures_period_bounds', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);
