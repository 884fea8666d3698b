// Everything Navette holds about one person (issue 19 §4-5; RGPD art. 15, right of access): identity, diagnoses,
// prescriptions and their history, requests and decisions with their reasons, the documents filed (their description,
// not their content), agréments and their interruptions, contracts, trainings, immersions, services, POE, interviews,
// sorties, and the organisations that read the record (from the audit trail). Read as the tables' owner: the caller
// has checked who may ask (an operator's command, or an organisation that follows the person). One section per table
// holding rows about the person; `PERSON_EXPORT_TABLES` lists them and a test holds the list to the schema.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client.js';
import { APP_ROLE, withIdentity, type RequestIdentity } from './identity.js';
import { resultRows } from './reporting-totals.js';

interface Section {
  /** schema.table the rows come from. */
  table: string;
  /** The rows about the person `$1`, in a stable order. */
  rows: (person: SQL) => SQL;
}

const SECTIONS = {
  person: {
    table: 'parcours.people',
    rows: (p) => sql`select * from parcours.people where id = ${p}`,
  },
  identityChanges: {
    table: 'parcours.person_identity_changes',
    rows: (p) =>
      sql`select * from parcours.person_identity_changes where person_id = ${p} order by changed_at, field, id`,
  },
  diagnoses: {
    table: 'parcours.eligibility_diagnoses',
    rows: (p) => sql`select * from parcours.eligibility_diagnoses where person_id = ${p} order by diagnosed_on, id`,
  },
  orientations: {
    table: 'parcours.orientations',
    rows: (p) => sql`select * from parcours.orientations where person_id = ${p} order by oriented_at, id`,
  },
  profilePrevalidations: {
    table: 'parcours.profile_prevalidations',
    rows: (p) => sql`select * from parcours.profile_prevalidations where person_id = ${p} order by starts_on, id`,
  },
  prescriptions: {
    table: 'parcours.prescriptions',
    rows: (p) => sql`select * from parcours.prescriptions where person_id = ${p} order by sent_at, id`,
  },
  prescriptionEvents: {
    table: 'parcours.prescription_events',
    rows: (p) => sql`select e.* from parcours.prescription_events e
      join parcours.prescriptions x on x.id = e.prescription_id where x.person_id = ${p} order by e.occurred_at, e.id`,
  },
  approvalRequests: {
    table: 'parcours.approval_requests',
    rows: (p) => sql`select * from parcours.approval_requests where person_id = ${p} order by received_on, id`,
  },
  requestDocuments: {
    table: 'parcours.request_documents',
    // The documents' description; their content is downloaded from the request (it is the person's own papers).
    rows: (
      p,
    ) => sql`select d.id, d.request_id, d.file_name, d.content_type, d.size, d.uploaded_by_user_id, d.uploaded_at
      from parcours.request_documents d join parcours.approval_requests r on r.id = d.request_id
      where r.person_id = ${p} order by d.uploaded_at, d.id`,
  },
  approvals: {
    table: 'parcours.approvals',
    rows: (p) => sql`select * from parcours.approvals where person_id = ${p} order by start_on, id`,
  },
  approvalEvents: {
    table: 'parcours.approval_events',
    rows: (p) => sql`select e.* from parcours.approval_events e
      join parcours.approvals a on a.id = e.approval_id where a.person_id = ${p} order by e.start_on, e.id`,
  },
  contracts: {
    table: 'parcours.contracts',
    rows: (p) => sql`select * from parcours.contracts where person_id = ${p} order by start_on, id`,
  },
  trainings: {
    table: 'formation.training_records',
    rows: (p) => sql`select * from formation.training_records where person_id = ${p} order by start_on, id`,
  },
  immersions: {
    table: 'formation.immersions',
    rows: (p) => sql`select * from formation.immersions where person_id = ${p} order by start_on, id`,
  },
  serviceUses: {
    table: 'formation.service_uses',
    rows: (p) => sql`select u.*, s.title as service_title from formation.service_uses u
      join formation.employment_services s on s.id = u.service_id where u.person_id = ${p} order by u.used_on, u.id`,
  },
  poes: {
    table: 'formation.poes',
    rows: (p) => sql`select * from formation.poes where person_id = ${p} order by start_on, id`,
  },
  exitInterviews: {
    table: 'parcours.exit_interviews',
    rows: (p) => sql`select i.* from parcours.exit_interviews i
      join parcours.approvals a on a.id = i.approval_id where a.person_id = ${p} order by i.held_on, i.id`,
  },
  poleEmploiRegistrations: {
    table: 'parcours.pole_emploi_registrations',
    rows: (p) => sql`select r.* from parcours.pole_emploi_registrations r
      join parcours.approvals a on a.id = r.approval_id where a.person_id = ${p} order by r.checked_on, r.id`,
  },
  exits: {
    table: 'parcours.exits',
    rows: (p) => sql`select * from parcours.exits where person_id = ${p} order by exit_on, id`,
  },
} satisfies Record<string, Section>;

export type PersonExportSection = keyof typeof SECTIONS;

/** The tables whose rows about a person the export holds (the completeness test compares them with the schema). */
export const PERSON_EXPORT_TABLES: readonly string[] = Object.values(SECTIONS).map((s) => s.table);

export interface PersonRecordReader {
  organisationId: string | null;
  organisationName: string | null;
  /** How many requests read the record, first and last. */
  reads: number;
  firstReadAt: string;
  lastReadAt: string;
}

export interface PersonRecordExport {
  /** When the export was made. */
  exportedAt: string;
  personId: string;
  sections: Record<PersonExportSection, Record<string, unknown>[]>;
  /** Organisations named in the record (prescripteurs, SIAE, agences), by id. */
  organisations: Record<string, { name: string; kind: string }>;
  /** The organisations that read the record, from the audit trail (reads are kept 12 months). */
  readers: PersonRecordReader[];
}

/** Every organisation of the directory, by id (the record names them by id). */
const ORGANISATIONS = sql`
  select id::text as id, name, 'SIAE' as kind from structures.siaes
  union all select id::text, name, 'AGENCY' from structures.agencies
  union all select id::text, name, 'PRESCRIBER' from structures.prescriber_organisations o
    where not exists (select 1 from structures.agencies a where a.id = o.id) -- an agence's prescripteur face (0032)
  union all select id::text, name, 'STATE' from structures.state_services
  union all select id::text, name, 'STEERING' from structures.steering_committees`;

/** Everything held about the person, or null when there is no such person. */
export async function exportPerson(
  db: Database,
  personId: string,
  at: Date = new Date(),
): Promise<PersonRecordExport | null> {
  const p = sql`${personId}::uuid`;
  const sections = {} as Record<PersonExportSection, Record<string, unknown>[]>;
  for (const [name, section] of Object.entries(SECTIONS) as [PersonExportSection, Section][]) {
    sections[name] = resultRows<Record<string, unknown>>(await db.execute(section.rows(p))).map(plain);
  }
  if (sections.person.length === 0) return null;
  const readers = resultRows<{
    organisation_id: string | null;
    reads: number;
    first_read_at: string;
    last_read_at: string;
  }>(
    await db.execute(sql`
      select actor_organisation_id::text as organisation_id, count(*)::int as reads,
             min(occurred_at) as first_read_at, max(occurred_at) as last_read_at
        from audit.events
       where action = 'PERSON_READ'
         and ((subject_type = 'Person' and subject_id = ${personId})
           or (subject_type = 'Approval' and subject_id in (select id::text from parcours.approvals where person_id = ${p})))
       group by actor_organisation_id order by min(occurred_at)`),
  );
  const named = new Set<string>();
  const collect = (value: unknown, key: string) => {
    if (typeof value === 'string' && /(organisation_id|siae_id|agency_id)$/.test(key)) named.add(value);
  };
  for (const rows of Object.values(sections))
    for (const row of rows) for (const [k, v] of Object.entries(row)) collect(v, k);
  for (const r of readers) if (r.organisation_id) named.add(r.organisation_id);
  const organisations: PersonRecordExport['organisations'] = {};
  if (named.size > 0) {
    const rows = resultRows<{ id: string; name: string; kind: string }>(
      await db.execute(
        sql`select * from (${ORGANISATIONS}) o where o.id = any(${`{${[...named].join(',')}}`}::text[])`,
      ),
    );
    for (const row of rows) organisations[row.id] = { name: row.name, kind: row.kind };
  }
  return {
    exportedAt: at.toISOString(),
    personId,
    sections,
    organisations,
    readers: readers.map((r) => ({
      organisationId: r.organisation_id,
      organisationName: r.organisation_id ? (organisations[r.organisation_id]?.name ?? null) : null,
      reads: r.reads,
      firstReadAt: iso(r.first_read_at),
      lastReadAt: iso(r.last_read_at),
    })),
  };
}

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/** A row as JSON would carry it: dates as ISO strings, binary never (there is none in the sections). */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

/** Who produces an export in a portal (the audit event's actor columns) and from which client. */
export interface PersonExportAuthor {
  actorKind: string;
  actorId: string | null;
  actorOrganisationId: string | null;
  client: string | null;
}

/**
 * The right of access in the portals (issue 19 §4; RGPD art. 15): the record of `personId`, produced by an
 * organisation that follows the person. In one transaction: under row-level security with the caller's identity, the
 * person must be visible to it (recorded, prescribed, oriented, hired…: the organisations that follow them); then the
 * whole record is read as the tables' owner — the person asked for everything Navette holds, whoever wrote it — by
 * `exportPerson`, the same collection as `db:person-export`; and one PERSON_EXPORTED event records who produced it,
 * for whom. Null, with nothing written, when the person is unknown to the caller (unknown and not followed are one
 * answer).
 */
export async function exportPersonForFollower(
  db: Database,
  identity: RequestIdentity,
  personId: string,
  author: PersonExportAuthor,
  at: Date = new Date(),
): Promise<PersonRecordExport | null> {
  if (!identity.organisationId) return null;
  return withIdentity(db, identity, async (tx) => {
    const visible = resultRows(await tx.execute(sql`select 1 from parcours.people where id = ${personId}::uuid`));
    if (visible.length === 0) return null;
    // Back to the session's role (the tables' owner) for this transaction only, to read the whole record.
    await tx.execute(sql`select set_config('role', 'none', true)`);
    const record = await exportPerson(tx, personId, at);
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
    if (!record) return null;
    await tx.execute(sql`
      insert into audit.events (actor_kind, actor_id, actor_organisation_id, client, action, subject_type, subject_id,
                                details, occurred_at)
      values (${author.actorKind}, ${author.actorId}::uuid, ${author.actorOrganisationId}::uuid, ${author.client},
              'PERSON_EXPORTED', 'Person', ${personId},
              ${JSON.stringify({ sections: Object.fromEntries(Object.entries(record.sections).map(([k, v]) => [k, v.length])) })}::jsonb,
              ${at.toISOString()}::timestamptz)`);
    return record;
  });
}
