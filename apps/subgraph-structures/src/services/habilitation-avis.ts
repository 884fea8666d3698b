// The CDIAE's avis on habilitation requests (issue 18 §5; accord, annexe 4 §2.1: "les prescripteurs habilités par le
// Préfet après avis du CDIAE"). A request is the préfet's next decision on a prescripteur habilité (the sequence it
// takes in the register, @navette/domain habilitationRequestSequence); the CDIAE of the organisation's département
// gives one avis on it, dated by the server, before the préfet decides. Read by the État of the département (beside
// each request on its habilitations screen), the CDIAE itself and the administrators; by nobody else.
import type { Principal } from '@navette/auth';
import { tables, withConflicts, type Database } from '@navette/db';
import { decideHabilitationAvis, habilitationRequestSequence } from '@navette/domain';
import { actorOf, isUuid, recordAudit, refusalError } from '@navette/subgraph-server';
import { and, eq } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import { errors } from '../errors.js';
import { decidesFor, effectiveDecisions } from './habilitations.js';
import { loadDecisions } from './habilitation-register.js';
export { loadAvis, type HabilitationAvisRow } from './habilitation-register.js';
import type { PrescriberOrganisationRow } from './rows.js';

/** Whether the caller is the CDIAE of this département. */
export function isCdiaeOf(principal: Principal, departementCode: string): boolean {
  return principal.kind === 'user' && principal.role === 'CDIAE' && principal.departement === departementCode;
}

/** Who reads the avis on an organisation: the État of its département, its CDIAE, the administrators. */
export function readsHabilitationAvis(principal: Principal, departementCode: string): boolean {
  return decidesFor(principal, departementCode) || isCdiaeOf(principal, departementCode);
}

/** The sequence of the pending request: the préfet's next decision (a directory's period counts as the first). */
export async function pendingRequestSequence(
  db: Database,
  org: PrescriberOrganisationRow,
  register?: Awaited<ReturnType<typeof loadDecisions>> extends Map<string, infer R> ? R : never,
): Promise<number> {
  const decisions = register ?? (await loadDecisions(db, [org.id])).get(org.id) ?? [];
  return habilitationRequestSequence(effectiveDecisions(org, decisions).length);
}

/**
 * Records the CDIAE's avis on the pending request of an organisation. Its row is locked for the transaction, as by the
 * préfet's decisions: an avis and a decision at once take turns, twenty avis at once record one (the others find it
 * and are refused HABILITATION_AVIS_ALREADY_GIVEN; the unique index on the request is the second guard). An
 * organisation of another département, or anyone but a CDIAE, is answered as an unknown organisation.
 */
export async function giveHabilitationAvis(
  { db, principal, today, client }: StructuresContext,
  organisationId: string,
  proposal: { favorable: boolean; reason?: string | null },
): Promise<PrescriberOrganisationRow> {
  if (principal.kind !== 'user') throw errors.notSignedIn();
  if (!isUuid(organisationId)) throw errors.prescriberOrganisationNotFound();
  return withConflicts(db, () =>
    db.transaction(async (tx) => {
      const p = tables.prescriberOrganisations;
      const [org] = await tx.select().from(p).where(eq(p.id, organisationId)).for('update');
      if (!org || !isCdiaeOf(principal, org.departementCode)) throw errors.prescriberOrganisationNotFound();
      const [cdiae] = await tx
        .select()
        .from(tables.cdiaes)
        .where(
          and(eq(tables.cdiaes.id, principal.organisationId), eq(tables.cdiaes.departementCode, org.departementCode)),
        );
      if (!cdiae) throw errors.prescriberOrganisationNotFound();
      const sequence = await pendingRequestSequence(tx, org);
      const a = tables.habilitationAvis;
      const [already] = await tx
        .select({ id: a.id })
        .from(a)
        .where(and(eq(a.prescriberOrganisationId, org.id), eq(a.requestSequence, sequence)));
      const decided = decideHabilitationAvis(
        { kind: org.kind, avisGivenOnPendingRequest: already !== undefined },
        proposal,
        today,
      );
      if (!decided.ok) throw refusalError(errors, decided);
      const [recorded] = await tx
        .insert(a)
        .values({
          prescriberOrganisationId: org.id,
          departementCode: org.departementCode,
          requestSequence: sequence,
          favorable: decided.value.favorable,
          reason: decided.value.reason,
          givenOn: decided.value.givenOn,
          givenByUserId: principal.userId,
          cdiaeId: cdiae.id,
        })
        .returning({ id: a.id });
      await recordAudit(tx, actorOf(principal), {
        action: 'HABILITATION_AVIS_GIVEN',
        subjectType: 'prescriber_organisation',
        subjectId: org.id,
        details: { avisId: recorded!.id, requestSequence: sequence, favorable: decided.value.favorable },
        client,
      });
      return org;
    }),
  );
}
