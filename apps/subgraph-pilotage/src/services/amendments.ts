// Avenants (accord, article 5: "Le présent accord peut être modifié par voie d'avenant sur proposition du comité de
// pilotage"; article 3: the comité follows the accord).
import { tables, withConflicts } from '@navette/db';
import { formatFrenchDate } from '@navette/domain';
import { userError } from '@navette/subgraph-server';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import type { AmendmentInput } from '../generated/resolvers-types.js';
import type { AmendmentRow } from './rows.js';
import { knownId, notAfterToday, notBefore, notFound, requiredIsoDate, requiredText } from './validation.js';

const { amendments } = tables;

/** accord: "Fait à Dijon, le 08 décembre 2016"; "Il entre en vigueur à compter de la date de sa signature" (article 4). */
export const ACCORD_SIGNED_ON = '2016-12-08';

/** Records an avenant, or corrects one given its id. */
export async function recordAmendment(ctx: PilotageContext, input: AmendmentInput): Promise<AmendmentRow> {
  const signedOn = requiredIsoDate(input.signedOn, 'Date de signature');
  notAfterToday(signedOn, ctx.today, 'La date de signature de l’avenant');
  notBefore(
    signedOn,
    ACCORD_SIGNED_ON,
    `Un avenant (${formatFrenchDate(signedOn)}) ne peut pas précéder la signature de l’accord (${formatFrenchDate(ACCORD_SIGNED_ON)}).`,
    'signedOn',
  );
  const title = requiredText(input.title, 'Intitulé', 300);
  const summary = requiredText(input.summary, 'Objet de l’avenant', 20_000);
  const id = input.id == null ? null : knownId(input.id, 'Avenant');
  // amendments_natural_unique also refuses a title differing only in case (issue 12): a conflict naming the avenant.
  return withConflicts(ctx.db, () => ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pilotage.amendments'), hashtext(${signedOn}))`);
    const [same] = await tx
      .select()
      .from(amendments)
      .where(and(eq(amendments.signedOn, signedOn), eq(amendments.title, title)));
    if (id) {
      const [current] = await tx.select().from(amendments).where(eq(amendments.id, id)).for('update');
      if (!current) throw notFound('Avenant');
      if (same && same.id !== id) {
        throw userError('CONFLICT', `Un autre avenant « ${title} » du ${formatFrenchDate(signedOn)} est déjà enregistré.`, { field: 'title' });
      }
      const [row] = await tx.update(amendments).set({ signedOn, title, summary }).where(eq(amendments.id, id)).returning();
      return row!;
    }
    if (same) {
      // The same avenant sent again (a retry, a double click): the one recorded. A different text: a conflict.
      if (same.summary === summary) return same;
      throw userError('CONFLICT', `L’avenant « ${title} » du ${formatFrenchDate(signedOn)} est déjà enregistré avec un autre objet.`);
    }
    const [row] = await tx.insert(amendments).values({ signedOn, title, summary }).returning();
    return row!;
  }));
}

export async function listAmendments(ctx: PilotageContext): Promise<AmendmentRow[]> {
  return ctx.db.select().from(amendments).orderBy(desc(amendments.signedOn), desc(amendments.createdAt));
}
