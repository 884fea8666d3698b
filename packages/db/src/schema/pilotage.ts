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
  primaryKey,
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

/**
 * A presentation of the accord in a session of a CDIAE (accord, fiche 3: "Nombre de présentations de l'accord-cadre en
 * CDIAE et en CTA", annexe 1), recorded by the CDIAE of the département (issue 18 §5): one per session day, the day
 * not after the server's today. Read by the indicator F3_ACCORD_PRESENTATIONS through reporting.accord_presentation_facts.
 */
export const accordPresentations = pilotage.table(
  'accord_presentations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** structures.cdiaes.id; no cross-context foreign key (DESIGN §1). */
    cdiaeId: uuid('cdiae_id').notNull(),
    departementCode: text('departement_code').notNull(),
    presentedOn: date('presented_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accord_presentations_natural_unique').on(t.cdiaeId, t.presentedOn),
    index('accord_presentations_departement_idx').on(t.departementCode, t.presentedOn),
  ],
);

/**
 * What a CDIAE has read in its inbox (issue 18 §5): the inbox itself is what was sent to it (the CTA minutes of its
 * département, the comité's minutes), this only marks an item read, once (the first reading's time kept).
 */
export const cdiaeInboxReads = pilotage.table(
  'cdiae_inbox_reads',
  {
    cdiaeId: uuid('cdiae_id').notNull(),
    /** 'CTA_MINUTES' (pilotage.cta_meetings.id) or 'STEERING_MINUTES' (pilotage.steering_meetings.id). */
    itemKind: text('item_kind').notNull(),
    itemId: uuid('item_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cdiaeId, t.itemKind, t.itemId] }),
    check('cdiae_inbox_reads_kind', sql`${t.itemKind} IN ('CTA_MINUTES', 'STEERING_MINUTES')`),
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
    /** Called by a résiliation request (article 6: "un comité de pilotage extraordinaire est réuni"). */
    extraordinary: boolean('extraordinary').notNull().default(false),
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
    /** The new last day of the accord when the avenant prolongs it (article 4 sets a term, article 5 the avenants). */
    extendsTermTo: date('extends_term_to', { mode: 'string' }),
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

/**
 * The accord régional itself (issue 18 §7): signed on a day and in force from it, for a term (article 4). One row,
 * written by the migration that made the table (the accord is a text, not demo data).
 */
export const accords = pilotage.table('accords', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  signedOn: date('signed_on', { mode: 'string' }).notNull(),
  /** article 4: "conclu pour une durée courant jusqu'au 31 décembre 2018"; an avenant may carry it further. */
  initialEndsOn: date('initial_ends_on', { mode: 'string' }).notNull(),
});

export const accordParty = pilotage.enum('accord_party', ['STATE', 'POLE_EMPLOI', 'IAE_NETWORK']);

/** The parties that signed the accord (its first page and its signatures). */
export const accordSignatories = pilotage.table(
  'accord_signatories',
  {
    id: uuid('id').primaryKey(),
    accordId: uuid('accord_id')
      .notNull()
      .references(() => accords.id),
    name: text('name').notNull(),
    representedBy: text('represented_by').notNull(),
    party: accordParty('party').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('accord_signatories_name_unique').on(t.accordId, t.name)],
);

/**
 * A résiliation request (article 6): received on a day the server sets, its 3 months' notice, the extraordinary
 * comité it called; withdrawn while the notice runs (a choice of the platform: article 6 is silent).
 */
export const accordTerminations = pilotage.table(
  'accord_terminations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accordId: uuid('accord_id')
      .notNull()
      .references(() => accords.id),
    signatoryId: uuid('signatory_id')
      .notNull()
      .references(() => accordSignatories.id),
    reason: text('reason').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    noticeEndsOn: date('notice_ends_on', { mode: 'string' }).notNull(),
    /** The extraordinary comité it called; null once a withdrawal cancelled it before it was held. */
    extraordinaryMeetingId: uuid('extraordinary_meeting_id').references(() => steeringMeetings.id),
    /** identity.users.id of who recorded it; no cross-context foreign key (DESIGN §1). */
    requestedByUserId: uuid('requested_by_user_id').notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawnByUserId: uuid('withdrawn_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One résiliation under way per accord: twenty requests at once make one.
    uniqueIndex('accord_terminations_live_unique')
      .on(t.accordId)
      .where(sql`${t.withdrawnOn} IS NULL`),
    check('accord_terminations_notice_after', sql`${t.noticeEndsOn} > ${t.receivedOn}`),
    // Only a withdrawn request has lost its extraordinary comité (cancelled with the withdrawal).
    check(
      'accord_terminations_meeting_unless_withdrawn',
      sql`${t.extraordinaryMeetingId} IS NOT NULL OR ${t.withdrawnOn} IS NOT NULL`,
    ),
    check(
      'accord_terminations_withdrawn_after',
      sql`${t.withdrawnOn} IS NULL OR (${t.withdrawnOn} >= ${t.receivedOn} AND ${t.withdrawnOn} <= ${t.noticeEndsOn})`,
    ),
  ],
);

/**
 * A working group of the comité (article 3: "il approfondi certaines thématiques dans le cadre de groupes de travail,
 * lesquels lui rendent compte de leurs travaux"; fiche 6: the group on the training of the salariés de l'IAE).
 */
export const workingGroups = pilotage.table(
  'working_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    theme: text('theme').notNull(),
    /** The fiche action (1-8) it serves, when one (fiche 6 names one). */
    fiche: integer('fiche'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('working_groups_name_unique').on(sql`lower(${t.name})`)],
);

/** Its members: organisations of the platform (the comité, services of the État, agences Pôle emploi). */
export const workingGroupMembers = pilotage.table(
  'working_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id),
    /** structures.*.id of the organisation; no cross-context foreign key (DESIGN §1), checked by the use case. */
    organisationId: uuid('organisation_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.organisationId] })],
);

/** A meeting of a working group, reported once held. */
export const workingGroupMeetings = pilotage.table(
  'working_group_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('working_group_meetings_natural_unique').on(t.groupId, t.heldOn)],
);

/**
 * A proposal of a working group to the comité ("lui rendent compte"): on the agenda of the first comité meeting that
 * can still receive it in time (@navette/domain steeringMeetingForProposal), computed when read.
 */
export const workingGroupProposals = pilotage.table(
  'working_group_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** The day it was submitted (set by the server). */
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('working_group_proposals_natural_unique').on(t.groupId, sql`lower(${t.title})`)],
);
