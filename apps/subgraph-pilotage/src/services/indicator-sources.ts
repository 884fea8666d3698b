// The SQL of the indicators: one GROUP BY per reporting view (DESIGN §1: the owning contexts publish read-only views,
// pilotage aggregates them in the database), never one query per indicator or per département. Every filter is a
// plain comparison on a view column (département, SIAE kind, organisation, date), so the indexes of the tables below
// the views apply; no person and no free text ever leaves the database.
import {
  measureTotalsSql,
  readMeasureTotals,
  resultRows,
  tables,
  type Database,
  type MeasureTotal,
  type Period,
} from '@navette/db';
import {
  decisionsWithLegacyPeriod,
  habilitationSpansOf,
  LIVE_MEASURES,
  MEASURES,
  measureSpec,
  type AnyMeasureSpec,
  type FactSource,
  type Measure,
  type MeasureCondition,
  type Measures,
  type HabilitationDecision,
  type SiaeKind,
  type StateRule,
} from '@navette/domain';
import { and, asc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** Whose figures: a SIAE or an agence its own (not masked); the comité, the État and API clients the whole region. */
export type IndicatorScope = { kind: 'siae'; id: string } | { kind: 'agency'; id: string } | { kind: 'region' };

export interface SourceFilter {
  scope: IndicatorScope;
  departement: string | null;
  siaeKind: SiaeKind | null;
}

export type { Period };

const r = tables.approvalRequestFacts;
const e = tables.approvalEventFacts;
const p = tables.prescriptionFacts;
const t = tables.trainingFacts;
const im = tables.immersionFacts;
const su = tables.serviceUseFacts;
const po = tables.poeFacts;
const jo = tables.jobOfferFacts;
const a = tables.cooperationAgreementFacts;
const s = tables.siaeFacts;
const c = tables.ctaMeetingFacts;
const o = tables.prescriberOrganisations;
const pr = tables.poleEmploiRegistrationFacts;
const hd = tables.habilitationDecisions;
const ap = tables.accordPresentationFacts;

/**
 * The spans of habilitation of the prescripteurs habilités (fiche 2), one row per span (`departement_code`, `start_on`,
 * `end_on`): the préfet's register (structures.habilitation_decisions, append-only) folded by @navette/domain
 * (`habilitationSpansOf`, the fold the parcours and the structures apply), read in the statement's transaction and
 * handed to it as `with habilitation_spans` (habilitationSpansFirst): the register's rule is not written again in SQL,
 * and a decision taken later leaves a past day's figure as it was. An organisation without any recorded decision
 * stands on the directory's period, as everywhere (`decisionsWithLegacyPeriod`).
 */
const hs = {
  table: sql`habilitation_spans`,
  departementCode: sql`habilitation_spans.departement_code`,
  startOn: sql`habilitation_spans.start_on`,
  endOn: sql`habilitation_spans.end_on`,
};

async function habilitationSpansFirst(tx: Database, filter: SourceFilter): Promise<SQL> {
  const rows = await tx
    .select({
      id: o.id,
      departementCode: o.departementCode,
      legacyStartOn: o.habilitationStartOn,
      legacyEndOn: o.habilitationEndOn,
      kind: hd.kind,
      decidedOn: hd.decidedOn,
      startOn: hd.startOn,
      endOn: hd.endOn,
    })
    .from(o)
    .leftJoin(hd, eq(hd.prescriberOrganisationId, o.id))
    .where(and(eq(o.kind, 'HABILITE'), filter.departement ? eq(o.departementCode, filter.departement) : undefined))
    .orderBy(asc(o.id), asc(hd.sequence));
  const organisations = new Map<string, { first: (typeof rows)[number]; register: HabilitationDecision[] }>();
  for (const row of rows) {
    let organisation = organisations.get(row.id);
    if (!organisation) organisations.set(row.id, (organisation = { first: row, register: [] }));
    if (row.kind && row.decidedOn)
      organisation.register.push({ kind: row.kind, decidedOn: row.decidedOn, startOn: row.startOn, endOn: row.endOn });
  }
  const spans = [...organisations.values()].flatMap(({ first, register }) =>
    habilitationSpansOf(
      decisionsWithLegacyPeriod(register, { startOn: first.legacyStartOn, endOn: first.legacyEndOn }),
    ).map((span) => ({ d: first.departementCode, f: span.startOn, t: span.endOn })),
  );
  // One-letter keys: the national directory's 2,300 spans are sent with each statement (a third fewer bytes to send
  // and for the database to parse).
  return sql`with habilitation_spans (departement_code, start_on, end_on) as (
    select d, f, t
    from jsonb_to_recordset(${JSON.stringify(spans)}::jsonb) as s(d varchar(3), f date, t date)
  ) `;
}

/** What a statement reading `measures` needs before it: the habilitation spans when one of them reads them. */
async function prelude(tx: Database, measures: readonly Measure[], filter: SourceFilter): Promise<SQL> {
  return measures.some((m) => MEASURE_SPECS[m].source === 'prescriberOrganisations')
    ? habilitationSpansFirst(tx, filter)
    : sql``;
}

/** The départements of a SIAE's or an agence's territory, from the SIAE it follows (reporting view). */
function territoryDepartements(scope: Exclude<IndicatorScope, { kind: 'region' }>): SQL {
  const who = scope.kind === 'siae' ? sql`${s.id} = ${scope.id}` : sql`${s.agencyId} = ${scope.id}`;
  return sql`(select distinct ${s.departementCode} from ${s} where ${who})`;
}

interface Source {
  /** The view (or the directory table) read. */
  from: SQLWrapper;
  departement: SQLWrapper;
  siaeKind?: SQLWrapper;
  /** Rows of the caller's scope; `null`: the source has nothing for that scope. */
  scope(scope: IndicatorScope): SQL | undefined | null;
}

const bySiaeOrAgency = (siaeId: SQLWrapper, agencyId: SQLWrapper) => (scope: IndicatorScope) =>
  scope.kind === 'siae'
    ? sql`${siaeId} = ${scope.id}`
    : scope.kind === 'agency'
      ? sql`${agencyId} = ${scope.id}`
      : undefined;

/** The reporting view (or directory table) of each source of the domain's measure specs. */
const SOURCES = {
  approvalRequests: {
    from: r,
    departement: r.departementCode,
    siaeKind: r.siaeKind,
    scope: bySiaeOrAgency(r.siaeId, r.agencyId),
  },
  approvalEvents: {
    from: e,
    departement: e.departementCode,
    siaeKind: e.siaeKind,
    scope: bySiaeOrAgency(e.siaeId, e.agencyId),
  },
  prescriptions: {
    from: p,
    departement: p.departementCode,
    siaeKind: p.siaeKind,
    scope: bySiaeOrAgency(p.siaeId, p.agencyId),
  },
  trainingRecords: {
    from: t,
    departement: t.departementCode,
    siaeKind: t.siaeKind,
    scope: bySiaeOrAgency(t.siaeId, t.agencyId),
  },
  immersions: {
    from: im,
    departement: im.departementCode,
    siaeKind: im.siaeKind,
    scope: bySiaeOrAgency(im.siaeId, im.agencyId),
  },
  serviceUses: {
    from: su,
    departement: su.departementCode,
    siaeKind: su.siaeKind,
    scope: bySiaeOrAgency(su.siaeId, su.agencyId),
  },
  poes: {
    from: po,
    departement: po.departementCode,
    siaeKind: po.siaeKind,
    scope: bySiaeOrAgency(po.siaeId, po.agencyId),
  },
  jobOffers: {
    from: jo,
    departement: jo.departementCode,
    siaeKind: jo.siaeKind,
    scope: bySiaeOrAgency(jo.siaeId, jo.agencyId),
  },
  cooperationAgreements: {
    from: a,
    departement: a.departementCode,
    siaeKind: a.siaeKind,
    scope: bySiaeOrAgency(a.siaeId, a.agencyId),
  },
  poleEmploiRegistrations: {
    from: pr,
    departement: pr.departementCode,
    siaeKind: pr.siaeKind,
    scope: bySiaeOrAgency(pr.siaeId, pr.agencyId),
  },
  siaes: { from: s, departement: s.departementCode, siaeKind: s.siaeKind, scope: bySiaeOrAgency(s.id, s.agencyId) },
  // CTA are led by agences (fiche 8): an agence sees those it leads; they are no SIAE's own figures.
  ctaMeetings: {
    from: c,
    departement: c.departementCode,
    scope: (scope: IndicatorScope) =>
      scope.kind === 'siae' ? null : scope.kind === 'agency' ? sql`${c.agencyId} = ${scope.id}` : undefined,
  },
  // Presentations of the accord in CDIAE (fiche 3, issue 18 §5): by département, no SIAE's own figure; an agence gets
  // the départements of its territory.
  accordPresentations: {
    from: ap,
    departement: ap.departementCode,
    scope: (scope: IndicatorScope) =>
      scope.kind === 'siae'
        ? null
        : scope.kind === 'agency'
          ? sql`${ap.departementCode} in ${territoryDepartements(scope)}`
          : undefined,
  },
  // The préfet's list is public (fiche 2); a SIAE or an agence gets the départements of its territory. Read from the
  // spans of the register's fold (habilitationSpansFirst), one row per span of a prescripteur habilité.
  prescriberOrganisations: {
    from: hs.table,
    departement: hs.departementCode,
    scope: (scope: IndicatorScope) =>
      scope.kind === 'region' ? undefined : sql`${hs.departementCode} in ${territoryDepartements(scope)}`,
  },
} satisfies Record<FactSource, Source>;
export type SourceKey = FactSource;

/**
 * How a measure reads its source, generated from its spec in @navette/domain (indicator-measures.ts): `event`: rows
 * whose `date` falls in the period (and `where`), placed in a quarter by that date; `state`: rows true on one day
 * (`at`: the last day of the period, or of each quarter); `current`: the directory as it is now (no history kept).
 */
type MeasureSpec = { source: SourceKey; aggregate: SQL; cast: 'int' | 'float8'; domain: AnyMeasureSpec } & (
  | { kind: 'event'; date: SQLWrapper; where?: SQL }
  | { kind: 'state'; at: (day: SQL) => SQL; where?: SQL }
  | { kind: 'current'; where?: SQL }
);

/**
 * The SQL of the domain's state rules, on the view's columns. Checked, not generated, against the domain's
 * wasCooperationAgreementInForce and wasHabilitatedByPrefet by indicator-drift.integration.test.ts.
 */
const STATE_SQL: Readonly<Record<StateRule, (day: SQL) => SQL>> = {
  // Signed and in force on `day`, whatever its status today.
  cooperationAgreementInForce: (day) =>
    sql`${a.signedOn} <= ${day} and ${a.startOn} <= ${day} and (${a.endOn} is null or ${a.endOn} >= ${day})
    and (${a.terminatedOn} > ${day} or (${a.terminatedOn} is null and ${a.status} <> 'TERMINATED'))`,
  // Habilitated by the préfet on `day` (fiche 2): a span of the register's fold holds that day (at most one per
  // organisation; only prescripteurs habilités have spans).
  habilitatedByPrefet: (day) => sql`${hs.startOn} <= ${day} and (${hs.endOn} is null or ${hs.endOn} >= ${day})`,
  // In parcours on `day` (the agrément runs) with its registration status recorded by then (fiche 5).
  registrationKnownInParcours: (day) =>
    sql`${pr.approvalStartOn} <= ${day} and ${pr.approvalEndOn} >= ${day} and ${pr.checkedOn} <= ${day}`,
};

/** A column of a source by its name in the domain's facts (the views' columns have the same names in code). */
function column(source: SourceKey, field: string): SQLWrapper {
  const found = (SOURCES[source].from as unknown as Record<string, SQLWrapper | undefined>)[field];
  if (!found) throw new Error(`No column ${field} in the reporting source ${source}`);
  return found;
}

function conditionSql(source: SourceKey, condition: MeasureCondition<FactSource>): SQL {
  if ('anyOf' in condition)
    return sql`(${sql.join(
      condition.anyOf.map((c) => sql`(${conditionSql(source, c)})`),
      sql` or `,
    )})`;
  const col = column(source, condition.field);
  if ('equals' in condition)
    return typeof condition.equals === 'boolean'
      ? condition.equals
        ? sql`${col}`
        : sql`not ${col}`
      : sql`${col} = ${condition.equals}`;
  if ('differsFrom' in condition) return sql`${col} is distinct from ${condition.differsFrom}`;
  return sql`${col} is not null`;
}

/** The SQL reading of a domain spec. */
function generated(domain: AnyMeasureSpec): MeasureSpec {
  const source = domain.source;
  const where =
    domain.where.length > 0
      ? sql.join(
          domain.where.map((c) => conditionSql(source, c as MeasureCondition<FactSource>)),
          sql` and `,
        )
      : undefined;
  const agg = domain.aggregate as { kind: 'count' } | { kind: 'sum' | 'distinct'; field: string };
  const aggregate =
    agg.kind === 'count'
      ? sql`count(*)`
      : agg.kind === 'sum'
        ? sql`sum(${column(source, agg.field)})`
        : sql`count(distinct ${column(source, agg.field)})`;
  const base = { source, aggregate, cast: agg.kind === 'sum' ? ('float8' as const) : ('int' as const), domain };
  const period = domain.period as
    { kind: 'event'; date: string } | { kind: 'state'; rule: StateRule } | { kind: 'current' };
  switch (period.kind) {
    case 'event':
      return { ...base, kind: 'event', date: column(source, period.date), where };
    case 'state':
      return { ...base, kind: 'state', at: STATE_SQL[period.rule], where };
    case 'current':
      return { ...base, kind: 'current', where };
  }
}

export const MEASURE_SPECS: Readonly<Record<Measure, MeasureSpec>> = Object.fromEntries(
  MEASURES.map((m) => [m, generated(measureSpec(m))]),
) as Record<Measure, MeasureSpec>;

/**
 * Event measures kept as live totals per day and per month of each département × SIAE kind, by triggers in the
 * transaction of each write (migration 0013: its `reporting.<table>_measures` functions state, in SQL, the conditions
 * of the domain's specs for those triggers; indicator-drift.integration.test.ts fails when they disagree). For the whole region (comité, État, API clients) they are read from those
 * totals: a year of the whole country is a few thousand rows instead of a GROUP BY of millions. A SIAE's or an agence's
 * own figures, a few thousand rows at most, come from the views.
 */
const SUMMARISED: ReadonlySet<Measure> = LIVE_MEASURES;

/**
 * The totals a summarised measure reads. People trained are distinct people: by their first record ending in the
 * period, i.e. ends − previous ends in the period + the records whose previous end is in it but that end after it
 * (migration 0013).
 */
const TRAINING_ENDS = 'trainingRecordEnds';
const TRAINING_PREVIOUS_ENDS = 'trainingRecordPrevs';
const storedAs = (m: Measure): string[] => (m === 'trainedPeople' ? [TRAINING_ENDS, TRAINING_PREVIOUS_ENDS] : [m]);

/**
 * Third term of the people trained, per period (`bucket`) and cell: previous end in the period, end after it (few rows
 * when the period ends today). Columns as those of measureTotalsSql, measure 'trainingRecordsAfter'.
 */
function trainingRecordsAfterSql(filter: SourceFilter, periods: readonly Period[]): SQL {
  const after = periods.map(
    (
      period,
      bucket,
    ) => sql`select ${bucket}::int as bucket, 'trainingRecordsAfter' as measure, ${t.departementCode} as departement_code,
      ${t.siaeKind} as siae_kind, count(*)::float8 as value
      from ${t} ${whereAll([
        sql`${t.previousEndOn} between ${period.from}::date and ${period.to}::date`,
        sql`${t.endOn} > ${period.to}::date`,
        ...(filter.departement ? [sql`${t.departementCode} = ${filter.departement}`] : []),
        ...(filter.siaeKind ? [sql`${t.siaeKind} = ${filter.siaeKind}`] : []),
      ])} group by 3, 4`,
  );
  return sql.join(after, sql` union all `);
}

/**
 * The totals of `stored` measures over each period (`bucket`: its index), by cell, within the filter; with the people
 * trained, the live third term as the measure 'trainingRecordsAfter'.
 */
async function readTotals(
  tx: Database,
  stored: readonly string[],
  filter: SourceFilter,
  periods: readonly Period[],
  today: string,
): Promise<MeasureTotal[]> {
  const totals = await readMeasureTotals(tx, stored, filter, periods, today);
  if (!stored.includes(TRAINING_ENDS)) return totals;
  const after = trainingRecordsAfterSql(filter, periods);
  const rows = resultRows<{ bucket: number; departement_code: string; siae_kind: string; value: number }>(
    await tx.execute(after),
  );
  return [
    ...totals,
    ...rows.map((r) => ({
      bucket: Number(r.bucket),
      measure: 'trainingRecordsAfter',
      departementCode: r.departement_code,
      siaeKind: r.siae_kind,
      value: Number(r.value),
    })),
  ];
}

/** Summarised measures per bucket and cell, from the totals (trainedPeople assembled from its three terms). */
async function summarisedByCell(
  tx: Database,
  measures: readonly Measure[],
  filter: SourceFilter,
  periods: readonly Period[],
  today: string,
): Promise<(CellMeasures & { bucket: number })[]> {
  const totals = await readTotals(tx, measures.flatMap(storedAs), filter, periods, today);
  const cells = new Map<
    string,
    { bucket: number; departement: string; siaeKind: SiaeKind; stored: Map<string, number> }
  >();
  for (const total of totals) {
    const key = `${total.bucket}|${total.departementCode}|${total.siaeKind}`;
    let cell = cells.get(key);
    if (!cell) {
      const siaeKind = total.siaeKind as SiaeKind;
      cells.set(
        key,
        (cell = { bucket: total.bucket, departement: total.departementCode, siaeKind, stored: new Map() }),
      );
    }
    cell.stored.set(total.measure, (cell.stored.get(total.measure) ?? 0) + total.value);
  }
  return [...cells.values()].map(({ bucket, departement, siaeKind, stored }) => {
    const value = (m: string) => stored.get(m) ?? 0;
    return {
      bucket,
      departement,
      siaeKind,
      measures: Object.fromEntries(
        measures.map((m) => [
          m,
          m === 'trainedPeople'
            ? value(TRAINING_ENDS) - value(TRAINING_PREVIOUS_ENDS) + value('trainingRecordsAfter')
            : value(m),
        ]),
      ),
    };
  });
}

export const measureKind = (measure: Measure) => MEASURE_SPECS[measure].kind;
export const sourceOf = (measure: Measure): SourceKey => MEASURE_SPECS[measure].source;
/** Whether the source of a measure is broken down by SIAE kind (a SIAE kind filter applies to it). */
export const hasSiaeKind = (measure: Measure) => 'siaeKind' in SOURCES[sourceOf(measure)];

/** The rows of `spec` that count for a period. */
function countsIn(spec: MeasureSpec, period: Period): SQL {
  switch (spec.kind) {
    case 'event':
      return sql`${spec.date} between ${period.from}::date and ${period.to}::date${spec.where ? sql` and ${spec.where}` : sql``}`;
    case 'state':
      return spec.where ? sql`${spec.at(sql`${period.to}::date`)} and ${spec.where}` : spec.at(sql`${period.to}::date`);
    case 'current':
      return spec.where ?? sql`true`;
  }
}

/** Whether two measures count the same rows of their source (same period reading and conditions in the domain). */
function sameRows(x: MeasureSpec, y: MeasureSpec): boolean {
  return (
    x.source === y.source &&
    JSON.stringify([x.domain.period, x.domain.where]) === JSON.stringify([y.domain.period, y.domain.where])
  );
}

function aggregateOf(spec: MeasureSpec, condition: SQL | null): SQL {
  const filtered = condition ? sql`${spec.aggregate} filter (where ${condition})` : spec.aggregate;
  return sql`coalesce(${filtered}, 0)::${sql.raw(spec.cast)}`;
}

/** Rows of a raw query, whichever driver ran it (postgres.js returns an array, PGlite `{ rows }`). */

function filters(source: Source, filter: SourceFilter): SQL[] | null {
  const scope = source.scope(filter.scope);
  if (scope === null) return null;
  return [
    ...(scope ? [scope] : []),
    ...(filter.departement ? [sql`${source.departement} = ${filter.departement}`] : []),
    ...(filter.siaeKind && source.siaeKind ? [sql`${source.siaeKind} = ${filter.siaeKind}`] : []),
  ];
}

const whereAll = (conditions: SQL[]) =>
  conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
const anyOf = (conditions: SQL[]) =>
  sql`(${sql.join(
    conditions.map((x) => sql`(${x})`),
    sql` or `,
  )})`;

export interface CellMeasures {
  departement: string;
  siaeKind: SiaeKind | null;
  measures: Measures;
}

/** A column name for a measure (its name: the domain's measures are identifiers). */
const measureColumn = (m: Measure) => sql.identifier(m);

/**
 * The measures asked, over `period`, one row per group and cell: columns `departement`, `siae_kind` and one per measure
 * (float8; null in the rows of the groups that do not read it). A group is one GROUP BY per source (or, for the region,
 * one over the live totals), each measure a FILTER of it, the WHERE keeping only rows some measure counts. Every
 * measure of a group has a value (0 included) in each cell the group has: a cell where any measure of its source
 * counted something is a cell of every indicator reading that source. Null when no source has anything for the caller.
 */
function measureRowsSql(wanted: readonly Measure[], filter: SourceFilter, period: Period, today: string): SQL | null {
  const summarised = filter.scope.kind === 'region' ? wanted.filter((m) => SUMMARISED.has(m)) : [];
  const bySource = new Map<SourceKey, Measure[]>();
  for (const m of wanted) {
    if (summarised.includes(m)) continue;
    bySource.set(MEASURE_SPECS[m].source, [...(bySource.get(MEASURE_SPECS[m].source) ?? []), m]);
  }
  // Each group: one row per cell, its measures as columns (the others null, below).
  const groups: { query: SQL; measures: Measure[] }[] = [];
  if (summarised.length > 0) {
    const stored = summarised.flatMap(storedAs);
    const totals = measureTotalsSql(stored, filter, [period], today)!;
    const parts = stored.includes(TRAINING_ENDS)
      ? sql`${totals} union all ${trainingRecordsAfterSql(filter, [period])}`
      : totals;
    const valueOf = (name: string) => sql`coalesce(sum(value) filter (where measure = ${name}), 0)`;
    const selected = summarised.map(
      (m) =>
        sql`${m === 'trainedPeople' ? sql`${valueOf(TRAINING_ENDS)} - ${valueOf(TRAINING_PREVIOUS_ENDS)} + ${valueOf('trainingRecordsAfter')}` : valueOf(m)} as ${measureColumn(m)}`,
    );
    groups.push({
      query: sql`select departement_code as departement, siae_kind, ${sql.join(selected, sql`, `)} from (${parts}) as totals group by 1, 2`,
      measures: summarised,
    });
  }
  for (const [key, measures] of bySource) {
    const source: Source = SOURCES[key];
    const conditions = filters(source, filter);
    if (conditions === null) continue;
    // Measures counting the same rows (e.g. training hours and people) share one condition: no FILTER when all do.
    const specs = measures.map((m) => MEASURE_SPECS[m]);
    const distinct = specs.filter((spec, i) => specs.findIndex((other) => sameRows(spec, other)) === i);
    const counted = distinct.map((spec) => countsIn(spec, period));
    const conditionOf = (spec: MeasureSpec) =>
      distinct.length > 1 ? counted[distinct.findIndex((d) => sameRows(d, spec))]! : null;
    const cellColumns = source.siaeKind ? [source.departement, source.siaeKind] : [source.departement];
    const selected = measures.map(
      (m, i) => sql`${aggregateOf(specs[i]!, conditionOf(specs[i]!))} as ${measureColumn(m)}`,
    );
    groups.push({
      query: sql`select ${source.departement} as departement, ${source.siaeKind ?? sql`null`} as siae_kind, ${sql.join(selected, sql`, `)}
        from ${source.from} ${whereAll([...conditions, distinct.length > 1 ? anyOf(counted) : counted[0]!])}
        group by ${sql.join(cellColumns, sql`, `)}`,
      measures,
    });
  }
  if (groups.length === 0) return null;
  const widened = groups.map(
    ({ query, measures }) =>
      sql`select g.departement::text as departement, g.siae_kind::text as siae_kind, ${sql.join(
        wanted.map(
          (m) =>
            sql`${measures.includes(m) ? sql`g.${measureColumn(m)}::float8` : sql`null::float8`} as ${measureColumn(m)}`,
        ),
        sql`, `,
      )} from (${query}) as g`,
  );
  return sql.join(widened, sql` union all `);
}

type MeasureRow = { departement: string; siae_kind: SiaeKind | null } & Partial<Record<Measure, number | null>>;

/**
 * The measures asked, per département and SIAE kind (when the source has it), over `period` (the rows of
 * measureRowsSql, by cell).
 */
export async function measuresByCell(
  tx: Database,
  wanted: readonly Measure[],
  filter: SourceFilter,
  period: Period,
  today: string,
): Promise<CellMeasures[]> {
  const query = measureRowsSql(wanted, filter, period, today);
  if (!query) return [];
  const cells = new Map<string, CellMeasures>();
  const first = await prelude(tx, wanted, filter);
  for (const row of resultRows<MeasureRow>(await tx.execute(sql`${first}${query}`))) {
    const key = `${row.departement}|${row.siae_kind ?? ''}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { departement: row.departement, siaeKind: row.siae_kind ?? null, measures: {} }));
    for (const m of wanted) {
      const value = row[m];
      if (value != null) cell.measures[m] = (cell.measures[m] ?? 0) + Number(value);
    }
  }
  return [...cells.values()];
}

/** One cell of the indicators' tables: its measures (null: no row of their sources in this cell). */
export interface IndicatorCellMeasures {
  departement: string;
  /** null: a cell of the indicators by département only (every kind), or of a source without SIAE kind. */
  siaeKind: SiaeKind | null;
  /** Whether this is the département's cell over every kind (for the indicators not broken down by kind). */
  allKinds: boolean;
  measures: Partial<Record<Measure, number | null>>;
}

const SIAE_KINDS_IN_ORDER = sql.raw(`array['ACI', 'AI', 'EI', 'ETTI', 'EITI']`);

/**
 * The cells of the indicators' tables, computed by the database in one statement (issue 16 §3): per département and
 * SIAE kind, and per département over every kind (GROUPING SETS), each measure asked added up over the period (null
 * where no row of its sources is in the cell), with 'siae' (the SIAE of the directory: every cell that has some is a
 * cell of every indicator). Ordered by département code, the département's own cell first, then the kinds in the
 * usual order (ACI, AI, EI, ETTI, EITI). An indicator's cells are its formula's columns (indicators.ts).
 */
export async function indicatorCellMeasures(
  tx: Database,
  wanted: readonly Measure[],
  filter: SourceFilter,
  period: Period,
  today: string,
): Promise<IndicatorCellMeasures[]> {
  const measures = [...new Set<Measure>(['siae', ...wanted])];
  const rows = measureRowsSql(measures, filter, period, today);
  if (!rows) return [];
  const query = sql`${await prelude(tx, measures, filter)}select m.departement, m.siae_kind, grouping(m.siae_kind) = 1 as all_kinds,
      ${sql.join(
        measures.map((m) => sql`sum(m.${measureColumn(m)}) as ${measureColumn(m)}`),
        sql`, `,
      )}
    from (${rows}) as m
    group by grouping sets ((m.departement, m.siae_kind), (m.departement))
    order by m.departement collate "C", all_kinds desc, array_position(${SIAE_KINDS_IN_ORDER}, m.siae_kind) nulls first`;
  // The row itself is the cell's measures (no copy: 566 rows of ~40 measures for the country), numbers whichever driver.
  return resultRows<MeasureRow & { all_kinds: boolean }>(await tx.execute(query)).map((row) => {
    for (const m of measures) {
      const value = row[m];
      if (value === undefined) row[m] = null;
      else if (typeof value !== 'number' && value !== null) row[m] = Number(value);
    }
    return { departement: row.departement, siaeKind: row.siae_kind ?? null, allKinds: row.all_kinds, measures: row };
  });
}

/**
 * One measure over several periods (the quarters of a trend), for the whole scope: events grouped by the quarter of
 * their date, states read on the last day of each period (`day` of `periods`), `current` once.
 * Returns the value per period, in the order of `periods`.
 */
export async function measureByPeriod(
  tx: Database,
  measure: Measure,
  filter: SourceFilter,
  periods: readonly (Period & { day: string })[],
  today: string,
): Promise<number[]> {
  const spec = MEASURE_SPECS[measure];
  const source: Source = SOURCES[spec.source];
  const conditions = filters(source, filter);
  if (conditions === null || periods.length === 0) return periods.map(() => 0);
  const first = periods[0]!;
  const last = periods.at(-1)!;
  const before = await prelude(tx, [measure], filter);
  if (spec.kind === 'current') {
    const [row] = resultRows<{ n: number }>(
      await tx.execute(
        sql`${before}select ${aggregateOf(spec, null)} as n from ${source.from} ${whereAll([...conditions, countsIn(spec, last)])}`,
      ),
    );
    return periods.map(() => Number(row?.n ?? 0));
  }
  if (spec.kind === 'event' && filter.scope.kind === 'region' && SUMMARISED.has(measure)) {
    // The scope's figure is the sum of its cells' (a person trained in two cells in one quarter counts in each, as in
    // the indicator table's rows).
    const values = periods.map(() => 0);
    for (const cell of await summarisedByCell(tx, [measure], filter, periods, today))
      values[cell.bucket]! += cell.measures[measure] ?? 0;
    return values;
  }
  // The scope's figure is the sum of its cells' (domain spec: a distinct count is per cell; a person trained in two
  // cells counts in each, as in the indicator table's rows and the live totals above): grouped by cell, then added up.
  const cells = source.siaeKind ? sql`${source.departement}, ${source.siaeKind}` : sql`${source.departement}`;
  if (spec.kind === 'event') {
    // Quarters are calendar quarters (@navette/domain periods.ts): date_trunc gives the first day of each.
    const quarter = sql`to_char(date_trunc('quarter', ${spec.date}::timestamp), 'YYYY-MM-DD')`;
    const rows = resultRows<{ q: string; n: number }>(
      await tx.execute(sql`${before}select ${quarter} as q, ${aggregateOf(spec, null)} as n from ${source.from}
        ${whereAll([...conditions, countsIn(spec, { from: first.from, to: last.to })])} group by 1, ${cells}`),
    );
    const byStart = new Map<string, number>();
    for (const x of rows) byStart.set(x.q, (byStart.get(x.q) ?? 0) + Number(x.n));
    return periods.map((q) => byStart.get(q.from) ?? 0);
  }
  const days = sql.join(
    periods.map((q) => sql`(${q.day}::date)`),
    sql`, `,
  );
  const day = sql.raw('d.day');
  const rows = resultRows<{ day: string; n: number }>(
    await tx.execute(sql`${before}select d.day::text as day, ${aggregateOf(spec, null)} as n
      from (values ${days}) as d(day) join ${source.from} on ${spec.at(day)}
      ${whereAll(spec.where ? [...conditions, spec.where] : conditions)} group by d.day, ${cells}`),
  );
  const byDay = new Map<string, number>();
  for (const x of rows) byDay.set(x.day, (byDay.get(x.day) ?? 0) + Number(x.n));
  return periods.map((q) => byDay.get(q.day) ?? 0);
}
