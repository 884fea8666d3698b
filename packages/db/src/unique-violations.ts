// Unique violations (PostgreSQL 23505) become a conflict the user can read (issue 12): the natural keys of migration
// 0015 (and the older unique indexes) each have a French message, and the existing row is named by its id or number
// when — and only when — the caller may see it. A unique index sees every row whatever the row-level security, so the
// look-up of the existing row runs under the caller's identity: a row of another organisation is never named (see
// docs/security.md "Duplicate-proof writes" for why the keys are scoped so that this does not happen).
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client.js';

/** The fields of a 23505 error, whichever driver raised it (postgres.js or PGlite), drizzle's wrapper removed. */
export interface UniqueViolationFacts {
  constraint: string;
  /**
   * Key values, never logged (they may be personal data): as PostgreSQL printed them in the error's detail, or — on a
   * table under row-level security, where PostgreSQL leaves the detail out — taken from the failed INSERT's parameters.
   */
  values: string[] | null;
}

interface NaturalKey {
  /** Qualified table. */
  table: string;
  /** The index's expressions, in order, each with the type its printed value is cast back to. */
  columns: [expression: string, type: string][];
  /** The partial index's predicate, if any. */
  where?: string;
  /** What names the row in the message: its id, or the agrément's number. */
  label?: string;
  /** French message; `existing` is the id/number of the existing row, or null when the caller may not see it. */
  message: (existing: string | null) => string;
}

const named = (text: string, noun: string) => (existing: string | null) =>
  existing ? `${text} (${noun} ${existing}).` : `${text}.`;

/** Every unique index a create mutation may hit, by constraint name. */
export const NATURAL_KEYS: Record<string, NaturalKey> = {
  people_pole_emploi_unique: {
    table: 'parcours.people',
    columns: [
      ['created_by_organisation_id', 'uuid'],
      ['pole_emploi_id', 'text'],
    ],
    where: 'pole_emploi_id IS NOT NULL',
    message: named('Une personne de même identifiant Pôle emploi est déjà enregistrée par votre organisation', 'fiche'),
  },
  people_identity_unique: {
    table: 'parcours.people',
    columns: [
      ['created_by_organisation_id', 'uuid'],
      ['birth_date', 'date'],
      ['lower(last_name)', 'text'],
      ['lower(first_name)', 'text'],
    ],
    where: 'anonymised_at IS NULL',
    message: named(
      'Cette personne (mêmes nom, prénom et date de naissance) est déjà enregistrée par votre organisation',
      'fiche',
    ),
  },
  eligibility_diagnoses_natural_unique: {
    table: 'parcours.eligibility_diagnoses',
    columns: [
      ['person_id', 'uuid'],
      ['prescriber_organisation_id', 'uuid'],
      ['diagnosed_on', 'date'],
      ['criteria', 'text[]'],
    ],
    message: named('Ce diagnostic (mêmes critères, même jour) est déjà enregistré', 'diagnostic'),
  },
  prescriptions_live_unique: {
    table: 'parcours.prescriptions',
    columns: [
      ['person_id', 'uuid'],
      ['siae_id', 'uuid'],
    ],
    where: "status in ('SENT', 'SEEN', 'ACCEPTED')",
    message: named('Cette personne a déjà une prescription en cours auprès de cette SIAE', 'prescription'),
  },
  approval_requests_initial_live_unique: {
    table: 'parcours.approval_requests',
    columns: [['prescription_id', 'uuid']],
    where: "kind = 'INITIAL' AND status in ('PENDING', 'GRANTED', 'TACITLY_GRANTED')",
    message: named('Une demande d’agrément est déjà en cours ou accordée pour cette prescription', 'demande'),
  },
  approval_requests_pending_kind_unique: {
    table: 'parcours.approval_requests',
    columns: [
      ['approval_id', 'uuid'],
      ['kind', 'parcours.approval_request_kind'],
    ],
    where: "kind <> 'INITIAL' AND status = 'PENDING'",
    message: named('Une demande du même type est déjà en attente pour cet agrément', 'demande'),
  },
  approval_requests_resulting_unique: {
    table: 'parcours.approval_requests',
    columns: [['resulting_approval_id', 'uuid']],
    where: "kind in ('INITIAL', 'RENEWAL')",
    message: named('Cet agrément résulte déjà d’une autre demande', 'demande'),
  },
  approvals_prescription_unique: {
    table: 'parcours.approvals',
    columns: [['prescription_id', 'uuid']],
    where: 'prescription_id IS NOT NULL',
    label: 'number',
    message: named('Un agrément a déjà été délivré pour cette embauche', 'agrément n°'),
  },
  approvals_renewal_unique: {
    table: 'parcours.approvals',
    columns: [['renews_approval_id', 'uuid']],
    where: 'renews_approval_id IS NOT NULL',
    label: 'number',
    message: named('Cet agrément a déjà été renouvelé', 'agrément n°'),
  },
  contracts_natural_unique: {
    table: 'parcours.contracts',
    columns: [
      ['approval_id', 'uuid'],
      ['siae_id', 'uuid'],
      ['kind', 'parcours.contract_kind'],
      ['start_on', 'date'],
    ],
    message: named('Ce contrat (même type, même date de début) est déjà enregistré pour cet agrément', 'contrat'),
  },
  exit_interviews_natural_unique: {
    table: 'parcours.exit_interviews',
    columns: [
      ['approval_id', 'uuid'],
      ['siae_id', 'uuid'],
      ['held_on', 'date'],
    ],
    message: named('Un entretien tripartite est déjà enregistré à cette date pour cet agrément', 'entretien'),
  },
  exits_approval_siae_unique: {
    table: 'parcours.exits',
    columns: [
      ['approval_id', 'uuid'],
      ['siae_id', 'uuid'],
    ],
    message: named('La sortie de ce parcours est déjà enregistrée', 'sortie'),
  },
  training_records_natural_unique: {
    table: 'formation.training_records',
    columns: [
      ['approval_id', 'uuid'],
      ['siae_id', 'uuid'],
      ['kind', 'formation.training_kind'],
      ['start_on', 'date'],
      ['lower(title)', 'text'],
    ],
    message: named('Cette formation (même type, même intitulé, même début) est déjà enregistrée', 'formation'),
  },
  immersions_natural_unique: {
    table: 'formation.immersions',
    columns: [
      ['approval_id', 'uuid'],
      ['siae_id', 'uuid'],
      ['start_on', 'date'],
      ['lower(host_company)', 'text'],
    ],
    message: named('Cette immersion (même entreprise, même début) est déjà enregistrée', 'immersion'),
  },
  service_uses_natural_unique: {
    table: 'formation.service_uses',
    columns: [
      ['approval_id', 'uuid'],
      ['siae_id', 'uuid'],
      ['service_id', 'uuid'],
      ['used_on', 'date'],
      ['in_work_follow_up', 'boolean'],
    ],
    message: named('Ce recours au service à cette date est déjà enregistré', 'recours'),
  },
  poes_natural_unique: {
    table: 'formation.poes',
    columns: [
      ['approval_id', 'uuid'],
      ['siae_id', 'uuid'],
      ['start_on', 'date'],
      ['lower(employer)', 'text'],
    ],
    message: named('Cette POE (même employeur, même début) est déjà enregistrée', 'POE'),
  },
  cooperation_agreements_live_unique: {
    table: 'structures.cooperation_agreements',
    columns: [
      ['siae_id', 'uuid'],
      ['agency_id', 'uuid'],
      ['start_on', 'date'],
    ],
    where: "status in ('DRAFT', 'SIGNED')",
    message: named('Une convention de cette SIAE avec cette agence commençant à cette date existe déjà', 'convention'),
  },
  job_offers_open_unique: {
    table: 'structures.job_offers',
    columns: [
      ['siae_id', 'uuid'],
      ['published_on', 'date'],
      ['lower(title)', 'text'],
    ],
    where: "status = 'OPEN'",
    message: named('Une offre ouverte de même intitulé a déjà été publiée ce jour par votre SIAE', 'offre'),
  },
  cta_meetings_natural_unique: {
    table: 'pilotage.cta_meetings',
    columns: [
      ['cta_id', 'uuid'],
      ['held_on', 'date'],
    ],
    message: named('Une réunion de ce CTA est déjà enregistrée à cette date', 'réunion'),
  },
  steering_meetings_natural_unique: {
    table: 'pilotage.steering_meetings',
    columns: [['held_on', 'date']],
    message: named('Une réunion du comité de pilotage est déjà enregistrée à cette date', 'réunion'),
  },
  roadmap_actions_natural_unique: {
    table: 'pilotage.roadmap_actions',
    columns: [
      ['year', 'integer'],
      ['lower(action)', 'text'],
    ],
    message: named('Cette action figure déjà dans la feuille de route de l’année', 'action'),
  },
  amendments_natural_unique: {
    table: 'pilotage.amendments',
    columns: [
      ['signed_on', 'date'],
      ['lower(title)', 'text'],
    ],
    message: named('Cet avenant (même intitulé, même date de signature) est déjà enregistré', 'avenant'),
  },
  // Issue 18 §5: one avis of the CDIAE per habilitation request, one presentation of the accord per CDIAE session.
  habilitation_avis_request_key: {
    table: 'structures.habilitation_avis',
    columns: [
      ['prescriber_organisation_id', 'uuid'],
      ['request_sequence', 'integer'],
    ],
    message: named('Le CDIAE a déjà rendu son avis sur cette demande d’habilitation', 'avis'),
  },
  accord_presentations_natural_unique: {
    table: 'pilotage.accord_presentations',
    columns: [
      ['cdiae_id', 'uuid'],
      ['presented_on', 'date'],
    ],
    message: named('Une présentation de l’accord est déjà enregistrée pour cette séance du CDIAE', 'présentation'),
  },
};

const GENERIC_MESSAGE = 'Cet enregistrement existe déjà : rechargez la page pour le voir.';

/**
 * The error a conflicting write ends with: `message` is French and safe to show (it names the existing row only when
 * the caller may see it); `constraint` is safe to log; nothing else of the row is kept.
 */
export class UniqueViolation extends Error {
  override readonly name = 'UniqueViolation';
  readonly code = '23505';
  constructor(
    readonly constraint: string,
    message: string,
    /** Id (or agrément number) of the existing row, when visible to the caller. */
    readonly existing: string | null,
  ) {
    super(message);
  }
}

/** The 23505 behind `error` (drizzle wraps the driver's error in `cause`), or null. */
export function uniqueViolationOf(error: unknown): UniqueViolationFacts | null {
  let statement: { query: string; params: unknown[] } | null = null;
  for (
    let e = error as Record<string, unknown> | undefined, depth = 0;
    e && depth < 4;
    e = e['cause'] as Record<string, unknown>, depth++
  ) {
    // drizzle's DrizzleQueryError keeps the statement and its parameters.
    if (typeof e['query'] === 'string' && Array.isArray(e['params']))
      statement = { query: e['query'], params: e['params'] };
    if (e['code'] !== '23505') continue;
    const constraint = e['constraint_name'] ?? e['constraint'];
    if (typeof constraint !== 'string') return null;
    const key = NATURAL_KEYS[constraint];
    const detail = typeof e['detail'] === 'string' ? e['detail'] : '';
    const values = key
      ? (keyValues(detail, key.columns.length) ?? (statement ? insertedKey(statement, key) : null))
      : null;
    return { constraint, values };
  }
  return null;
}

/** The column an index expression reads, and the function it applies (`lower(title)` → lower, title). */
function columnOf(expression: string): { column: string; fn: string | null } {
  const call = /^(\w+)\((\w+)\)$/.exec(expression);
  return call ? { fn: call[1]!, column: call[2]! } : { fn: null, column: expression };
}

/** A parameter as PostgreSQL's text input reads it back (arrays as array literals). */
function asText(value: unknown): string | null {
  if (value == null) return null;
  if (Array.isArray(value)) return `{${value.map((v) => `"${String(v).replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value); // a json parameter, as PostgreSQL reads it back
}

/**
 * The key's values in a single-row `insert into t ("a", "b") values ($1, default, …)` as drizzle writes it; null when
 * the statement is something else or a key column was not sent.
 */
export function insertedKey(
  statement: { query: string; params: unknown[] },
  key: Pick<NaturalKey, 'columns'>,
): string[] | null {
  const match = /^insert into\s+\S+\s+\(([^)]*)\)\s+values\s+\(([^)]*)\)/i.exec(statement.query.trim());
  if (!match) return null;
  const columns = match[1]!.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  const slots = match[2]!.split(',').map((v) => v.trim());
  if (columns.length !== slots.length) return null;
  const values: string[] = [];
  for (const [expression] of key.columns) {
    const slot = slots[columns.indexOf(columnOf(expression).column)];
    const param = slot && /^\$(\d+)$/.exec(slot);
    if (!param) return null;
    const value = asText(statement.params[Number(param[1]) - 1]);
    if (value == null) return null;
    values.push(value);
  }
  return values;
}

/**
 * Values of `Key (a, b)=(x, y) already exists.`: the last one takes whatever is left, so one free-text column (kept
 * last in every key) may hold ", "; null when the detail does not split into `count` values.
 */
export function keyValues(detail: string, count: number): string[] | null {
  const match = /^Key \((.*)\)=\((.*)\) already exists\.?$/s.exec(detail.trim());
  if (!match || count === 0) return null;
  const parts = match[2]!.split(', ');
  if (parts.length < count) return null;
  const values = [...parts.slice(0, count - 1), parts.slice(count - 1).join(', ')];
  return values;
}

/**
 * The conflict for a 23505: its French message, naming the existing row when `lookup` — a handle bound to the
 * caller's identity (or the platform handle for tables without row-level security) — finds it.
 */
export async function conflictFor(
  facts: UniqueViolationFacts,
  lookup: ((work: (tx: Database) => Promise<string | null>) => Promise<string | null>) | null,
): Promise<UniqueViolation> {
  const key = NATURAL_KEYS[facts.constraint];
  if (!key) return new UniqueViolation(facts.constraint, GENERIC_MESSAGE, null);
  let existing: string | null = null;
  if (facts.values && lookup) {
    const values = facts.values;
    const conditions: SQL[] = key.columns.map(([expression, type], i) => {
      // The printed value of `lower(x)` is already lower-case; a parameter is not: apply the index's function to both.
      const { fn } = columnOf(expression);
      const value = sql`cast(${values[i]!} as ${sql.raw(type)})`;
      return sql`${sql.raw(expression)} = ${fn ? sql`${sql.raw(fn)}(${value})` : value}`;
    });
    if (key.where) conditions.push(sql.raw(`(${key.where})`));
    const query = sql`select ${sql.raw(key.label ?? 'id')}::text as existing from ${sql.raw(key.table)} where ${sql.join(conditions, sql` and `)} limit 1`;
    try {
      existing = await lookup(async (tx) => {
        const result: unknown = await tx.execute(query);
        const list: unknown[] = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
        const rows = list as { existing: string }[];
        return rows[0]?.existing ?? null;
      });
    } catch {
      // The message stays without the row's id; the conflict itself is what matters.
      existing = null;
    }
  }
  return new UniqueViolation(facts.constraint, key.message(existing), existing);
}

/**
 * Runs `work` (one transaction on a table without row-level security: structures, pilotage) and turns a unique
 * violation into a `UniqueViolation` naming the existing row. Those tables' keys all start with the caller's own
 * organisation or concern shared data, so the look-up reveals nothing the caller does not already see.
 */
export async function withConflicts<T>(db: Database, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const facts = uniqueViolationOf(error);
    if (!facts) throw error;
    throw await conflictFor(facts, (lookup) => db.transaction(lookup));
  }
}
