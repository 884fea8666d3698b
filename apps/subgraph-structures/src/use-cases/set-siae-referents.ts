// The référent Pôle emploi of a SIAE, set by the agence, and the SIAE's correspondent, set by the SIAE (accord,
// fiche 2: "désignation d'un référent Pôle emploi … et d'un correspondant au sein de chaque SIAE").
import { tables } from '@navette/db';
import { parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { partyOf, siaeOfParty } from '../services/cooperation-parties.js';

const name = z
  .string()
  .nullish()
  .transform((value) => (value ?? '').trim())
  .pipe(z.string().max(200, '200 caractères au plus'))
  .transform((value) => value || null);
const email = name.refine((value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'Adresse invalide');

export const setSiaeReferentsInput = z.object({
  siaeId: z.string(),
  referentName: name,
  referentEmail: email,
  correspondentName: name,
  correspondentEmail: email,
});

const labels = {
  referentName: 'Nom du référent',
  referentEmail: 'Courriel du référent',
  correspondentName: 'Nom du correspondant',
  correspondentEmail: 'Courriel du correspondant',
};

export async function setSiaeReferents(ctx: StructuresContext, raw: unknown) {
  const party = partyOf(ctx.principal);
  const input = parseInput(setSiaeReferentsInput, raw, labels);
  const siae = await siaeOfParty(ctx.db, party, input.siaeId);
  const mine =
    party.side === 'AGENCY'
      ? { referentName: input.referentName, referentEmail: input.referentEmail }
      : { correspondentName: input.correspondentName, correspondentEmail: input.correspondentEmail };
  const theirs =
    party.side === 'AGENCY'
      ? [input.correspondentName, input.correspondentEmail]
      : [input.referentName, input.referentEmail];
  if (theirs.some((value) => value !== null))
    throw party.side === 'AGENCY' ? errors.correspondentSetBySiae() : errors.referentSetByAgency();
  const [row] = await ctx.db
    .insert(tables.siaeReferents)
    .values({ siaeId: siae.id, ...mine })
    .onConflictDoUpdate({ target: tables.siaeReferents.siaeId, set: { ...mine, updatedAt: new Date() } })
    .returning();
  return row!;
}
