// The register of the préfet's habilitation decisions of prescriber organisations (issue 14 §2), read by the request's
// loaders and by services/habilitations.ts. It imports nothing of the request's context, so that the loaders (which the
// context builds) do not import the context back.
import { tables, type Database } from '@navette/db';
import { asc, eq, inArray } from 'drizzle-orm';

export type HabilitationDecisionRow = typeof tables.habilitationDecisions.$inferSelect;

/** The register of each organisation, oldest first. */
export async function loadDecisions(db: Database, organisationIds: readonly string[]) {
  const d = tables.habilitationDecisions;
  const rows =
    organisationIds.length === 0
      ? []
      : await db
          .select()
          .from(d)
          .where(inArray(d.prescriberOrganisationId, [...organisationIds]))
          .orderBy(asc(d.prescriberOrganisationId), asc(d.sequence));
  const byOrganisation = new Map<string, HabilitationDecisionRow[]>(organisationIds.map((id) => [id, []]));
  for (const row of rows) byOrganisation.get(row.prescriberOrganisationId)?.push(row);
  return byOrganisation;
}

/** The CDIAE's avis on habilitation requests (issue 18 §5), with who gave it (name) and the CDIAE's name. */
export type HabilitationAvisRow = typeof tables.habilitationAvis.$inferSelect & {
  givenByName: string;
  cdiaeName: string;
};

/** Every avis given on each organisation, oldest first, with who gave it (name) and the CDIAE's name. */
export async function loadAvis(db: Database, organisationIds: readonly string[]) {
  const a = tables.habilitationAvis;
  const rows =
    organisationIds.length === 0
      ? []
      : await db
          .select({ avis: a, givenByName: tables.users.displayName, cdiaeName: tables.cdiaes.name })
          .from(a)
          .innerJoin(tables.users, eq(tables.users.id, a.givenByUserId))
          .innerJoin(tables.cdiaes, eq(tables.cdiaes.id, a.cdiaeId))
          .where(inArray(a.prescriberOrganisationId, [...organisationIds]))
          .orderBy(asc(a.prescriberOrganisationId), asc(a.requestSequence));
  const byOrganisation = new Map<string, HabilitationAvisRow[]>(organisationIds.map((id) => [id, []]));
  for (const row of rows) {
    byOrganisation
      .get(row.avis.prescriberOrganisationId)
      ?.push({ ...row.avis, givenByName: row.givenByName, cdiaeName: row.cdiaeName });
  }
  return byOrganisation;
}

/** An avis as shown: `decided` once the préfet decided on its request, `pending` while it is the request awaited. */
export type ShownHabilitationAvis = HabilitationAvisRow & { decided: boolean; pending: boolean };
