// What the resolvers pass around: database rows (mapped to the GraphQL types in codegen.yml) and references to
// other subgraphs' entities (the gateway fetches their fields).
import type { EligibilityCriterion } from '@navette/domain';
import type { tables } from '@navette/db';

export type PersonRow = typeof tables.people.$inferSelect;
export type DiagnosisRow = typeof tables.eligibilityDiagnoses.$inferSelect;
export type PrescriptionRow = typeof tables.prescriptions.$inferSelect;
export type PrescriptionEventRow = typeof tables.prescriptionEvents.$inferSelect;
export type ApprovalRequestRow = typeof tables.approvalRequests.$inferSelect;
export type ApprovalRow = typeof tables.approvals.$inferSelect;
export type ApprovalEventRow = typeof tables.approvalEvents.$inferSelect;
export type ContractRow = typeof tables.contracts.$inferSelect;
export type ExitInterviewRow = typeof tables.exitInterviews.$inferSelect;
export type ExitRow = typeof tables.exits.$inferSelect;
export type OrientationRow = typeof tables.orientations.$inferSelect;
export type PoleEmploiRegistrationRow = typeof tables.poleEmploiRegistrations.$inferSelect;
/** An agrément of the agence's territory whose 6-month registration check is due (fiche 7). */
export interface RegistrationCheckDueRow {
  approval: ApprovalRow;
  dueOn: string;
}
/** `renewed`: whether a later period of the same agence, person and SIAE exists (read with the list). */
export type ProfilePrevalidationRow = typeof tables.profilePrevalidations.$inferSelect & { renewed?: boolean };
export type CriterionRow = EligibilityCriterion;
export interface ReasonRow {
  code: string;
  label: string;
}
export interface ExitInterviewDueRow {
  approval: ApprovalRow;
  endOn: string;
  windowStartOn: string;
  windowEndOn: string;
}
export interface EntityRef {
  id: string;
}
export interface DepartementRef {
  code: string;
}
/** A SIAE: its id, plus `kind` and `departement` when the gateway sends them (@requires). */
export interface SiaeRef {
  id: string;
  kind?: 'ACI' | 'AI' | 'EI' | 'ETTI' | 'EITI';
  departement?: DepartementRef;
}
/** A request document without its content. */
export type DocumentMeta = Omit<typeof tables.requestDocuments.$inferSelect, 'content' | 'uploadedByUserId'>;
/** A person's record as produced for their request (use-cases/export-person-record.ts). */
export interface PersonRecordExportRow {
  personId: string;
  exportedAt: string;
  json: string;
  /** The organisation that produced it (its own read is audited as PERSON_EXPORTED, not PERSON_READ). */
  producedByOrganisationId: string;
}
