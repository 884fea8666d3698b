// Figures the platform does not hold (issue 18 §6; accord, annexe 1, "Fournisseurs des indicateurs"): read here, and
// written by the two use cases (record-provided-figure.ts, import-provided-figures.ts) through `writeProvidedFigures`,
// one transaction for all the figures of a call. The rules (which indicator, which cell, which value, who) are
// @navette/domain's provided-figures.ts.
import type { UserPrincipal } from '@navette/auth';
import { tables } from '@navette/db';
import {
  mayProvideFigure,
  parseProvidedPeriod,
  providedFigureCellKey,
  providedPeriodLabel,
  type ProvidedFigure,
} from '@navette/domain';
import type { GraphQLError } from 'graphql';
import { and, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import type { ProvidedFigureRow } from './rows.js';
import { departementCode } from './validation.js';

const { providedFigures, stateServices, steeringCommittees } = tables;

/** How many figures one read returns at most (the region's are a few hundred a year). */
export const MAX_PROVIDED_FIGURES_READ = 500;

/** « T2 2026 », « année 2026 » for a stored period. */
export function periodLabelOf(period: string): string {
  const parsed = parseProvidedPeriod(period);
  return parsed ? providedPeriodLabel(parsed) : period;
}

/** The user who may enter figures, or the refusal (api clients never hold `governance:write`). */
export function providerOf(ctx: Pick<PilotageContext, 'principal'>): UserPrincipal {
  const p = ctx.principal;
  if (p.kind !== 'user' || !['STEERING', 'STATE', 'ADMIN'].includes(p.role)) throw errors.providedFigureNotAllowed();
  return p;
}

/** Why the user may not enter this figure (`mayProvideFigure`: the État for its département only), or null. */
export function checkProviderFor(user: UserPrincipal, figure: ProvidedFigure): GraphQLError | null {
  if (mayProvideFigure({ role: user.role, departement: user.departement }, figure.departement)) return null;
  return errors.providedFigureOtherDepartement(
    figure.departement ? `le département ${figure.departement}` : 'un chiffre régional',
  );
}

/** The name of the user's organisation, kept with each figure (its provenance as it was). */
async function organisationNameOf(ctx: PilotageContext, user: UserPrincipal): Promise<string> {
  if (user.organisationKind === 'STEERING_COMMITTEE') {
    const [row] = await ctx.db
      .select({ name: steeringCommittees.name })
      .from(steeringCommittees)
      .where(eq(steeringCommittees.id, user.organisationId));
    if (row) return row.name;
  }
  if (user.organisationKind === 'STATE_SERVICE') {
    const [row] = await ctx.db
      .select({ name: stateServices.name })
      .from(stateServices)
      .where(eq(stateServices.id, user.organisationId));
    if (row) return row.name;
  }
  return user.role === 'ADMIN' ? 'Administration de la plateforme' : 'Organisation inconnue';
}

export interface FigureToWrite {
  figure: ProvidedFigure;
  source: string;
}

export interface WrittenFigures {
  /** The figure in force for each cell written, in the order given. */
  figures: ProvidedFigureRow[];
  recorded: number;
  unchanged: number;
}

/**
 * Writes figures, all or none, each cell's next version unless the figure in force is the same (value, source and
 * reference date): the same figure sent again, or a file imported twice, writes nothing. One lock for every write of
 * provided figures: two calls at once (twenty imports of the same file) take turns, and the second finds the first's
 * figures in force; the unique (cell, version) index is the second guard. `receivedAt` is the server's clock.
 */
export async function writeProvidedFigures(
  ctx: PilotageContext,
  user: UserPrincipal,
  items: readonly FigureToWrite[],
  viaImport: boolean,
): Promise<WrittenFigures> {
  const organisationName = await organisationNameOf(ctx, user);
  const receivedAt = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pilotage.provided_figures'))`);
    const keys = items.map((item) => providedFigureCellKey(item.figure));
    const current = keys.length
      ? await tx
          .selectDistinctOn([providedFigures.cellKey])
          .from(providedFigures)
          .where(inArray(providedFigures.cellKey, keys))
          .orderBy(providedFigures.cellKey, desc(providedFigures.version))
      : [];
    const inForce = new Map(current.map((row) => [row.cellKey, row]));
    const toInsert: (typeof providedFigures.$inferInsert)[] = [];
    let unchanged = 0;
    for (const [i, { figure, source }] of items.entries()) {
      const key = keys[i]!;
      const latest = inForce.get(key);
      if (
        latest &&
        latest.value === figure.value &&
        latest.source === source &&
        latest.referenceDate === figure.referenceDate
      ) {
        unchanged++;
        continue;
      }
      toInsert.push({
        indicatorId: figure.indicator.id,
        departementCode: figure.departement,
        siaeKind: figure.siaeKind,
        period: figure.periodKey,
        periodFrom: figure.bounds.from,
        periodTo: figure.bounds.to,
        cellKey: key,
        version: (latest?.version ?? 0) + 1,
        value: figure.value,
        source,
        referenceDate: figure.referenceDate,
        enteredByUserId: user.userId,
        enteredByOrganisationId: user.organisationId,
        enteredByOrganisationName: organisationName,
        viaImport,
        receivedAt,
      });
    }
    const inserted = toInsert.length ? await tx.insert(providedFigures).values(toInsert).returning() : [];
    for (const row of inserted) inForce.set(row.cellKey, row);
    return {
      figures: keys.map((key) => ({ ...inForce.get(key)!, superseded: false })),
      recorded: inserted.length,
      unchanged,
    };
  });
}

export interface ProvidedFiguresFilterArgs {
  indicatorId?: string | null;
  indicatorIds?: readonly string[];
  departement?: string | null;
  period?: string | null;
  history?: boolean | null;
}

/**
 * Provided figures, newest first: the figures in force (one per cell), or every version with `history`. Readable by
 * whoever reads the indicators (they are published as their provider gave them) and by the administrators.
 */
export async function listProvidedFigures(
  ctx: PilotageContext,
  filter: ProvidedFiguresFilterArgs | null | undefined,
): Promise<ProvidedFigureRow[]> {
  const conditions: SQL[] = [];
  if (filter?.indicatorId) conditions.push(eq(providedFigures.indicatorId, filter.indicatorId.slice(0, 60)));
  if (filter?.indicatorIds) conditions.push(inArray(providedFigures.indicatorId, [...filter.indicatorIds]));
  const departement = departementCode(filter?.departement);
  if (departement) conditions.push(eq(providedFigures.departementCode, departement));
  if (filter?.period) conditions.push(eq(providedFigures.period, filter.period.trim().toUpperCase().slice(0, 10)));
  // Filters on the cell's own columns keep whole cells: the latest version is the cell's latest. The database keeps
  // the latest versions (unless the history is asked) and the first MAX_PROVIDED_FIGURES_READ: a read is bounded
  // whatever the table holds.
  const figures = ctx.db
    .select({
      ...getTableColumns(providedFigures),
      latest: sql<number>`max(${providedFigures.version}) over (partition by ${providedFigures.cellKey})`.as('latest'),
    })
    .from(providedFigures)
    .where(conditions.length ? and(...conditions) : undefined)
    .as('figures');
  const rows = await ctx.db
    .select()
    .from(figures)
    .where(filter?.history ? undefined : sql`${figures.version} = ${figures.latest}`)
    .orderBy(desc(figures.receivedAt), desc(figures.version), figures.cellKey)
    .limit(MAX_PROVIDED_FIGURES_READ);
  return rows.map(({ latest, ...figure }) => ({ ...figure, superseded: figure.version !== Number(latest) }));
}
