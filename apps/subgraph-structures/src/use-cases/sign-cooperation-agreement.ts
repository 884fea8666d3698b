// A convention signed by one party, then the other (accord, article 2): signed by both, it is in force, provided no
// other signed convention of the SIAE covers its period (@navette/domain validateCooperationAgreementSignature).
import { recordOutboxEvent, tables } from '@navette/db';
import { validateCooperationAgreementSignature } from '@navette/domain';
import { refusalError } from '@navette/subgraph-server';
import { and, eq, ne } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { auditAgreement, lockedAgreement, partyOf } from '../services/cooperation-parties.js';

const { cooperationAgreements: agreements } = tables;

export async function signCooperationAgreement(ctx: StructuresContext, id: string) {
  const party = partyOf(ctx.principal);
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedAgreement(tx, ctx, id);
    if (current.status !== 'DRAFT') throw errors.agreementAlreadySigned();
    const mine = party.side === 'SIAE' ? current.siaeSignedOn : current.agencySignedOn;
    if (mine) throw errors.agreementAlreadySignedByYou(mine);
    const other = party.side === 'SIAE' ? current.agencySignedOn : current.siaeSignedOn;
    const complete = other != null;
    if (complete) {
      const others = await tx
        .select()
        .from(agreements)
        .where(and(eq(agreements.siaeId, current.siaeId), ne(agreements.id, current.id)));
      const check = validateCooperationAgreementSignature(current, others);
      if (!check.ok) throw refusalError(errors, check);
    }
    const [updated] = await tx
      .update(agreements)
      .set({
        ...(party.side === 'SIAE' ? { siaeSignedOn: ctx.today } : { agencySignedOn: ctx.today }),
        ...(complete ? { status: 'SIGNED' as const, signedOn: ctx.today } : {}),
      })
      .where(eq(agreements.id, current.id))
      .returning();
    // Signed by both: in force, told to third parties subscribed to `convention.signed` (issue 15 §4).
    if (complete)
      await recordOutboxEvent(tx, {
        type: 'COOPERATION_AGREEMENT_SIGNED',
        subjectType: 'CooperationAgreement',
        subjectId: current.id,
        organisationIds: [current.siaeId, current.agencyId],
        payload: { siaeId: current.siaeId, agencyId: current.agencyId },
      });
    // Signed by one party: the other has to sign (issue 14 §3; outbox, same transaction).
    if (!complete)
      await recordOutboxEvent(tx, {
        type: 'COOPERATION_AGREEMENT_TO_SIGN',
        subjectType: 'CooperationAgreement',
        subjectId: current.id,
        organisationIds: [party.side === 'SIAE' ? current.agencyId : current.siaeId],
        payload: { siaeId: current.siaeId, agencyId: current.agencyId },
      });
    return updated!;
  });
  await auditAgreement(ctx, row.status === 'SIGNED' ? 'AGREEMENT_SIGNED' : 'AGREEMENT_SIGNED_BY_ONE_PARTY', row.id);
  return row;
}
