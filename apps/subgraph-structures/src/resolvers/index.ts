import { DateScalar, DateTimeScalar } from '@navette/subgraph-server';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Agency } from './agency.js';
import { Departement, EmploymentArea } from './territory.js';
import { PrescriberOrganization } from './prescriber-organization.js';
import { identityMutation, identityQuery, Viewer } from './identity.js';
import { Query } from './query.js';
import { Siae } from './siae.js';
import {
  CooperationAgreement,
  cooperationMutation,
  cooperationQuery,
  JobOffer,
  siaeCooperationFields,
} from './cooperation.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...identityQuery, ...cooperationQuery },
  Mutation: { ...identityMutation, ...cooperationMutation },
  Viewer,
  Siae: { ...Siae, ...siaeCooperationFields },
  CooperationAgreement,
  JobOffer,
  Agency,
  PrescriberOrganization,
  Departement,
  EmploymentArea,
};
