// A job offer closed by its SIAE or the SIAE's agence (accord, fiche 4).
import { recordOutboxEvent, tables } from '@navette/db';
import { and, eq, ne } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { partyOf, siaeOfParty } from '../services/cooperation-parties.js';
import { isUuid } from '@navette/subgraph-server';

export async function closeJobOffer(ctx: StructuresContext, id: string) {
  const party = partyOf(ctx.principal);
  const [offer] = isUuid(id) ? await ctx.db.select().from(tables.jobOffers).where(eq(tables.jobOffers.id, id)) : [];
  if (!offer) throw errors.jobOfferNotFound();
  await siaeOfParty(ctx.db, party, offer.siaeId);
  return ctx.db.transaction(async (tx) => {
    const [closed] = await tx
      .update(tables.jobOffers)
      .set({ status: 'CLOSED' })
      .where(and(eq(tables.jobOffers.id, offer.id), ne(tables.jobOffers.status, 'CLOSED')))
      .returning();
    // Closed once: closing again changes nothing and announces nothing.
    if (!closed) return offer;
    // Third parties subscribed to `offer.closed` (issue 15 §4; outbox, same transaction).
    await recordOutboxEvent(tx, {
      type: 'JOB_OFFER_CLOSED',
      subjectType: 'JobOffer',
      subjectId: closed.id,
      organisationIds: [closed.siaeId],
      payload: { siaeId: closed.siaeId },
    });
    return closed;
  });
}
