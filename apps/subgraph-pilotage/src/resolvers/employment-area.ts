import type { EmploymentAreaResolvers } from '../generated/resolvers-types.js';

export const EmploymentArea: EmploymentAreaResolvers = {
  __resolveReference: (ref) => ref,
  cta: (area, _args, { loaders }) => loaders.ctaByEmploymentArea.load(area.id),
};
