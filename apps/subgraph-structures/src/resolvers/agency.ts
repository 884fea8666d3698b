import type { AgencyResolvers } from '../generated/resolvers-types.js';
import { listSiaes } from '../services/list-siaes.js';
import { loadRequired } from './load.js';

export const Agency: AgencyResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.agency.load(ref.id),
  departement: (agency, _args, { loaders }) => loadRequired(loaders.departement, agency.departementCode, 'departement'),
  siaes: (agency, args, { db }) => listSiaes(db, { ...args, filter: { agencyId: agency.id } }),
};
