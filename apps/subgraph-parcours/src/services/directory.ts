// What the parcours reads of the directory (structures' tables, read-only): the calling SIAE's kind and département,
// the calling prescriber's kind and habilitations, and whether it may prescribe (accord, annexe 4 §2.1; fiche 2).
import { tables, type Database } from '@navette/db';
import { canPrescribe, type SiaeKind } from '@navette/domain';
import { eq } from 'drizzle-orm';
import { errors, refusedByDomain } from '../errors.js';

export async function siaeFacts(tx: Database, siaeId: string): Promise<{ kind: SiaeKind; departementCode: string }> {
  const [siae] = await tx
    .select({ kind: tables.siaes.kind, departementCode: tables.siaes.departementCode })
    .from(tables.siaes)
    .where(eq(tables.siaes.id, siaeId));
  if (!siae) throw errors.siaeUnknownToDirectory();
  return siae;
}

/** The caller's prescriber organisation as @navette/domain needs it. */
export async function prescriberOrganisation(tx: Database, id: string) {
  const [org] = await tx
    .select({
      kind: tables.prescriberOrganizations.kind,
      startOn: tables.prescriberOrganizations.habilitationStartOn,
      endOn: tables.prescriberOrganizations.habilitationEndOn,
    })
    .from(tables.prescriberOrganizations)
    .where(eq(tables.prescriberOrganizations.id, id));
  if (!org) throw errors.prescriberUnknownToDirectory();
  return {
    kind: org.kind,
    habilitations: org.startOn ? [{ startOn: org.startOn, endOn: org.endOn }] : [],
  };
}

/** Refuses unless the organisation may prescribe on `on` (accord, annexe 4 §2.1; fiche 2): the domain's reason. */
export async function assertCanPrescribe(tx: Database, organisationId: string, on: string): Promise<void> {
  const result = canPrescribe(await prescriberOrganisation(tx, organisationId), on);
  if (!result.ok) throw refusedByDomain(result, 'FORBIDDEN');
}
