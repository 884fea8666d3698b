import type { QueryResolvers } from '../generated/resolvers-types.js';
import { listAgencies } from '../services/list-agencies.js';
import { listPrescriberOrganisations } from '../services/list-prescriber-organisations.js';
import { listSiaes } from '../services/list-siaes.js';
import { tables } from '@navette/db';
import { asc } from 'drizzle-orm';

export const Query: QueryResolvers = {
  departements: (_parent, _args, { db }) =>
    db.select().from(tables.departements).orderBy(asc(tables.departements.code)),
  departement: (_parent, { code }, { loaders }) => loaders.departement.load(code),
  siaes: (_parent, args, { db, today }) => listSiaes(db, args, today),
  siae: (_parent, { id }, { loaders }) => loaders.siae.load(id),
  agencies: (_parent, args, { db }) => listAgencies(db, args),
  agency: (_parent, { id }, { loaders }) => loaders.agency.load(id),
  prescriberOrganisations: (_parent, args, { db }) => listPrescriberOrganisations(db, args),
  prescriberOrganisation: (_parent, { id }, { loaders }) => loaders.prescriberOrganisation.load(id),
  // Deprecated spelling, until 2027-06-04 (issue 17 §2): the same answers.
  prescriberOrganizations: (_parent, args, { db }) => listPrescriberOrganisations(db, args),
  prescriberOrganization: (_parent, { id }, { loaders }) => loaders.prescriberOrganisation.load(id),
};
