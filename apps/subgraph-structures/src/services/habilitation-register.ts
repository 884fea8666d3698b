// The register of the préfet's habilitation decisions of prescriber organisations (issue 14 §2), read by the request's
// loaders and by services/habilitations.ts. It imports nothing of the request's context, so that the loaders (which the
// context builds) do not import the context back.
import { tables, type Database } from '@navette/db';
import { asc, inArray } from 'drizzle-orm';

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
