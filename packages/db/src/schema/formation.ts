// Context `formation`: training, PMSMP, Pôle emploi services, POE (DESIGN §1). Tables for the parcours come with
// their own issue; this one holds the offer of services an agence proposes to its SIAE (note 004, convention locale).
import { index, pgSchema, text, uuid } from 'drizzle-orm/pg-core';

export const formation = pgSchema('formation');

export const employmentServiceKind = formation.enum('employment_service_kind', ['ATELIER', 'PRESTATION', 'FORMATION', 'AIDE']);

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
