// A presentation of the accord in a session of the caller's CDIAE (issue 18 §5; accord, fiche 3 and annexe 1), checked
// by @navette/domain checkAccordPresentationDay against the server's today and the accord's signature; one per session
// day (the natural key: twenty at once record one). Audited.
import { tables, uniqueViolationOf } from '@navette/db';
import { checkAccordPresentationDay } from '@navette/domain';
import { actorOf, dateInput, optionalTextInput, parseInput, recordAudit, refusalError } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import { ACCORD_ID } from '../services/accord.js';
import { callerCdiae } from '../services/cdiae-inbox.js';
import type { AccordPresentationRow } from '../services/rows.js';

export const recordAccordPresentationInput = z.object({
  presentedOn: dateInput(),
  note: optionalTextInput(2_000),
});

const labels = { presentedOn: 'Date de la séance', note: 'Note' };

export async function recordAccordPresentation(ctx: PilotageContext, raw: unknown): Promise<AccordPresentationRow> {
  const { cdiaeId, departement } = callerCdiae(ctx);
  const input = parseInput(recordAccordPresentationInput, raw, labels);
  const [accord] = await ctx.db
    .select({ signedOn: tables.accords.signedOn })
    .from(tables.accords)
    .where(eq(tables.accords.id, ACCORD_ID));
  const day = checkAccordPresentationDay(input.presentedOn, ctx.today, accord?.signedOn ?? '2016-12-08');
  if (!day.ok) throw refusalError(errors, day);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(tables.accordPresentations)
        .values({
          cdiaeId,
          departementCode: departement,
          presentedOn: day.value,
          note: input.note ?? '',
          recordedByUserId: ctx.principal.kind === 'user' ? ctx.principal.userId : cdiaeId,
        })
        .returning();
      await recordAudit(tx, actorOf(ctx.principal), {
        action: 'ACCORD_PRESENTATION_RECORDED',
        subjectType: 'accord_presentation',
        subjectId: row!.id,
        details: { presentedOn: day.value, departement },
      });
      return row!;
    });
  } catch (error) {
    if (uniqueViolationOf(error)) throw errors.accordPresentationAlreadyRecorded(day.value);
    throw error;
  }
}
