// A job offer of a SIAE published on Navette (accord, fiche 4: the SIAE's offers "déposées à Pôle emploi"), by the
// SIAE or its agence; the day it was deposited at Pôle emploi, if it was, is a past fact.
import { recordOutboxEvent, tables, withConflicts } from '@navette/db';
import { compareIsoDates } from '@navette/domain';
import { optionalDateInput, optionalTextInput, parseInput, textInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { partyOf, siaeOfParty } from '../services/cooperation-parties.js';

export const publishJobOfferInput = z.object({
  siaeId: z.string(),
  title: textInput(200),
  description: textInput(10_000),
  prerequisites: optionalTextInput(10_000).transform((value) => value ?? ''),
  positions: z
    .number()
    .int('Un entier entre 1 et 500')
    .min(1, 'Un entier entre 1 et 500')
    .max(500, 'Un entier entre 1 et 500')
    .nullish()
    .transform((value) => value ?? 1),
  depositedAtPoleEmploiOn: optionalDateInput(),
});

const labels = {
  title: 'Intitulé du poste',
  description: 'Description du poste',
  prerequisites: 'Prérequis',
  positions: 'Nombre de postes',
  depositedAtPoleEmploiOn: 'Date de dépôt à Pôle emploi',
};

export async function publishJobOffer(ctx: StructuresContext, raw: unknown) {
  const party = partyOf(ctx.principal);
  const { siaeId, ...input } = parseInput(publishJobOfferInput, raw, labels);
  const siae = await siaeOfParty(ctx.db, party, siaeId);
  if (input.depositedAtPoleEmploiOn && compareIsoDates(input.depositedAtPoleEmploiOn, ctx.today) > 0)
    throw errors.depositDateInFuture();
  return withConflicts(ctx.db, () =>
    ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(tables.jobOffers)
        .values({ ...input, siaeId: siae.id, publishedOn: ctx.today })
        .returning();
      // Third parties subscribed to `offer.published` (issue 15 §4; outbox, same transaction).
      await recordOutboxEvent(tx, {
        type: 'JOB_OFFER_PUBLISHED',
        subjectType: 'JobOffer',
        subjectId: row!.id,
        organisationIds: [row!.siaeId],
        payload: { siaeId: row!.siaeId },
      });
      return row!;
    }),
  );
}
