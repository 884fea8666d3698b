import type { tables } from '@navette/db';

// The database rows that back each GraphQL type (codegen mappers): resolvers map fields from them.
export type SiaeRow = typeof tables.siaes.$inferSelect;
export type AgencyRow = typeof tables.agencies.$inferSelect;
export type PrescriberOrganisationRow = typeof tables.prescriberOrganisations.$inferSelect;
export type DepartementRow = typeof tables.departements.$inferSelect;
export type EmploymentAreaRow = typeof tables.employmentAreas.$inferSelect;
export type CooperationAgreementRow = typeof tables.cooperationAgreements.$inferSelect;
export type SiaeReferentsRow = typeof tables.siaeReferents.$inferSelect;
export type JobOfferRow = typeof tables.jobOffers.$inferSelect;
