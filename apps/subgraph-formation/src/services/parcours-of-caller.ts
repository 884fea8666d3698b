// What every use case of this subgraph checks first: the caller's organisation, then the agrément it completes —
// visible to it (row-level security) and held by it (SIAE) or in its territory (agence). The agrément is read, never
// written, from the parcours context.
import type { OrganisationKind } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import type { validateParcoursActivity } from '@navette/domain';
import { refusalError, isUuid } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import type { FormationContext } from '../context.js';
import { errors } from '../errors.js';

export interface Caller {
  id: string;
  kind: OrganisationKind;
}

/** The caller's organisation, if it is one of `kinds`. */
export function callerOf(ctx: FormationContext, kinds: OrganisationKind[]): Caller {
  const p = ctx.principal;
  if (p.kind !== 'user' || !kinds.includes(p.organisationKind)) {
    throw kinds.includes('AGENCY') ? errors.siaeOrAgencyOnly() : errors.siaeOnly();
  }
  return { id: p.organisationId, kind: p.organisationKind };
}

/** The agrément, visible to the caller (row-level security) and held by it (SIAE) or in its territory (agence). */
export async function approvalOf(tx: Database, caller: Caller, id: string) {
  if (!isUuid(id)) throw errors.approvalNotFound();
  const [approval] = await tx
    .select({
      id: tables.approvals.id,
      personId: tables.approvals.personId,
      siaeId: tables.approvals.siaeId,
      agencyId: tables.approvals.agencyId,
      prescriberOrganisationId: tables.approvals.prescriberOrganisationId,
      startOn: tables.approvals.startOn,
      endOn: tables.approvals.endOn,
    })
    .from(tables.approvals)
    .where(eq(tables.approvals.id, id));
  if (!approval) throw errors.approvalNotFound();
  const holds = caller.kind === 'SIAE' ? approval.siaeId === caller.id : approval.agencyId === caller.id;
  if (!holds) throw errors.approvalNotHeld();
  return approval;
}

export type ApprovalOfCaller = Awaited<ReturnType<typeof approvalOf>>;

/** A refusal of @navette/domain validateParcoursActivity, raised from the catalogue. */
export function check(result: ReturnType<typeof validateParcoursActivity>): void {
  if (!result.ok) throw refusalError(errors, result);
}

/** The columns every record of the parcours repeats (row-level security reads them). */
export const refOf = (a: ApprovalOfCaller) => ({
  approvalId: a.id,
  personId: a.personId,
  siaeId: a.siaeId,
  prescriberOrganisationId: a.prescriberOrganisationId,
});
