// The person's record (issue 19 §4, RGPD art. 15) as a readable document: the JSON the server produced
// (@navette/db `exportPerson`), one section per kind of record, each row as labelled fields, organisations by name.
// Pure: the screen renders it, the tests check it.
import { formatDateTime, formatShortDate } from '../../format/dates.ts';

export interface PersonRecordJson {
  exportedAt: string;
  personId: string;
  sections: Record<string, Record<string, unknown>[]>;
  organisations: Record<string, { name: string; kind: string }>;
  readers: {
    organisationId: string | null;
    organisationName: string | null;
    reads: number;
    firstReadAt: string;
    lastReadAt: string;
  }[];
}

export interface RecordField {
  label: string;
  value: string;
}
export interface RecordSection {
  key: string;
  title: string;
  rows: RecordField[][];
}

/** The sections in the order of a parcours, with their French titles; a section the server adds later shows too. */
export const SECTION_TITLES: Record<string, string> = {
  person: 'Identité',
  identityChanges: 'Rectifications de l’identité',
  diagnoses: 'Diagnostics d’éligibilité',
  orientations: 'Orientations',
  prescriptions: 'Prescriptions (fiches navette)',
  prescriptionEvents: 'Historique des prescriptions',
  approvalRequests: 'Demandes d’agrément et décisions',
  requestDocuments: 'Pièces déposées avec les demandes',
  approvals: 'Agréments',
  approvalEvents: 'Suspensions, prolongations et extensions',
  contracts: 'Contrats',
  trainings: 'Formations',
  immersions: 'Périodes de mise en situation en milieu professionnel (PMSMP)',
  serviceUses: 'Prestations Pôle emploi',
  poes: 'Préparations opérationnelles à l’emploi (POE)',
  exitInterviews: 'Entretiens tripartites',
  exits: 'Sorties',
};

const LABELS: Record<string, string> = {
  id: 'Identifiant',
  first_name: 'Prénom',
  last_name: 'Nom',
  birth_date: 'Date de naissance',
  email: 'Courriel',
  phone: 'Téléphone',
  pole_emploi_id: 'Identifiant Pôle emploi',
  rqth: 'RQTH',
  anonymised_at: 'Anonymisée le',
  created_at: 'Enregistré le',
  updated_at: 'Modifié le',
  person_id: 'Personne',
  created_by_organisation_id: 'Enregistrée par',
  created_by_user_id: 'Agent (identifiant)',
  prescriber_organisation_id: 'Prescripteur',
  siae_id: 'SIAE',
  agency_id: 'Agence',
  origin_organisation_id: 'Orientée par',
  criteria: 'Critères',
  diagnosed_on: 'Date du diagnostic',
  comment: 'Commentaire',
  message: 'Message',
  status: 'Statut',
  kind: 'Nature',
  reason: 'Motif',
  refusal_reason: 'Motif de refus',
  refusal_comment: 'Commentaire du refus',
  sent_at: 'Envoyée le',
  occurred_at: 'Le',
  received_on: 'Reçue le',
  decided_on: 'Décidée le',
  decision: 'Décision',
  appeal_text: 'Recours',
  appealed_on: 'Recours le',
  appeal_decided_on: 'Recours décidé le',
  appeal_comment: 'Réponse au recours',
  number: 'Numéro',
  start_on: 'Début',
  end_on: 'Fin',
  ended_on: 'Terminé le',
  exit_on: 'Date de sortie',
  held_on: 'Tenu le',
  assessment: 'Bilan',
  skills: 'Compétences',
  objective: 'Objectif',
  hours: 'Heures',
  title: 'Intitulé',
  service_title: 'Prestation',
  used_on: 'Date',
  file_name: 'Fichier',
  content_type: 'Type',
  size: 'Taille (octets)',
  uploaded_at: 'Déposé le',
  field: 'Champ',
  before_value: 'Avant',
  after_value: 'Après',
  changed_at: 'Le',
  changed_by_organisation_id: 'Par',
  changed_by_user_id: 'Agent (identifiant)',
};

/**
 * A rectification (section identityChanges, issue 19 §4) as it reads: the field by its French label, and the RQTH's
 * values before and after as Oui/Non (the history keeps every value as text).
 */
function readableChange(row: Record<string, unknown>): Record<string, unknown> {
  const field = typeof row['field'] === 'string' ? row['field'] : '';
  const rqth = (value: unknown) => (value === 'true' ? true : value === 'false' ? false : value);
  return {
    ...row,
    field: LABELS[field] ?? field,
    ...(field === 'rqth' ? { before_value: rqth(row['before_value']), after_value: rqth(row['after_value']) } : {}),
  };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ORGANISATION_COLUMN = /(organisation_id|siae_id|agency_id)$/;

function show(key: string, value: unknown, organisations: PersonRecordJson['organisations']): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => show(key, v, organisations)).join(', ');
  if (typeof value === 'string') {
    if (ORGANISATION_COLUMN.test(key)) return organisations[value]?.name ?? value;
    if (TIMESTAMP.test(value)) return formatDateTime(value);
    if (DATE.test(value)) return formatShortDate(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The document's sections: every section of the record that holds rows, then the organisations that read it. */
export function personRecordSections(record: PersonRecordJson): RecordSection[] {
  const keys = [
    ...Object.keys(SECTION_TITLES).filter((k) => k in record.sections),
    ...Object.keys(record.sections).filter((k) => !(k in SECTION_TITLES)),
  ];
  return keys
    .filter((key) => (record.sections[key]?.length ?? 0) > 0)
    .map((key) => ({
      key,
      title: SECTION_TITLES[key] ?? key,
      rows: record.sections[key]!.map((row) =>
        Object.entries(key === 'identityChanges' ? readableChange(row) : row).map(([column, value]) => ({
          label: LABELS[column] ?? column,
          value: show(column, value, record.organisations),
        })),
      ),
    }));
}

/** The person's name as the document's title (« Personne anonymisée » once anonymised). */
export function personRecordName(record: PersonRecordJson): string {
  const person = record.sections['person']?.[0];
  if (!person) return 'Personne';
  if (person['anonymised_at']) return 'Personne anonymisée';
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return `${text(person['first_name'])} ${text(person['last_name'])}`.trim();
}

/** The file name of the JSON copy: the person's id and the day, never their name. */
export function personRecordFileName(record: PersonRecordJson): string {
  return `dossier-navette-${record.personId}-${record.exportedAt.slice(0, 10)}.json`;
}
