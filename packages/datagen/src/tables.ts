// The tables the generator fills, with the columns it writes (in COPY order). Columns left out take their default
// (created_at of the directory, the generated search_key). These are the migrated tables of @navette/db, unchanged;
// the loader checks each list against the database's catalogue before loading.
//
// Training records and immersions (context `formation`) are written by the extensions of `extensions.ts`; the loader,
// the progress report, the index handling and the counts pick up any table of STREAMED_TABLES.

export type Cell = string | number | boolean | null | readonly string[];

export interface TableSpec {
  schema: string;
  name: string;
  columns: readonly string[];
}

const t = (schema: string, name: string, columns: string): TableSpec => ({
  schema,
  name,
  columns: columns.split(',').map((c) => c.trim()),
});

export const DIRECTORY_TABLES = {
  departements: t('structures', 'departements', 'code, name, region_code'),
  employmentAreas: t('structures', 'employment_areas', 'id, code, name, departement_code'),
  agencies: t('structures', 'agencies', 'id, code, name, departement_code, city'),
  siaes: t(
    'structures',
    'siaes',
    'id, siret, name, kind, departement_code, employment_area_id, agency_id, city, postcode',
  ),
  prescriberOrganisations: t(
    'structures',
    'prescriber_organisations',
    'id, name, kind, departement_code, city, habilitation_start_on, habilitation_end_on',
  ),
  stateServices: t('structures', 'state_services', 'id, name, kind, departement_code'),
  steeringCommittees: t('structures', 'steering_committees', 'id, name, region_code'),
} as const;

const siaeFacts = 'siae_id, agency_id, siae_kind, departement_code';

export const PARCOURS_TABLES = {
  people: t(
    'parcours',
    'people',
    'id, first_name, last_name, birth_date, email, phone, pole_emploi_id, rqth, created_by_user_id, created_by_organisation_id, created_at',
  ),
  eligibilityDiagnoses: t(
    'parcours',
    'eligibility_diagnoses',
    'id, person_id, prescriber_organisation_id, author_user_id, criteria, diagnosed_on, comment, created_at',
  ),
  prescriptions: t(
    'parcours',
    'prescriptions',
    `id, person_id, diagnosis_id, prescriber_organisation_id, prescriber_user_id, ${siaeFacts}, job_offer_id, message, status, refusal_reason, refusal_comment, sent_at, updated_at`,
  ),
  prescriptionEvents: t(
    'parcours',
    'prescription_events',
    'id, prescription_id, status, reason, comment, actor_user_id, actor_organisation_id, occurred_at',
  ),
  approvals: t(
    'parcours',
    'approvals',
    `id, number, person_id, ${siaeFacts}, prescriber_organisation_id, prescription_id, renews_approval_id, start_on, end_on, created_at`,
  ),
  approvalEvents: t(
    'parcours',
    'approval_events',
    `id, approval_id, kind, start_on, end_on, reason, ${siaeFacts}, request_id, created_at`,
  ),
  approvalRequests: t(
    'parcours',
    'approval_requests',
    `id, kind, person_id, ${siaeFacts}, prescriber_organisation_id, prescription_id, approval_id, details, requested_by_user_id, received_on, deadline, status, decided_on, decided_by_user_id, refusal_reason, refusal_comment, appeal_text, appealed_on, appeal_status, appeal_decided_on, appeal_comment, resulting_approval_id, created_at`,
  ),
  contracts: t(
    'parcours',
    'contracts',
    `id, approval_id, person_id, ${siaeFacts}, kind, start_on, end_on, ended_on, ai_sector, ai_hours, created_at`,
  ),
  exitInterviews: t(
    'parcours',
    'exit_interviews',
    `id, approval_id, ${siaeFacts}, held_on, assessment, sent_to_referent_on, sent_to_prescriber_on, created_at`,
  ),
  exits: t(
    'parcours',
    'exits',
    `id, approval_id, person_id, ${siaeFacts}, exit_on, outcome, skills, comment, created_at`,
  ),
} as const;

const activity = `id, person_id, approval_id, prescriber_organisation_id, siae_id, agency_id, siae_kind, departement_code`;

export const FORMATION_TABLES = {
  trainingRecords: t(
    'formation',
    'training_records',
    `${activity}, kind, title, organisation, hours, start_on, end_on, previous_end_on, created_at`,
  ),
  immersions: t('formation', 'immersions', `${activity}, host_company, objective, start_on, end_on, created_at`),
} as const;

/**
 * Pôle emploi services used during a parcours and POE (fiches 5 and 7), the registrations at Pôle emploi (fiches 5 and
 * 7) and the orientations towards a prescripteur (annexe 4 §3): written by the demo region's extensions only
 * (region.ts); the national load does not stream them.
 */
export const SERVICE_TABLES = {
  serviceUses: t('formation', 'service_uses', `${activity}, service_id, used_on, in_work_follow_up, created_at`),
  poes: t('formation', 'poes', `${activity}, employer, hours, start_on, end_on, created_at`),
  poleEmploiRegistrations: t(
    'parcours',
    'pole_emploi_registrations',
    `id, approval_id, ${siaeFacts}, checkpoint, registered, registered_on, checked_on, recorded_by_organisation_id, recorded_at`,
  ),
  orientations: t(
    'parcours',
    'orientations',
    'id, person_id, origin_organisation_id, origin_kind, prescriber_organisation_id, departement_code, reason, status, decline_reason, oriented_at, answered_at',
  ),
} as const;

/** The tables streamed by COPY while the people are generated (the directory is written first, in one go). */
export const STREAMED_TABLES = { ...PARCOURS_TABLES, ...FORMATION_TABLES } as const;
/** The schemas whose keys and indexes are dropped for the load and rebuilt after it. */
export const STREAMED_SCHEMAS = ['parcours', 'formation'] as const;

export type DirectoryTable = keyof typeof DIRECTORY_TABLES;
export type StreamedTable = keyof typeof STREAMED_TABLES;
export type ServiceTable = keyof typeof SERVICE_TABLES;
export type TableName = DirectoryTable | StreamedTable | ServiceTable;

/** The national data set's tables (the demo region adds SERVICE_TABLES). */
export const ALL_TABLES: Readonly<Record<DirectoryTable | StreamedTable, TableSpec>> = {
  ...DIRECTORY_TABLES,
  ...STREAMED_TABLES,
};
export const REGION_TABLES: Readonly<Record<TableName, TableSpec>> = { ...ALL_TABLES, ...SERVICE_TABLES };

/** Where generated rows go: the COPY streams of the loader, or a digest in tests. */
export interface RowSink {
  add(table: TableName, row: readonly Cell[]): void;
}

// --- COPY text format (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2) -------------------

const SPECIAL = /[\\\n\r\t]/;
const escapeCopy = (s: string) =>
  SPECIAL.test(s) ? s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') : s;
const arrayItem = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function encodeCell(value: Cell): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeCopy(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeCopy(`{${value.map(arrayItem).join(',')}}`);
}

/** One line of COPY text format, newline included. */
export function encodeRow(row: readonly Cell[]): string {
  let line = encodeCell(row[0] as Cell);
  for (let i = 1; i < row.length; i++) line += `\t${encodeCell(row[i] as Cell)}`;
  return `${line}\n`;
}
