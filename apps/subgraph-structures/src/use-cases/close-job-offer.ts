// A job offer closed by its SIAE or the SIAE's agence (accord, fiche 4).
import { tables } from '@navette/db';
import { eq } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { partyOf, siaeOfParty, UUID } from '../services/cooperation-parties.js';

export async function closeJobOffer(ctx: StructuresContext, id: string) {
  const party = partyOf(ctx.principal);
  const [offer] = UUID.test(id) ? await ctx.db.select().from(tables.jobOffers).where(eq(tables.jobOffers.id, id)) : [];
  if (!offer) throw errors.jobOfferNotFound();
  await siaeOfParty(ctx.db, party, offer.siaeId);
  const [row] = await ctx.db
    .update(tables.jobOffers)
    .set({ status: 'CLOSED' })
    .where(eq(tables.jobOffers.id, offer.id))
    .returning();
  return row!;
}
