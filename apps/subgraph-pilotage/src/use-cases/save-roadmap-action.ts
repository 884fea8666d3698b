// An action of the feuille de route annuelle (accord, préambule: "développées et priorisées dans une feuille de route
// annuelle, définie par le comité de pilotage"; article 3: "Il fixe les priorités des actions à conduire dans la
// feuille de route annuelle"; annexe 3: action by action with its due period): created (no id) or updated (its id).
import { tables, withConflicts } from '@navette/db';
import { parseInput, textInput } from '@navette/subgraph-server';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import type { RoadmapActionRow } from '../services/rows.js';
import { knownId, year as validYear } from '../services/validation.js';

const { roadmapActions } = tables;

/** The accord has eight fiches action (article 1). */
const FICHES = 8;
const FICHE_RANGE = `De 1 à ${FICHES}, ou aucune`;

export const saveRoadmapActionInput = z.object({
  id: z.string().nullish(),
  year: z.number().int(),
  fiche: z
    .number()
    .int(FICHE_RANGE)
    .min(1, FICHE_RANGE)
    .max(FICHES, FICHE_RANGE)
    .nullish()
    .transform((value) => value ?? null),
  action: textInput(2_000),
  owner: textInput(300),
  duePeriod: textInput(200),
  status: z.enum(['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED']).nullish(),
});

const labels = {
  year: 'Année',
  fiche: 'Fiche action',
  action: 'Action',
  owner: 'Pilote de l’action',
  duePeriod: 'Échéance',
  status: 'État',
};

export async function saveRoadmapAction(ctx: PilotageContext, raw: unknown): Promise<RoadmapActionRow> {
  const { id: givenId, status, ...input } = parseInput(saveRoadmapActionInput, raw, labels);
  const values = { ...input, year: validYear(input.year, ctx.today) };
  if (givenId == null) {
    // The same action twice in a year is refused by roadmap_actions_natural_unique (issue 12).
    const [row] = await withConflicts(ctx.db, () =>
      ctx.db
        .insert(roadmapActions)
        .values({ ...values, status: status ?? 'PLANNED' })
        .returning(),
    );
    return row!;
  }
  const id = knownId(givenId, errors.roadmapActionNotFound);
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(roadmapActions).where(eq(roadmapActions.id, id)).for('update');
    if (!current) throw errors.roadmapActionNotFound();
    const [row] = await tx
      .update(roadmapActions)
      .set({ ...values, status: status ?? current.status, updatedAt: sql`now()` })
      .where(eq(roadmapActions.id, id))
      .returning();
    return row!;
  });
}
