// Live counts of the parcours for the pilotage console and each structure's own figures (issue 5 §5; DESIGN §4:
// aggregates only, counts below 5 masked outside a structure). A SIAE's or an agence's own figures are read from the
// reporting views (no person in them); the region's from the live totals of migration 0014, kept by triggers.
import { measureTotalsSql, resultRows, tables, type Database } from '@navette/db';
import {
  APPROVAL_REFUSAL_REASONS,
  cellKey,
  columnKey,
  publishedPeriodKind,
  rowKey,
  suppressCells,
  tableWithMargins,
  totalKey,
  type SecretCell,
} from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, count, eq, gte, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, withDetails } from '../errors.js';
import { pastDecisionDeadline, requestStatusIs } from './request-status-sql.js';
import { optionalIsoDate } from '../input-fields.js';

const { approvalRequestFacts: r, approvalEventFacts: e } = tables;

const COUNT_FIELDS = [
  'requests',
  'granted',
  'refused',
  'tacitlyGranted',
  'pending',
  'suspensions',
  'prolongations',
  'extensions',
] as const;
type CountField = (typeof COUNT_FIELDS)[number];
type Row = { departement: string; siaeKind: string } & Record<CountField, number>;
type PublishedRow = { departement: string; siaeKind: string } & Record<CountField, number | null>;

/** The measures of migration 0014 (reporting.approval_requests_measures), by request received in the period. */
const REQUEST_TOTALS = {
  requests: 'requestsReceived',
  granted: 'requestsGranted',
  refused: 'requestsRefused',
  tacitlyGranted: 'requestsTacitlyGranted',
  pending: 'requestsPending',
} as const satisfies Partial<Record<CountField, string>>;
const REFUSED_FOR = 'requestsRefusedFor:';
/** No bound: the totals of every year. */
const NO_START = '0001-01-01';
const NO_END = '9999-12-31';

type RequestRow = { departement: string; siaeKind: string } & Record<keyof typeof REQUEST_TOTALS, number>;
type EventRow = { departement: string; siaeKind: string; kind: keyof typeof EVENT_FIELDS; n: number };
type RefusalRow = { departement: string; reason: string | null; n: number };

/** The count of each kind of event; migration 0013 (reporting.approval_events_measures) names its totals the same. */
const EVENT_FIELDS = { SUSPENSION: 'suspensions', PROLONGATION: 'prolongations', EXTENSION: 'extensions' } as const;

/** What a scope's counts are read as: the region's cells whole (`cells`), a structure's in parts. */
interface Counts {
  cells: Row[];
  requestRows: RequestRow[];
  eventRows: EventRow[];
  refusalRows: RefusalRow[];
}

/** The counts of a cell, as the statement of regionCounts names its columns. */
const CELL_COLUMNS = {
  requests: 'requests',
  granted: 'granted',
  refused: 'refused',
  tacitlyGranted: 'tacitly_granted',
  pending: 'pending',
  suspensions: 'suspensions',
  prolongations: 'prolongations',
  extensions: 'extensions',
} as const satisfies Record<CountField, string>;

type RegionRow = { part: 'cell' | 'reason'; departement: string; siae_kind: string | null; reason: string | null } & {
  [column in (typeof CELL_COLUMNS)[CountField]]: number | string | null;
};

/**
 * The region's counts from the totals, as the views would give them, computed by the database in one statement (issue
 * 16 §3): one row per département × SIAE kind with every count (`part` 'cell'), one per département and refusal reason
 * (`part` 'reason', its count in `requests`). A request counts on the day it was received for its status; a pending one
 * past its deadline is already acquired (annexe 4 §2.2.2) before the job records it, read live (pending requests only:
 * partial index). A cell without requests but with events has its request counts at 0.
 */
async function regionCounts(
  tx: Database,
  departement: string | null,
  from: string | null,
  to: string | null,
  today: string,
): Promise<Counts> {
  const period = { from: from ?? NO_START, to: to ?? NO_END };
  if (period.from > period.to) return { requestRows: [], eventRows: [], refusalRows: [], cells: [] };
  const stored = [
    ...Object.values(REQUEST_TOTALS),
    ...Object.values(EVENT_FIELDS),
    ...APPROVAL_REFUSAL_REASONS.map((reason) => `${REFUSED_FOR}${reason.code}`),
  ];
  const totals = measureTotalsSql(stored, { departement, siaeKind: null }, [period], today)!;
  const overdue = sql`select ${r.departementCode} as departement_code, ${r.siaeKind} as siae_kind, count(*)::float8 as n
    from ${r} where ${and(
      eq(r.status, 'PENDING'),
      pastDecisionDeadline(r.deadline, today),
      gte(r.receivedOn, period.from),
      lte(r.receivedOn, period.to),
      departement ? eq(r.departementCode, departement) : undefined,
    )} group by 1, 2`;
  const total = (measure: string) => sql`coalesce(sum(t.value) filter (where t.measure = ${measure}), 0)`;
  const late = sql`coalesce(max(o.n), 0)`;
  // The request counts of a cell with requests (the others: 0), the overdue pending ones counted as tacit grants.
  const ifRequests = (value: SQL) => sql`case when ${total(REQUEST_TOTALS.requests)} > 0 then ${value} else 0 end`;
  const query = sql`with totals as materialized (${totals})
    select * from (select 'cell' as part, t.departement_code as departement, t.siae_kind, null as reason,
      ${ifRequests(total(REQUEST_TOTALS.requests))} as requests,
      ${ifRequests(total(REQUEST_TOTALS.granted))} as granted,
      ${ifRequests(total(REQUEST_TOTALS.refused))} as refused,
      ${ifRequests(sql`${total(REQUEST_TOTALS.tacitlyGranted)} + ${late}`)} as tacitly_granted,
      ${ifRequests(sql`${total(REQUEST_TOTALS.pending)} - ${late}`)} as pending,
      ${total(EVENT_FIELDS.SUSPENSION)} as suspensions,
      ${total(EVENT_FIELDS.PROLONGATION)} as prolongations,
      ${total(EVENT_FIELDS.EXTENSION)} as extensions
    from totals t left join (${overdue}) as o
      on o.departement_code = t.departement_code and o.siae_kind = t.siae_kind
    group by t.departement_code, t.siae_kind
    having ${total(REQUEST_TOTALS.requests)} > 0 or ${total(EVENT_FIELDS.SUSPENSION)} <> 0
      or ${total(EVENT_FIELDS.PROLONGATION)} <> 0 or ${total(EVENT_FIELDS.EXTENSION)} <> 0
    union all
    select 'reason', departement_code, null, substr(measure, ${REFUSED_FOR.length + 1}), sum(value),
      null, null, null, null, null, null, null
    from totals where starts_with(measure, ${REFUSED_FOR}) and value <> 0
    group by departement_code, measure) as counts
    order by part, departement collate "C", siae_kind::text collate "C", reason collate "C"`;
  const cells: Row[] = [];
  const refusalRows: RefusalRow[] = [];
  for (const row of resultRows<RegionRow>(await tx.execute(query))) {
    if (row.part === 'reason') {
      refusalRows.push({ departement: row.departement, reason: row.reason, n: Number(row.requests) });
      continue;
    }
    const cell = { departement: row.departement, siaeKind: row.siae_kind! } as Row;
    for (const field of COUNT_FIELDS) cell[field] = Number(row[CELL_COLUMNS[field]]);
    cells.push(cell);
  }
  return { requestRows: [], eventRows: [], refusalRows, cells };
}

/** Whose figures: a SIAE or an agence its own (not masked); everyone else the region, masked. */
function scopeOf(ctx: ParcoursContext) {
  const p = ctx.principal;
  if (p.kind === 'user' && p.organisationKind === 'SIAE') return { kind: 'siae' as const, id: p.organisationId };
  if (p.kind === 'user' && p.organisationKind === 'AGENCY') return { kind: 'agency' as const, id: p.organisationId };
  return { kind: 'region' as const };
}

type Scope = ReturnType<typeof scopeOf>;

/** A SIAE's or an agence's own counts, from the reporting views (a few thousand rows at most). */
async function ownCounts(
  tx: Database,
  scope: Exclude<Scope, { kind: 'region' }>,
  departement: string | null,
  from: string | null,
  to: string | null,
  today: string,
): Promise<Counts> {
  const requestWhere = and(
    scope.kind === 'siae' ? eq(r.siaeId, scope.id) : eq(r.agencyId, scope.id),
    departement ? eq(r.departementCode, departement) : undefined,
    from ? gte(r.receivedOn, from) : undefined,
    to ? lte(r.receivedOn, to) : undefined,
  );
  const eventWhere = and(
    scope.kind === 'siae' ? eq(e.siaeId, scope.id) : eq(e.agencyId, scope.id),
    departement ? eq(e.departementCode, departement) : undefined,
    from ? gte(e.startOn, from) : undefined,
    to ? lte(e.startOn, to) : undefined,
  );
  return {
    cells: [],
    requestRows: await tx
      .select({
        departement: r.departementCode,
        siaeKind: r.siaeKind,
        requests: count(),
        granted: sql<number>`count(*) filter (where ${r.status} = 'GRANTED' or ${r.appealStatus} = 'UPHELD')::int`,
        refused: sql<number>`count(*) filter (where ${r.status} = 'REFUSED' and ${r.appealStatus} is distinct from 'UPHELD')::int`,
        // A request past its deadline is acquired even before the job records it (annexe 4 §2.2.2; domain
        // approvalRequestStatusOn, in SQL by requestStatusIs).
        tacitlyGranted: sql<number>`count(*) filter (where ${requestStatusIs(r, 'TACITLY_GRANTED', today)})::int`,
        pending: sql<number>`count(*) filter (where ${requestStatusIs(r, 'PENDING', today)})::int`,
      })
      .from(r)
      .where(requestWhere)
      .groupBy(r.departementCode, r.siaeKind),
    eventRows: await tx
      .select({ departement: e.departementCode, siaeKind: e.siaeKind, kind: e.kind, n: count() })
      .from(e)
      .where(eventWhere)
      .groupBy(e.departementCode, e.siaeKind, e.kind),
    refusalRows: await tx
      .select({ departement: r.departementCode, reason: r.refusalReason, n: count() })
      .from(r)
      // As requestsRefused (domain refusedForSpec): a refusal upheld on appeal is not one, so the reasons add up to it.
      .where(and(requestWhere, eq(r.status, 'REFUSED'), or(isNull(r.appealStatus), ne(r.appealStatus, 'UPHELD'))))
      .groupBy(r.departementCode, r.refusalReason),
  };
}

const STATUS_FIELDS = ['granted', 'refused', 'tacitlyGranted', 'pending'] as const satisfies readonly CountField[];
const REASONS = 'reasons';

/**
 * The secret statistique of the region's statistics (DESIGN §4, issue 13 §6; @navette/domain suppressCells): each count
 * is a table départements × SIAE kinds published with its margins, a row's requests are the sum of its statuses (23
 * requests − the shown statuses would give a masked 1 back), and the refusals by reason of a département sum to its
 * refused requests. Suppressed together, over the whole region, before the département filter.
 */
function suppressRegionStatistics(rows: readonly Row[], refusals: readonly RefusalRow[]): Set<string> {
  const cells: SecretCell<string>[] = [];
  const lines: string[][] = [];
  for (const field of COUNT_FIELDS) {
    const table = tableWithMargins(
      rows.map((row) => ({ row: row.departement, column: row.siaeKind, value: row[field] })),
      field,
    );
    cells.push(...table.cells);
    lines.push(...table.lines);
  }
  const statusLine = (key: (field: CountField) => string) => [key('requests'), ...STATUS_FIELDS.map(key)];
  for (const row of rows) lines.push(statusLine((field) => cellKey(row.departement, row.siaeKind, field)));
  for (const departement of new Set(rows.map((row) => row.departement)))
    lines.push(statusLine((field) => rowKey(departement, field)));
  for (const siaeKind of new Set(rows.map((row) => row.siaeKind)))
    lines.push(statusLine((field) => columnKey(siaeKind, field)));
  lines.push(statusLine((field) => totalKey(field)));
  const reasons = tableWithMargins(
    refusals.filter((x) => x.reason).map((x) => ({ row: x.departement, column: x.reason!, value: x.n })),
    REASONS,
  );
  cells.push(...reasons.cells);
  lines.push(...reasons.lines);
  // A département's refusals by reason add up to (about: an appeal upheld since) its refused requests.
  for (const departement of new Set(refusals.map((x) => x.departement)))
    lines.push([rowKey(departement, REASONS), rowKey(departement, 'refused')]);
  lines.push([totalKey(REASONS), totalKey('refused')]);
  return suppressCells(cells, lines);
}

/** The period asked for: dates (`YYYY-MM-DD`), either may be left out. */
const periodInput = z.object({ from: optionalIsoDate(), to: optionalIsoDate() });

/** The period of the region's statistics: none (every year), or a whole month, quarter or year (secret statistique). */
function regionPeriod(from: string | null, to: string | null, today: string): void {
  if (from === null && to === null) return;
  if (from === null || publishedPeriodKind(from, to ?? today, today) === null) {
    throw withDetails(errors.periodNotPublished(), { field: 'from' });
  }
}

export async function approvalStatistics(
  ctx: ParcoursContext,
  args: { departement?: string | null; from?: string | null; to?: string | null },
) {
  const { from, to } = parseInput(
    periodInput,
    { from: args.from, to: args.to },
    { from: 'Début de la période', to: 'Fin de la période' },
  );
  const scope = scopeOf(ctx);
  const departement = args.departement ?? null;
  if (scope.kind === 'region') regionPeriod(from, to, ctx.today);
  // The region is read (and suppressed) whole, then filtered: two filters never show two patterns of one table.
  const counts = await ctx.data((tx: Database) =>
    scope.kind === 'region'
      ? regionCounts(tx, null, from, to, ctx.today)
      : ownCounts(tx, scope, departement, from, to, ctx.today),
  );
  const { requestRows, eventRows, refusalRows } = counts;

  const rows = new Map<string, Row>();
  // The region's cells come whole from the database.
  for (const cell of 'cells' in counts ? (counts.cells ?? []) : [])
    rows.set(`${cell.departement}|${cell.siaeKind}`, cell);
  const rowOf = (departement: string, siaeKind: string) => {
    const key = `${departement}|${siaeKind}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        departement,
        siaeKind,
        requests: 0,
        granted: 0,
        refused: 0,
        tacitlyGranted: 0,
        pending: 0,
        suspensions: 0,
        prolongations: 0,
        extensions: 0,
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const q of requestRows) Object.assign(rowOf(q.departement, q.siaeKind), { ...q });
  for (const ev of eventRows) rowOf(ev.departement, ev.siaeKind)[EVENT_FIELDS[ev.kind]] = ev.n;

  const ordered = [...rows.values()].sort(
    (a, b) => a.departement.localeCompare(b.departement) || a.siaeKind.localeCompare(b.siaeKind),
  );
  const labels = new Map(APPROVAL_REFUSAL_REASONS.map((reason) => [reason.code as string, reason.label]));
  const byReason = (list: readonly { reason: string; count: number | null; masked?: boolean }[]) =>
    list
      .map((x) => ({
        reason: { code: x.reason, label: labels.get(x.reason) ?? x.reason },
        count: x.count,
        masked: x.masked ?? false,
      }))
      .sort((a, b) => (b.count ?? -1) - (a.count ?? -1));
  const reasonTotals = (list: readonly RefusalRow[]) => {
    const sums = new Map<string, number>();
    for (const x of list) if (x.reason) sums.set(x.reason, (sums.get(x.reason) ?? 0) + x.n);
    return [...sums].map(([reason, count]) => ({ reason, count }));
  };
  if (scope.kind !== 'region') return { rows: ordered, refusalsByReason: byReason(reasonTotals(refusalRows)) };

  const masked = suppressRegionStatistics(ordered, refusalRows);
  const published = ordered
    .filter((row) => !departement || row.departement === departement)
    .map((row) => {
      const out: PublishedRow = { ...row };
      for (const field of COUNT_FIELDS)
        if (masked.has(cellKey(row.departement, row.siaeKind, field))) out[field] = null;
      return out;
    });
  // The region's refusals by reason are the reasons' totals; a département's, its own cells.
  const reasons = departement
    ? refusalRows
        .filter((x) => x.departement === departement && x.reason)
        .map((x) => ({ reason: x.reason!, key: cellKey(departement, x.reason!, REASONS), count: x.n }))
    : reasonTotals(refusalRows).map((x) => ({ ...x, key: columnKey(x.reason, REASONS) }));
  return {
    rows: published,
    refusalsByReason: byReason(
      reasons.map((x) => (masked.has(x.key) ? { reason: x.reason, count: null, masked: true } : x)),
    ),
  };
}
