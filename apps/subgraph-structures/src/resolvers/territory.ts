import type { DepartementResolvers, EmploymentAreaResolvers } from '../generated/resolvers-types.js';
import { loadRequired } from './load.js';

export const Departement: DepartementResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.departement.load(ref.code),
  employmentAreas: (departement, _args, { loaders }) => loaders.employmentAreasByDepartement.load(departement.code),
};

export const EmploymentArea: EmploymentAreaResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.employmentArea.load(ref.id),
  departement: (area, _args, { loaders }) => loadRequired(loaders.departement, area.departementCode, 'departement'),
};
