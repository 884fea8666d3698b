// A convention de coopération locale drafted by the SIAE or its agence (accord, article 2); both sign it afterwards.
import { tables, withConflicts } from '@navette/db';
import type { StructuresContext } from '../context.js';
import { auditAgreement, partyOf, siaeOfParty } from '../services/cooperation-parties.js';
import { parseCooperationAgreement } from './cooperation-agreement-input.js';

export async function draftCooperationAgreement(ctx: StructuresContext, raw: unknown) {
  const party = partyOf(ctx.principal);
  const { siaeId, values } = parseCooperationAgreement(raw);
  const siae = await siaeOfParty(ctx.db, party, siaeId);
  const [row] = await withConflicts(ctx.db, () =>
    ctx.db
      .insert(tables.cooperationAgreements)
      .values({ ...values, siaeId: siae.id, agencyId: siae.agencyId })
      .returning(),
  );
  await auditAgreement(ctx, 'AGREEMENT_DRAFTED', row!.id);
  return row!;
}
