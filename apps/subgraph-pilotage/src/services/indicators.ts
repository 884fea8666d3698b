// Indicateurs de suivi de l'accord (annexe 1), live: "par département et type de SIAE", per period, each with its
// definition and source (DESIGN §3), from the reporting views only (DESIGN §1). Who sees what (DESIGN §4): a SIAE its
// own figures, an agence its territory's, both unmasked; the comité, the État and API clients the whole region with the
// secret statistique (counts below 5 masked).
import {
  INDICATORS,
  PUBLISHED_PERIOD_MESSAGE,
  cellKey,
  compareIsoDates,
  formatFrenchDate,
  indicatorById,
  isPeriodOver,
  lastQuarters,
  minIsoDate,
  PROVIDED_INDICATORS,
  providedFigureMasked,
  providedPeriodKey,
  providedPeriodOfRange,
  publishedPeriodKind,
  takesProvidedFigures,
  suppressTable,
  type Indicator,
  type SiaeKind,
  type SuppressedTable,
} from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import type { PilotageContext } from '../context.js';
import type { IndicatorFilter } from '../generated/resolvers-types.js';
import {
  hasSiaeKind,
  indicatorCellMeasures,
  measureByPeriod,
  measureKind,
  sourceOf,
  type IndicatorCellMeasures,
  type IndicatorScope,
  type Period,
  type SourceFilter,
} from './indicator-sources.js';
import {
  COMPUTATIONS,
  bySiaeKind,
  measuresOf,
  peopleCountOf,
  publish,
  type Computation,
  type Measure,
  type Measures,
} from './indicator-values.js';
import { listProvidedFigures } from './provided-figures.js';
import type { IndicatorResult, IndicatorRowResult, IndicatorTrendResult, ProvidedFigureRow } from './rows.js';
import { departementCode, isoDate } from './validation.js';

export function scopeOf(ctx: Pick<PilotageContext, 'principal'>): IndicatorScope {
  const p = ctx.principal;
  if (p.kind === 'user' && p.organisationKind === 'SIAE') return { kind: 'siae', id: p.organisationId };
  if (p.kind === 'user' && p.organisationKind === 'AGENCY') return { kind: 'agency', id: p.organisationId };
  return { kind: 'region' };
}

const NOT_BY_SIAE_KIND = 'Non ventilé par type de SIAE : le filtre sur le type de SIAE ne s’applique pas.';
const CTA_NOT_A_SIAE_FIGURE =
  'Indicateur des CTA et des CDIAE, animés par Pôle emploi et par l’État : il ne se rapporte pas à une SIAE.';
/** Sources of the comité technique d'animation and of the CDIAE: nothing of a SIAE's own. */
const GOVERNANCE_SOURCES: ReadonlySet<string> = new Set(['ctaMeetings', 'accordPresentations']);
const UNCOMPUTABLE = 'Les vues de suivi de la plateforme ne permettent pas encore de le calculer.';

/** Why an indicator has no figures, or how to read them, for this caller and filter. */
function noteFor(indicator: Indicator, computation: Computation | undefined, filter: SourceFilter): string | null {
  if (!indicator.computable) return `Non calculé par la plateforme : fourni par ${indicator.source}.`;
  if (!computation) return UNCOMPUTABLE;
  const measures = measuresOf(computation.formula);
  if (filter.scope.kind === 'siae' && measures.some((m) => GOVERNANCE_SOURCES.has(sourceOf(m))))
    return CTA_NOT_A_SIAE_FIGURE;
  // Outside a structure, an indicator not broken down by kind is published for all kinds only (one table, one
  // suppression pattern: see regionRows).
  const kindIgnored =
    filter.siaeKind != null &&
    (measures.some((m) => !hasSiaeKind(m)) || (filter.scope.kind === 'region' && !bySiaeKind(indicator)));
  const notes = [computation.note, kindIgnored ? NOT_BY_SIAE_KIND : undefined].filter(Boolean);
  return notes.length > 0 ? notes.join(' ') : null;
}

/**
 * The period asked, ending today at the latest: nothing is counted in the future. Outside a structure (`fixed`), a
 * whole calendar month, quarter or year only (the current one read up to today): two periods of one's choosing would
 * give a masked count back by difference (secret statistique, @navette/domain publishedPeriodKind).
 */
function periodOf(filter: IndicatorFilter | null | undefined, today: string, fixed: boolean): Period {
  const asked = filter?.to ? isoDate(filter.to, 'Fin de la période') : today;
  const to = minIsoDate(asked, today);
  const from = filter?.from ? isoDate(filter.from, 'Début de la période') : `${to.slice(0, 4)}-01-01`;
  if (fixed && compareIsoDates(from, to) <= 0 && publishedPeriodKind(from, asked, today) === null) {
    throw userError('BAD_USER_INPUT', PUBLISHED_PERIOD_MESSAGE, { field: 'from', reason: 'PERIOD_NOT_PUBLISHED' });
  }
  if (compareIsoDates(from, to) > 0) {
    throw userError(
      'BAD_USER_INPUT',
      compareIsoDates(from, today) > 0
        ? `Le début de la période (${formatFrenchDate(from)}) ne peut pas être dans le futur.`
        : `La fin de la période (${formatFrenchDate(to)}) ne peut pas précéder son début (${formatFrenchDate(from)}).`,
      { field: 'to' },
    );
  }
  return { from, to };
}

/** An indicator's cells are read from the measures of its formula (a: the count, the hours, or the numerator). */
interface CellsDefinition {
  bySiaeKind: boolean;
  a: Measure;
  b: Measure | null;
}

function cellsDefinition(indicator: Indicator, computation: Computation): CellsDefinition {
  const f = computation.formula;
  const [a, b] =
    f.kind === 'count'
      ? [f.of, null]
      : f.kind === 'hoursAndPeople'
        ? [f.hours, f.people]
        : [f.numerator, f.denominator];
  return { bySiaeKind: bySiaeKind(indicator), a, b };
}

/**
 * The cells of one indicator among those the database computed (in its order): every département (and SIAE kind)
 * where the caller's scope has SIAE, plus any cell its sources have figures for. The database's rows are read as they
 * are (no copy per indicator: 7,000 cells for the country); a measure of the formula with no row in a cell reads 0.
 */
function cellsOf(definition: CellsDefinition, computed: readonly IndicatorCellMeasures[]): IndicatorCellMeasures[] {
  const { a, b } = definition;
  return computed.filter(
    (cell) =>
      // A source without kinds cannot fill a by-kind indicator; an indicator by département reads the départements' cells.
      (definition.bySiaeKind ? !cell.allKinds && cell.siaeKind != null : cell.allKinds) &&
      (cell.measures.siae != null || cell.measures[a] != null || (b != null && cell.measures[b] != null)),
  );
}

/**
 * The secret statistique of a table of the region (DESIGN §4, issue 13 §6): the counts of people below 5 and enough
 * other cells and margins (a département's total, a kind's, the region's: trends and filters publish them) that none
 * can be computed back; null when the indicator counts no people (organisations, meetings…: published as they are).
 * Decided here, by the domain's rule, on the cells the database computed.
 */
function suppressionOf(computation: Computation, cells: readonly IndicatorCellMeasures[]): SuppressedTable | null {
  const people = peopleCountOf(computation.formula);
  if (!people) return null;
  return suppressTable(
    cells.map((c) => ({ row: c.departement, column: c.siaeKind ?? '', value: c.measures[people] ?? 0 })),
  );
}

/** The published rows of one indicator from its cells (in the database's order: by département, then SIAE kind). */
function indicatorRows(
  computation: Computation,
  cells: readonly IndicatorCellMeasures[],
  secret: boolean,
  filter: SourceFilter,
): IndicatorRowResult[] {
  const suppressed = secret ? suppressionOf(computation, cells) : null;
  const rows: IndicatorRowResult[] = [];
  for (const cell of cells) {
    // The region's table is suppressed whole, then filtered: two filters never show two patterns of the same table.
    if (secret && filter.departement && cell.departement !== filter.departement) continue;
    if (secret && filter.siaeKind && cell.siaeKind && cell.siaeKind !== filter.siaeKind) continue;
    const masked = suppressed?.cells.has(cellKey(cell.departement, cell.siaeKind ?? '')) ?? false;
    rows.push({
      departement: cell.departement,
      siaeKind: cell.siaeKind,
      // The formula reads a measure the cell has no row for as 0.
      ...publish(computation.formula, cell.measures as Measures, masked),
    });
  }
  return rows;
}

function sourceFilter(
  ctx: PilotageContext,
  args: { departement?: string | null; siaeKind?: SiaeKind | null },
): SourceFilter {
  return { scope: scopeOf(ctx), departement: departementCode(args.departement), siaeKind: args.siaeKind ?? null };
}

/** Every indicator of the domain, with its figures over the period for the caller. */
export async function computeIndicators(
  ctx: PilotageContext,
  filter: IndicatorFilter | null | undefined,
): Promise<IndicatorResult[]> {
  const source = sourceFilter(ctx, filter ?? {});
  const secret = source.scope.kind === 'region';
  const period = periodOf(filter, ctx.today, secret);
  const computed = INDICATORS.map((indicator) => {
    const computation = indicator.computable ? COMPUTATIONS[indicator.id] : undefined;
    const note = noteFor(indicator, computation, source);
    const silent = !computation || note === CTA_NOT_A_SIAE_FIGURE;
    return { indicator, note, computation: silent ? undefined : computation };
  });
  const wanted = [...new Set(computed.flatMap((c) => (c.computation ? measuresOf(c.computation.formula) : [])))];
  // The region's whole table (suppressed whole, then filtered); a structure's own figures as asked.
  const read = secret ? { ...source, departement: null, siaeKind: null } : source;
  // Figures the platform does not hold (issue 18 §6): the ones in force for the period, when it is a whole quarter or
  // year (the periods they are provided for), filtered as asked. Read on their own connection while the database
  // computes the cells (neither waits for the other).
  const providedPeriod = providedPeriodOfRange(period.from, period.to, ctx.today);
  const [cells, provided] = await Promise.all([
    ctx.reporting((tx) => indicatorCellMeasures(tx, wanted, read, period, ctx.today)),
    providedPeriod
      ? listProvidedFigures(ctx, {
          indicatorIds: PROVIDED_INDICATORS.map((i) => i.id),
          departement: source.departement,
          period: providedPeriodKey(providedPeriod),
        }).then((figures) =>
          figures.filter((f) => !source.siaeKind || f.siaeKind == null || f.siaeKind === source.siaeKind),
        )
      : [],
  ]);
  const computedAt = ctx.now();
  const codes = [
    ...new Set([
      ...cells.map((c) => c.departement),
      ...provided.flatMap((f) => (f.departementCode ? [f.departementCode] : [])),
    ]),
  ];
  const names = await ctx.loaders.departementNames.loadMany(codes);
  const nameOf = new Map(codes.map((code, i) => [code, names[i]]));
  const named = (rows: IndicatorRowResult[]) => {
    for (const row of rows) {
      const name = nameOf.get(row.departement);
      if (typeof name === 'string') row.departementName = name;
    }
    return rows;
  };
  return computed.map(({ indicator, note, computation }) => {
    if (takesProvidedFigures(indicator)) {
      const figures = provided.filter((f) => f.indicatorId === indicator.id);
      return {
        ...indicator,
        note: providedPeriod ? note : `${note} ${PROVIDED_PERIODS_ONLY}`,
        rows: named(providedRows(figures, secret)),
        providedFigures: figures,
        computedAt: null,
      };
    }
    if (!computation) return { ...indicator, note, rows: [] };
    const definition = cellsDefinition(indicator, computation);
    return {
      ...indicator,
      note,
      rows: named(indicatorRows(computation, cellsOf(definition, cells), secret, source)),
      computedAt,
    };
  });
}

const PROVIDED_PERIODS_ONLY =
  'Ses chiffres sont fournis par trimestre ou par année civile : choisissez l’une de ces périodes pour les voir.';

/**
 * The cells of a provided indicator, by département (a regional figure has no cell: `providedFigures` gives it).
 * Published as their provider gave them: the secret statistique masks counts of people only, and none of these figures
 * is one (@navette/domain PROVIDED_FIGURE_SUBJECTS); `providedFigureMasked` would mask one if it were.
 */
function providedRows(figures: readonly ProvidedFigureRow[], secret: boolean): IndicatorRowResult[] {
  return figures.flatMap((f) => {
    if (!f.departementCode) return [];
    const masked = secret && providedFigureMasked(f.indicatorId, f.value);
    return [
      {
        departement: f.departementCode,
        siaeKind: (f.siaeKind as SiaeKind | null) ?? null,
        value: masked ? null : f.value,
        people: null,
        masked,
      },
    ];
  });
}

/** At most 5 years of quarters on a chart. */
const MAX_QUARTERS = 20;

/** A computable indicator quarter by quarter, over the caller's scope (or one département / SIAE kind of it). */
export async function computeIndicatorTrend(
  ctx: PilotageContext,
  args: { id: string; departement?: string | null; siaeKind?: SiaeKind | null; quarters?: number | null },
): Promise<IndicatorTrendResult> {
  const indicator = indicatorById(args.id);
  if (!indicator) throw userError('NOT_FOUND', `Indicateur « ${args.id.slice(0, 60)} » inconnu.`);
  const count = args.quarters ?? 8;
  if (!Number.isInteger(count) || count < 1 || count > MAX_QUARTERS) {
    throw userError('BAD_USER_INPUT', `Nombre de trimestres : de 1 à ${MAX_QUARTERS}.`, { field: 'quarters' });
  }
  const asked = sourceFilter(ctx, args);
  // Outside a structure, an indicator not broken down by kind is published for all kinds only (see noteFor).
  const source = asked.scope.kind === 'region' && !bySiaeKind(indicator) ? { ...asked, siaeKind: null } : asked;
  const computation = indicator.computable ? COMPUTATIONS[indicator.id] : undefined;
  const base = { departement: asked.departement, siaeKind: asked.siaeKind };
  const note = noteFor(indicator, computation, asked);
  const result = (points: IndicatorTrendResult['points'], trendNote: string | null) => ({
    ...base,
    indicator: { ...indicator, note, rows: [] },
    points,
    note: trendNote,
  });
  if (!computation || note === CTA_NOT_A_SIAE_FIGURE) return result([], note);
  const measures = measuresOf(computation.formula);
  if (measures.every((m) => measureKind(m) === 'current')) {
    return result(
      [],
      'L’annuaire ne conserve pas l’historique de cette donnée : elle ne peut pas être suivie dans le temps.',
    );
  }
  const quarters = lastQuarters(ctx.today, count);
  // A quarter in progress is read up to today; a state (convention in force, habilitation) on its last day so far.
  const periods = quarters.map((q) => ({
    from: q.from,
    to: minIsoDate(q.to, ctx.today),
    day: minIsoDate(q.to, ctx.today),
  }));
  const values = await ctx.reporting(async (tx) => {
    const byMeasure: Partial<Record<Measure, number[]>> = {};
    for (const m of measures) byMeasure[m] = await measureByPeriod(tx, m, source, periods, ctx.today);
    return byMeasure;
  });
  const masked =
    source.scope.kind === 'region'
      ? await maskedPoints(ctx, indicator, computation, source, periods)
      : periods.map(() => false);
  const points = quarters.map((quarter, i) => ({
    quarter,
    inProgress: !isPeriodOver(quarter, ctx.today),
    ...publish(
      computation.formula,
      Object.fromEntries(measures.map((m) => [m, values[m]![i]!])) as Measures,
      masked[i]!,
    ),
  }));
  const current = measures.some((m) => measureKind(m) === 'current')
    ? 'Le dénominateur est celui de l’annuaire actuel, dont l’historique n’est pas conservé.'
    : null;
  return result(points, current);
}

/**
 * Whether each quarter's point of a region trend is masked: the point is a cell or a margin (a département's, a kind's,
 * the region's total) of that quarter's table, masked as the table of that quarter is (issue 13 §6).
 */
async function maskedPoints(
  ctx: PilotageContext,
  indicator: Indicator,
  computation: Computation,
  source: SourceFilter,
  periods: readonly Period[],
): Promise<boolean[]> {
  if (!peopleCountOf(computation.formula)) return periods.map(() => false);
  const region = { ...source, departement: null, siaeKind: null };
  // The same cells as the period's table (its SIAE too: zeros are cells), so that both show the same pattern.
  const definition = cellsDefinition(indicator, computation);
  return ctx.reporting(async (tx) => {
    const out: boolean[] = [];
    for (const period of periods) {
      const computed = await indicatorCellMeasures(tx, measuresOf(computation.formula), region, period, ctx.today);
      const suppressed = suppressionOf(computation, cellsOf(definition, computed))!;
      const kind = source.siaeKind;
      out.push(
        source.departement && kind
          ? suppressed.cells.has(cellKey(source.departement, kind))
          : source.departement
            ? suppressed.rows.has(source.departement)
            : kind
              ? suppressed.columns.has(kind)
              : suppressed.total,
      );
    }
    return out;
  });
}
