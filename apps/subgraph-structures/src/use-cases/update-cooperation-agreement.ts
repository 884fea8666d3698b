// A draft convention changed by either party (accord, article 2): any change asks for the signatures again; a signed
// convention no longer changes (a new one, as an avenant, replaces it).
import { tables } from '@navette/db';
import { eq } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { lockedAgreement, partyOf } from '../services/cooperation-parties.js';
import { parseCooperationAgreement } from './cooperation-agreement-input.js';

export async function updateCooperationAgreement(ctx: StructuresContext, id: string, raw: unknown) {
  partyOf(ctx.principal); // SIAE or agence only
  const { siaeId, values } = parseCooperationAgreement(raw);
  return ctx.db.transaction(async (tx) => {
    const current = await lockedAgreement(tx, ctx, id);
    if (current.siaeId !== siaeId) throw errors.agreementSiaeChanged();
    if (current.status !== 'DRAFT') throw errors.agreementNotEditable();
    // Any change after one party signed asks for that signature again.
    const [row] = await tx
      .update(tables.cooperationAgreements)
      .set({ ...values, siaeSignedOn: null, agencySignedOn: null })
      .where(eq(tables.cooperationAgreements.id, current.id))
      .returning();
    return row!;
  });
}
