// The benchmark's scenarios: one portal's persisted document through the gateway, and the SQL the subgraphs run for it (copied from
// PostgreSQL's statement log of one request: Drizzle's `in ($1, …, $20)` is written `= any($1)`, which PostgreSQL
// plans the same way), grouped in the transactions withIdentity opens (`set_config('role', 'navette_app', true)` and
// the caller's organisation; the DataLoader batches of one step run at once, on their own connections). Not
// repeated here: the session look-ups that authenticate the request in the gateway and in each subgraph.
import type { BenchAccount } from '../accounts.js';
import {
  indicatorStatements,
  statisticsStatements,
  type IndicatorCaller,
  type StatementAnswer,
} from './indicator-statements.js';
import type { Statement } from './statement.js';

export type ScenarioName =
  'inbox' | 'employees' | 'stats-departement' | 'stats-national' | 'indicators-departement' | 'indicators-national';

export type { Statement } from './statement.js';

/**
 * The portal's persisted document the scenario sends through the gateway (a portal account may send only those:
 * docs/security.md), by operation name in `apps/<portal>/src/generated/persisted-documents.json`, with its variables.
 */
export interface ScenarioDocument {
  portal: 'console-pilotage' | 'portal-agence' | 'portal-siae';
  operation: string;
  variables: (context: { departement: string; year: string }) => Record<string, unknown>;
  /** The subgraph that owns the root field, sent the same document straight (signed as the gateway signs). */
  subgraph: 'pilotage' | 'parcours';
  /** The part of the document that subgraph serves, when the document reaches another subgraph too. */
  subgraphDocument?: (text: string) => string;
}

export interface Scenario {
  name: ScenarioName;
  account: BenchAccount['key'];
  title: string;
  document: ScenarioDocument;
  /** Checks a response body; returns the size figure printed with the results, or throws. */
  check: (data: Record<string, unknown>) => string;
  /** Transactions in order; the statements of one step run in one transaction, the steps of one group at once. */
  steps: Statement[][][];
}

const requestColumns = `"id", "kind", "person_id", "siae_id", "agency_id", "siae_kind", "departement_code", "prescriber_organisation_id", "prescription_id", "approval_id", "details", "requested_by_user_id", "received_on", "deadline", "status", "decided_on", "decided_by_user_id", "refusal_reason", "refusal_comment", "appeal_text", "appealed_on", "appeal_status", "appeal_decided_on", "appeal_comment", "resulting_approval_id", "created_at"`;
const approvalColumns = `"id", "number", "person_id", "siae_id", "agency_id", "siae_kind", "departement_code", "prescriber_organisation_id", "prescription_id", "renews_approval_id", "start_on", "end_on", "created_at"`;
const peopleColumns = `"id", "first_name", "last_name", "birth_date", "email", "phone", "pole_emploi_id", "rqth", "created_by_user_id", "created_by_organisation_id", "created_at"`;

const people: Statement = {
  label: 'people loader',
  text: `select ${peopleColumns} from "parcours"."people" where "parcours"."people"."id" = any($1)`,
  params: ({ personIds }) => [personIds],
};
const audit: Statement = {
  label: 'audit of the person reads',
  text: `insert into "audit"."events" ("actor_kind", "actor_id", "actor_organisation_id", "client", "action", "subject_type", "subject_id")
         select 'user', null, nullif(current_setting('navette.organisation_id', true), '')::uuid, null, 'PERSON_READ', 'Person', unnest($1::text[])`,
  params: ({ personIds }) => [personIds],
  write: true,
};

const statisticsCheck = (data: Record<string, unknown>) => {
  const s = data['approvalStatistics'] as { rows: { requests: number | null }[] };
  if (!Array.isArray(s.rows) || s.rows.length === 0) throw new Error('no statistics rows');
  return `${s.rows.length} rows, ${s.rows.reduce((n, r) => n + (r.requests ?? 0), 0).toLocaleString('en')} requests`;
};

/** The pilotage console's default period: the current calendar year (the API stops it at today). */
const indicatorPeriod = (year: string) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

const indicatorsCheck = (data: Record<string, unknown>) => {
  const list = data['indicators'] as { computable: boolean; table: { states: string[][] } }[];
  const lines = list.reduce((n, i) => n + i.table.states.length, 0);
  const cells = list.reduce((n, i) => n + i.table.states.flat().filter((s) => s !== 'NO_DATA').length, 0);
  if (cells === 0) throw new Error('no indicator cells');
  return `${list.length} indicators (${list.filter((i) => i.computable).length} computed), ${lines.toLocaleString('en')} lines, ${cells.toLocaleString('en')} cells`;
};

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'inbox',
    account: 'agency',
    title: 'approval inbox of one agence',
    document: {
      portal: 'portal-agence',
      operation: 'ApprovalInbox',
      variables: () => ({ first: 20, status: 'PENDING' }),
      subgraph: 'parcours',
      // The SIAE's name, city and kind come from structures (one _entities call): the subgraph gives its id.
      subgraphDocument: (text) => text.replace('siae { __typename city id kind name }', 'siae { __typename id }'),
    },
    check: (data) => {
      const c = data['approvalRequests'] as {
        totalCount: number;
        edges: { node: { person: { lastName: string } | null } }[];
      };
      if (c.edges.some((e) => !e.node.person)) throw new Error('a request without its person');
      return `${c.edges.length} of ${c.totalCount} pending requests`;
    },
    steps: [
      [
        [
          {
            label: 'pending requests, by deadline',
            text: `select ${requestColumns} from "parcours"."approval_requests"
                    where ("parcours"."approval_requests"."status" = $1 and "parcours"."approval_requests"."deadline" >= $2)
                    order by "parcours"."approval_requests"."deadline" asc, "parcours"."approval_requests"."id" asc limit $3`,
            params: ({ today }) => ['PENDING', today, 21],
          },
          {
            label: 'count of pending requests',
            text: `select count(*) from "parcours"."approval_requests"
                    where ("parcours"."approval_requests"."status" = $1 and "parcours"."approval_requests"."deadline" >= $2)`,
            params: ({ today }) => ['PENDING', today],
          },
        ],
      ],
      [
        [people, audit],
        [
          {
            label: 'SIAE names (structures, _entities)',
            text: `select "id", "siret", "name", "kind", "departement_code", "employment_area_id", "agency_id", "city", "postcode", "search_key", "created_at"
                     from "structures"."siaes" where "structures"."siaes"."id" = any($1)`,
            params: ({ siaeIds }) => [siaeIds],
            directory: true,
          },
        ],
      ],
    ],
  },
  {
    name: 'employees',
    account: 'siae',
    title: 'employees (current agréments) of one SIAE',
    document: { portal: 'portal-siae', operation: 'Employees', variables: () => ({ first: 20 }), subgraph: 'parcours' },
    check: (data) => {
      const c = data['approvals'] as {
        totalCount: number;
        edges: { node: { status: string; person: { lastName: string } | null } }[];
      };
      if (c.edges.some((e) => !e.node.person || !e.node.status))
        throw new Error('an agrément without its person or status');
      return `${c.edges.length} of ${c.totalCount} current agréments`;
    },
    steps: [
      [
        [
          {
            label: 'current agréments, ending soonest',
            text: `select ${approvalColumns} from "parcours"."approvals" where "parcours"."approvals"."end_on" >= $1
                    order by "parcours"."approvals"."end_on" asc, "parcours"."approvals"."id" asc limit $2`,
            params: ({ today }) => [today, 21],
          },
          {
            label: 'count of current agréments',
            text: `select count(*) from "parcours"."approvals" where "parcours"."approvals"."end_on" >= $1`,
            params: ({ today }) => [today],
          },
        ],
      ],
      [
        [
          {
            label: 'events loader',
            text: `select "id", "approval_id", "kind", "start_on", "end_on", "reason", "siae_id", "agency_id", "siae_kind", "departement_code", "request_id", "created_at"
                     from "parcours"."approval_events" where "parcours"."approval_events"."approval_id" = any($1) order by "parcours"."approval_events"."start_on" asc`,
            params: ({ ids }) => [ids],
          },
        ],
        [
          {
            label: 'contracts loader',
            text: `select "id", "approval_id", "person_id", "siae_id", "agency_id", "siae_kind", "departement_code", "kind", "start_on", "end_on", "ended_on", "ai_sector", "ai_hours", "created_at"
                     from "parcours"."contracts" where "parcours"."contracts"."approval_id" = any($1) order by "parcours"."contracts"."start_on" asc`,
            params: ({ ids }) => [ids],
          },
        ],
        [people, audit],
      ],
    ],
  },
  {
    name: 'stats-departement',
    account: 'steering',
    title: 'approvalStatistics of one département (STEERING)',
    document: {
      portal: 'console-pilotage',
      operation: 'ParcoursStatistics',
      variables: ({ departement }) => ({ departement }),
      subgraph: 'parcours',
      subgraphDocument: (text) =>
        text.replaceAll('departement { __typename code name }', 'departement { __typename code }'),
    },
    check: statisticsCheck,
    steps: [],
  },
  {
    name: 'stats-national',
    account: 'steering',
    title: 'approvalStatistics of the whole country (STEERING)',
    document: {
      portal: 'console-pilotage',
      operation: 'ParcoursStatistics',
      variables: () => ({}),
      subgraph: 'parcours',
      subgraphDocument: (text) =>
        text.replaceAll('departement { __typename code name }', 'departement { __typename code }'),
    },
    check: statisticsCheck,
    steps: [],
  },
  {
    name: 'indicators-departement',
    account: 'steering',
    title: 'indicator table of one département, current year (STEERING, pilotage console)',
    document: {
      portal: 'console-pilotage',
      operation: 'Indicators',
      variables: ({ departement, year }) => ({ filter: { departement, ...indicatorPeriod(year) } }),
      subgraph: 'pilotage',
    },
    check: indicatorsCheck,
    steps: [],
  },
  {
    name: 'indicators-national',
    account: 'steering',
    title: 'indicator table of the whole country, current year (STEERING, pilotage console)',
    document: {
      portal: 'console-pilotage',
      operation: 'Indicators',
      variables: ({ year }) => ({ filter: indicatorPeriod(year) }),
      subgraph: 'pilotage',
    },
    check: indicatorsCheck,
    steps: [],
  },
];

/** The département scenarios' SQL depends on the département (that of the agence account). */
export async function stepsOf(
  scenario: Scenario,
  context: {
    departement: string;
    today: string;
    caller: IndicatorCaller;
    pilotageDist: string;
    parcoursDist: string;
    /** Answers the statements while they are recorded (indicator-statements.ts). */
    answer?: StatementAnswer;
  },
): Promise<Statement[][][]> {
  if (scenario.name === 'stats-departement' || scenario.name === 'stats-national') {
    const departement = scenario.name === 'stats-departement' ? context.departement : null;
    return [[await statisticsStatements(context.parcoursDist, context.caller, departement, context.today)]];
  }
  if (scenario.name === 'indicators-departement' || scenario.name === 'indicators-national') {
    const filter = {
      ...indicatorPeriod(context.today.slice(0, 4)),
      departement: scenario.name === 'indicators-departement' ? context.departement : null,
    };
    // One step per transaction, in order: the subgraph computes the cells, then reads the provided figures.
    const transactions = await indicatorStatements(
      context.pilotageDist,
      context.caller,
      filter,
      context.today,
      context.answer,
    );
    return transactions.map((transaction) => [transaction]);
  }
  return scenario.steps;
}
