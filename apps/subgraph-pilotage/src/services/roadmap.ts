// Feuille de route annuelle (accord, préambule: "développées et priorisées dans une feuille de route annuelle, définie
// par le comité de pilotage"; annexe 3: the 2017 roadmap, action by action with its due period). Saved by
// use-cases/save-roadmap-action.ts; read here.
import { tables } from '@navette/db';
import { asc, eq, sql } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { RoadmapStatus } from '../generated/resolvers-types.js';
import type { RoadmapActionRow } from './rows.js';
import { year as validYear } from './validation.js';

const { roadmapActions } = tables;

export const ROADMAP_STATUS_LABELS: Readonly<Record<RoadmapStatus, string>> = {
  PLANNED: 'Prévue',
  IN_PROGRESS: 'En cours',
  DONE: 'Réalisée',
  DROPPED: 'Abandonnée',
};

export async function roadmapOf(ctx: PilotageContext, args: { year: number }): Promise<RoadmapActionRow[]> {
  const year = validYear(args.year, ctx.today);
  return ctx.db
    .select()
    .from(roadmapActions)
    .where(eq(roadmapActions.year, year))
    .orderBy(sql`${roadmapActions.fiche} asc nulls last`, asc(roadmapActions.action), asc(roadmapActions.id));
}
