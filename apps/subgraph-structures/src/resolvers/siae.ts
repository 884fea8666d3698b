import type { SiaeResolvers } from '../generated/resolvers-types.js';
import { loadRequired } from './load.js';

export const Siae: SiaeResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.siae.load(ref.id),
  departement: (siae, _args, { loaders }) => loadRequired(loaders.departement, siae.departementCode, 'departement'),
  employmentArea: (siae, _args, { loaders }) =>
    loadRequired(loaders.employmentArea, siae.employmentAreaId, 'employment area'),
  agency: (siae, _args, { loaders }) => loadRequired(loaders.agency, siae.agencyId, 'agency'),
};
