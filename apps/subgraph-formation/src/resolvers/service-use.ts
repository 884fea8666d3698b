import { errors } from '../errors.js';
import type { ServiceUseResolvers } from '../generated/resolvers-types.js';

export const ServiceUse: ServiceUseResolvers = {
  service: async (u, _, { loaders }) => {
    const service = await loaders.employmentService.load(u.serviceId);
    if (!service) throw errors.serviceNotFound();
    return service;
  },
};
