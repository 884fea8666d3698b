// Context `structures`: organisations of the IAE and their territories (DESIGN §1).
import { type SQL, sql as sql } from 'drizzle-orm';
import { check, date, index, pgSchema, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

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
export const prescriberKind = structures.enum('prescriber_kind', ['POLE_EMPLOI', 'MISSION_LOCALE', 'CAP_EMPLOI', 'HABILITE']);
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
export const prescriberOrganizations = structures.table(
  'prescriber_organizations',
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
    check(
      'prescriber_habilitation_period',
      sql`(${t.kind} = 'HABILITE') = (${t.habilitationStartOn} IS NOT NULL)
        AND (${t.habilitationEndOn} IS NULL OR ${t.habilitationEndOn} >= ${t.habilitationStartOn})`,
    ),
    index('prescriber_organizations_departement_name_idx').on(t.departementCode, t.name, t.id),
    index('prescriber_organizations_name_idx').on(t.name, t.id),
  ],
);

/** Services de l'État: préfecture, DREETS (région), DDETS (département). */
export const stateServices = structures.table('state_services', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: stateServiceKind('kind').notNull(),
  departementCode: varchar('departement_code', { length: 3 }).references(() => departements.code),
});

/** The regional comité de pilotage of the accord (article 3): an organisation its members sign in for. */
export const steeringCommittees = structures.table('steering_committees', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  regionCode: varchar('region_code', { length: 2 }).notNull(),
});
