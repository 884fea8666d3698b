// The audit console's CSV export: the events matching the filters, one line each, the French column names.
import { toCsv, type ExportSheet } from '../indicators/indicator-export.ts';

export interface AuditRow {
  id: string;
  occurredAt: string;
  actorKind: string;
  actorId?: string | null;
  actorOrganisationId?: string | null;
  client?: string | null;
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  fieldsRead?: readonly string[] | null;
  requestId?: string | null;
}

export const AUDIT_EXPORT_HEADER = [
  'Événement',
  'Date et heure (UTC)',
  'Type d’acteur',
  'Agent ou client d’API',
  'Organisation',
  'Application',
  'Action',
  'Objet',
  'Identifiant de l’objet',
  'Données lues',
  'Requête',
];

export function auditSheet(rows: readonly AuditRow[]): ExportSheet {
  return {
    header: AUDIT_EXPORT_HEADER,
    rows: rows.map((r) => [
      r.id,
      r.occurredAt,
      r.actorKind,
      r.actorId ?? '',
      r.actorOrganisationId ?? '',
      r.client ?? '',
      r.action,
      r.subjectType ?? '',
      r.subjectId ?? '',
      (r.fieldsRead ?? []).join(' '),
      r.requestId ?? '',
    ]),
    numberFormats: AUDIT_EXPORT_HEADER.map(() => undefined),
  };
}

export const auditCsv = (rows: readonly AuditRow[]) => toCsv(auditSheet(rows));
