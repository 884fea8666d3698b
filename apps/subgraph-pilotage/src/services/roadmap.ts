// Feuille de route annuelle (accord, préambule: "développées et priorisées dans une feuille de route annuelle, définie
// par le comité de pilotage"; article 3: "Il fixe les priorités des actions à conduire dans la feuille de route
// annuelle et en suit le bon déroulement"; annexe 3: the 2017 roadmap, action by action with its due period).
import { tables, withConflicts } from '@navette/db';
import { userError } from '@navette/subgraph-server';
import { asc, eq, sql } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { RoadmapActionInput, RoadmapStatus } from '../generated/resolvers-types.js';
import type { RoadmapActionRow } from './rows.js';
import { knownId, notFound, requiredText, year as validYear } from './validation.js';

const { roadmapActions } = tables;

export const ROADMAP_STATUS_LABELS: Readonly<Record<RoadmapStatus, string>> = {
  PLANNED: 'Prévue',
  IN_PROGRESS: 'En cours',
  DONE: 'Réalisée',
  DROPPED: 'Abandonnée',
};

/** The accord has eight fiches action (article 1). */
const FICHES = 8;

/** Creates an action (no id) or updates one (its id), in one transaction. */
export async function saveRoadmapAction(ctx: PilotageContext, input: RoadmapActionInput): Promise<RoadmapActionRow> {
  const values = {
    year: validYear(input.year, ctx.today),
    fiche: input.fiche ?? null,
    action: requiredText(input.action, 'Action', 2_000),
    owner: requiredText(input.owner, 'Pilote de l’action', 300),
    duePeriod: requiredText(input.duePeriod, 'Échéance', 200),
  };
  if (values.fiche != null && (!Number.isInteger(values.fiche) || values.fiche < 1 || values.fiche > FICHES)) {
    throw userError('BAD_USER_INPUT', `Fiche action : de 1 à ${FICHES}, ou aucune.`, { field: 'fiche' });
  }
  if (input.id == null) {
    // The same action twice in a year is refused by roadmap_actions_natural_unique (issue 12).
    const [row] = await withConflicts(ctx.db, () => ctx.db.insert(roadmapActions).values({ ...values, status: input.status ?? 'PLANNED' }).returning());
    return row!;
  }
  const id = knownId(input.id, 'Action de la feuille de route');
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(roadmapActions).where(eq(roadmapActions.id, id)).for('update');
    if (!current) throw notFound('Action de la feuille de route');
    const [row] = await tx
      .update(roadmapActions)
      .set({ ...values, status: input.status ?? current.status, updatedAt: sql`now()` })
      .where(eq(roadmapActions.id, id))
      .returning();
    return row!;
  });
}

export async function roadmapOf(ctx: PilotageContext, args: { year: number }): Promise<RoadmapActionRow[]> {
  const year = validYear(args.year, ctx.today);
  return ctx.db
    .select()
    .from(roadmapActions)
    .where(eq(roadmapActions.year, year))
    .orderBy(sql`${roadmapActions.fiche} asc nulls last`, asc(roadmapActions.action), asc(roadmapActions.id));
}
