import type { AgencyResolvers } from '../generated/resolvers-types.js';
import { employmentServicesOf } from '../services/employment-services.js';

export const Agency: AgencyResolvers = {
  // An agence this subgraph knows only by id: the reference is enough to answer.
  __resolveReference: (ref) => ref,
  employmentServices: (agency, { kind }, ctx) => employmentServicesOf(ctx, agency.id, kind),
};
