// A signed convention in force terminated by either party (@navette/domain validateCooperationAgreementTermination).
import { recordOutboxEvent, tables } from '@navette/db';
import { validateCooperationAgreementTermination } from '@navette/domain';
import { refusalError } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { auditAgreement, lockedAgreement, partyOf } from '../services/cooperation-parties.js';

export async function terminateCooperationAgreement(ctx: StructuresContext, id: string) {
  partyOf(ctx.principal); // SIAE or agence only
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedAgreement(tx, ctx, id);
    const check = validateCooperationAgreementTermination(current, ctx.today);
    if (!check.ok) throw refusalError(errors, check);
    const [updated] = await tx
      .update(tables.cooperationAgreements)
      .set({ status: 'TERMINATED', terminatedOn: ctx.today })
      .where(eq(tables.cooperationAgreements.id, current.id))
      .returning();
    // Third parties subscribed to `convention.terminated` (issue 15 §4; outbox, same transaction).
    await recordOutboxEvent(tx, {
      type: 'COOPERATION_AGREEMENT_TERMINATED',
      subjectType: 'CooperationAgreement',
      subjectId: current.id,
      organisationIds: [current.siaeId, current.agencyId],
      payload: { siaeId: current.siaeId, agencyId: current.agencyId },
    });
    return updated!;
  });
  await auditAgreement(ctx, 'AGREEMENT_TERMINATED', row.id);
  return row;
}
