// What the parcours reads of the directory (structures' tables, read-only): the calling SIAE's kind and département,
// the calling prescriber's kind and habilitations, and whether it may prescribe (accord, annexe 4 §2.1; fiche 2).
import type { Principal } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { canPrescribe, decisionsWithLegacyPeriod, habilitationsOf, type SiaeKind } from '@navette/domain';
import { asc, eq } from 'drizzle-orm';
import { errors, refusedByDomain } from '../errors.js';

export async function siaeFacts(tx: Database, siaeId: string): Promise<{ kind: SiaeKind; departementCode: string }> {
  const [siae] = await tx
    .select({ kind: tables.siaes.kind, departementCode: tables.siaes.departementCode })
    .from(tables.siaes)
    .where(eq(tables.siaes.id, siaeId));
  if (!siae) throw errors.siaeUnknownToDirectory();
  return siae;
}

/**
 * The caller's prescriber organisation as @navette/domain needs it: its habilitation periods are the fold of the
 * préfet's decisions (structures.habilitation_decisions, issue 14 §2), or the directory's period when none was
 * recorded yet.
 */
export async function prescriberOrganisation(tx: Database, id: string) {
  const [org] = await tx
    .select({
      kind: tables.prescriberOrganisations.kind,
      startOn: tables.prescriberOrganisations.habilitationStartOn,
      endOn: tables.prescriberOrganisations.habilitationEndOn,
    })
    .from(tables.prescriberOrganisations)
    .where(eq(tables.prescriberOrganisations.id, id));
  if (!org) throw errors.prescriberUnknownToDirectory();
  if (org.kind !== 'HABILITE') return { kind: org.kind, habilitations: [] };
  const d = tables.habilitationDecisions;
  const register = await tx
    .select({ kind: d.kind, decidedOn: d.decidedOn, startOn: d.startOn, endOn: d.endOn })
    .from(d)
    .where(eq(d.prescriberOrganisationId, id))
    .orderBy(asc(d.sequence));
  return {
    kind: org.kind,
    habilitations: habilitationsOf(decisionsWithLegacyPeriod(register, { startOn: org.startOn, endOn: org.endOn })),
  };
}

/**
 * Refuses unless the organisation may prescribe on `on` (accord, annexe 4 §2.1; fiche 2): the domain's reason. An
 * agence Pôle emploi prescribes under its own id as a prescripteur of kind POLE_EMPLOI (migration 0032): that face
 * must be an agence's and of that kind, never another prescripteur's row that happens to carry the id (an agence's
 * membership never borrows a Mission locale's rows).
 */
export async function assertCanPrescribe(
  tx: Database,
  organisationId: string,
  on: string,
  caller: Principal,
): Promise<void> {
  const organisation = await prescriberOrganisation(tx, organisationId);
  if (caller.kind === 'user' && caller.organisationKind === 'AGENCY') {
    const [agency] = await tx
      .select({ id: tables.agencies.id })
      .from(tables.agencies)
      .where(eq(tables.agencies.id, organisationId));
    if (!agency || organisation.kind !== 'POLE_EMPLOI') throw errors.prescriberUnknownToDirectory();
  }
  const result = canPrescribe(organisation, on);
  if (!result.ok) throw refusedByDomain(result, 'FORBIDDEN');
}
