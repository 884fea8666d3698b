import type { Resolvers } from '../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  EmploymentService: {
    __resolveReference: (ref, { loaders }) => loaders.employmentService.load(ref.id),
  },
  Agency: {
    // An agence this subgraph knows only by id: the reference is enough to answer.
    __resolveReference: (ref) => ref,
    employmentServices: async (agency, { kind }, { loaders }) => {
      const services = await loaders.employmentServicesByAgency.load(agency.id);
      return kind ? services.filter((s) => s.kind === kind) : services;
    },
  },
};
