// Presentations of the accord in the sessions of a CDIAE (issue 18 §5; accord, fiche 3: "Nombre de présentations de
// l'accord-cadre en CDIAE et en CTA", annexe 1), read by the CDIAE that recorded them; the indicator
// F3_ACCORD_PRESENTATIONS counts them for the comité and the État (services/indicator-sources.ts).
import { tables } from '@navette/db';
import { desc, eq } from 'drizzle-orm';
import type { PilotageContext } from '../context.js';
import { callerCdiae } from './cdiae-inbox.js';
import type { AccordPresentationRow } from './rows.js';

export async function listAccordPresentations(ctx: PilotageContext): Promise<AccordPresentationRow[]> {
  const { cdiaeId } = callerCdiae(ctx);
  const p = tables.accordPresentations;
  return ctx.db.select().from(p).where(eq(p.cdiaeId, cdiaeId)).orderBy(desc(p.presentedOn)).limit(200);
}
