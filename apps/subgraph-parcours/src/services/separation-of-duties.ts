// Separation of duties (seed 004: Pôle emploi "endosse à la fois les rôles d'orienteur, de prescripteur et d'organisme
// d'agrémentation"; fiche 4): the agent who prescribed or diagnosed a person does not decide that person's agrément,
// nor the appeal against its refusal. The rule is @navette/domain mayDecideApproval; the facts come from
// parcours.caller_prescribed_or_diagnosed (migration 0022), which sees every prescription and diagnosis of the person
// but answers about the calling agent only.
import type { Database } from '@navette/db';
import { mayDecideApproval } from '@navette/domain';
import { sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { refusedByDomain } from '../errors.js';

export async function assertMayDecideApproval(
  tx: Database,
  ctx: Pick<ParcoursContext, 'identity'>,
  personId: string,
): Promise<void> {
  const userId = ctx.identity.userId;
  if (!userId) return;
  const result = await tx.execute(
    sql`select prescribed, diagnosed from parcours.caller_prescribed_or_diagnosed(${personId}::uuid)`,
  );
  // postgres.js answers an array of rows, PGlite an object with `rows`.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    prescribed: boolean;
    diagnosed: boolean;
  }[];
  const row = rows[0];
  const allowed = mayDecideApproval({
    deciderUserId: userId,
    prescriberUserIds: row?.prescribed ? [userId] : [],
    diagnosisAuthorUserIds: row?.diagnosed ? [userId] : [],
  });
  if (!allowed.ok) throw refusedByDomain(allowed, 'FORBIDDEN');
}
