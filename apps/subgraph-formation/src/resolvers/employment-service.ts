import type { EmploymentServiceResolvers } from '../generated/resolvers-types.js';

export const EmploymentService: EmploymentServiceResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.employmentService.load(ref.id),
};
