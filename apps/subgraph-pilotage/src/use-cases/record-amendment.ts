// An avenant (accord, article 5: "Le présent accord peut être modifié par voie d'avenant sur proposition du comité de
// pilotage"), recorded, or corrected given its id.
import { tables, withConflicts } from '@navette/db';
import { compareIsoDates } from '@navette/domain';
import { dateInput, optionalDateInput, parseInput, textInput } from '@navette/subgraph-server';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import type { AmendmentRow } from '../services/rows.js';
import { knownId, notAfterToday } from '../services/validation.js';

const { amendments } = tables;

/** accord: "Fait à Dijon, le 08 décembre 2016"; "Il entre en vigueur à compter de la date de sa signature" (article 4). */
export const ACCORD_SIGNED_ON = '2016-12-08';

export const recordAmendmentInput = z.object({
  id: z.string().nullish(),
  signedOn: dateInput(),
  title: textInput(300),
  summary: textInput(20_000),
  // An avenant of prorogation carries article 4's term: the accord's new last day.
  extendsTermTo: optionalDateInput(),
});

const labels = {
  signedOn: 'Date de signature',
  title: 'Intitulé',
  summary: 'Objet de l’avenant',
  extendsTermTo: 'Nouvelle échéance de l’accord',
};

export async function recordAmendment(ctx: PilotageContext, raw: unknown): Promise<AmendmentRow> {
  const { id: givenId, signedOn, title, summary, extendsTermTo } = parseInput(recordAmendmentInput, raw, labels);
  notAfterToday(signedOn, ctx.today, 'La date de signature de l’avenant');
  if (compareIsoDates(signedOn, ACCORD_SIGNED_ON) < 0) throw errors.amendmentBeforeAccord(signedOn, ACCORD_SIGNED_ON);
  if (extendsTermTo && compareIsoDates(extendsTermTo, signedOn) <= 0)
    throw errors.amendmentExtendsBeforeSigned(extendsTermTo, signedOn);
  const id = givenId == null ? null : knownId(givenId, errors.amendmentNotFound);
  // amendments_natural_unique also refuses a title differing only in case (issue 12): a conflict naming the avenant.
  return withConflicts(ctx.db, () =>
    ctx.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pilotage.amendments'), hashtext(${signedOn}))`);
      const [same] = await tx
        .select()
        .from(amendments)
        .where(and(eq(amendments.signedOn, signedOn), eq(amendments.title, title)));
      if (id) {
        const [current] = await tx.select().from(amendments).where(eq(amendments.id, id)).for('update');
        if (!current) throw errors.amendmentNotFound();
        if (same && same.id !== id) throw errors.amendmentTitleTaken(title, signedOn);
        const [row] = await tx
          .update(amendments)
          .set({ signedOn, title, summary, extendsTermTo })
          .where(eq(amendments.id, id))
          .returning();
        return row!;
      }
      if (same) {
        // The same avenant sent again (a retry, a double click): the one recorded. A different text: a conflict.
        if (same.summary === summary && (same.extendsTermTo ?? null) === (extendsTermTo ?? null)) return same;
        throw errors.amendmentAlreadyRecorded(title, signedOn);
      }
      const [row] = await tx.insert(amendments).values({ signedOn, title, summary, extendsTermTo }).returning();
      return row!;
    }),
  );
}
