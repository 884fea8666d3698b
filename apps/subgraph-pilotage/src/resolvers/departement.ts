import type { DepartementResolvers } from '../generated/resolvers-types.js';

export const Departement: DepartementResolvers = {
  name: (departement, _args, { loaders }) => departement.name ?? loaders.departementNames.load(departement.code),
};
