// Who acts on a convention, its référents and job offers (accord, article 2: the conventions "entre les SIAE et les
// agences Pôle emploi de leur zone de compétence"): the SIAE itself or the agence of its territory, nobody else.
import type { Principal } from '@navette/auth';
import { actorOf, recordAudit, isUuid } from '@navette/subgraph-server';
import { tables, type Database } from '@navette/db';
import { and, eq } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { agreementScope } from './cooperation.js';
import type { SiaeRow } from './rows.js';

export type Party = { side: 'SIAE' | 'AGENCY'; id: string };

/** The caller as a party to conventions: its SIAE or its agence. */
export function partyOf(principal: Principal): Party {
  if (principal.kind === 'user' && (principal.organisationKind === 'SIAE' || principal.organisationKind === 'AGENCY')) {
    return { side: principal.organisationKind, id: principal.organisationId };
  }
  throw errors.cooperationPartiesOnly();
}

/** The SIAE, if it is the party's own or one of its agence's territory. */
export async function siaeOfParty(db: Database, party: Party, siaeId: string): Promise<SiaeRow> {
  const [siae] = isUuid(siaeId) ? await db.select().from(tables.siaes).where(eq(tables.siaes.id, siaeId)) : [];
  if (!siae) throw errors.siaeNotFound();
  if ((party.side === 'SIAE' && siae.id !== party.id) || (party.side === 'AGENCY' && siae.agencyId !== party.id))
    throw errors.siaeNotYours();
  return siae;
}

/** A convention the caller sees, locked for the rest of the transaction. */
export async function lockedAgreement(tx: Database, ctx: StructuresContext, id: string) {
  if (!isUuid(id)) throw errors.agreementNotFound();
  const { cooperationAgreements: agreements } = tables;
  const [row] = await tx
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, id), agreementScope(ctx.principal)))
    .for('update');
  if (!row) throw errors.agreementNotFound();
  return row;
}

export async function auditAgreement(ctx: StructuresContext, action: string, id: string) {
  await recordAudit(ctx.db, actorOf(ctx.principal), {
    action,
    subjectType: 'CooperationAgreement',
    subjectId: id,
    client: ctx.client,
  });
}
