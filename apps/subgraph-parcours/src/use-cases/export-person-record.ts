// The right of access in the portals (issue 19 §4; RGPD art. 15; docs/data-protection.md, "Answering a person's
// request"): the prescripteur or the SIAE that follows a person produces everything Navette holds about them. The
// collection is @navette/db's `exportPersonForFollower` (the same as the operator's `db:person-export`); it checks under
// row-level security that the caller follows the person and writes the PERSON_EXPORTED audit event in the same
// transaction. A person the caller does not follow gets the same answer as an unknown one.
import type { ParcoursContext } from '../context.js';
import { errors } from '../errors.js';
import type { PersonRecordExportRow } from '../rows.js';
import { knownId } from '../services/validation.js';

export async function exportPersonRecord(
  ctx: Pick<ParcoursContext, 'principal' | 'exportPersonRecord'>,
  personId: string,
): Promise<PersonRecordExportRow> {
  const p = ctx.principal;
  // The organisations that follow a person (DESIGN §4): the prescripteur and the SIAE. An agence sees its territory's
  // people but does not answer their requests.
  if (p.kind !== 'user' || (p.organisationKind !== 'PRESCRIBER_ORGANISATION' && p.organisationKind !== 'SIAE'))
    throw errors.onlyForFollowers();
  const id = knownId(personId, errors.personNotFound);
  const record = await ctx.exportPersonRecord(id);
  if (!record) throw errors.personNotFound();
  return {
    personId: id,
    exportedAt: record.exportedAt,
    json: JSON.stringify(record),
    producedByOrganisationId: p.organisationId,
  };
}
