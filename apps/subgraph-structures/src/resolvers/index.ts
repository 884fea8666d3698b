import { DateScalar } from '@navette/subgraph-server';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Agency } from './agency.js';
import { Departement, EmploymentArea } from './territory.js';
import { PrescriberOrganization } from './prescriber-organization.js';
import { Query } from './query.js';
import { Siae } from './siae.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Siae,
  Agency,
  PrescriberOrganization,
  Departement,
  EmploymentArea,
};
