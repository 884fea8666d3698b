// Context `pilotage`: CTA, comité de pilotage, indicators (DESIGN §1; accord, fiche 8 and article 3).
import { index, pgSchema, text, uuid } from 'drizzle-orm/pg-core';

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
