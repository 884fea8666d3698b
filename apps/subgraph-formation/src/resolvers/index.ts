// The resolvers of the formation subgraph, one file per type (thin: they call the use cases of src/use-cases and the
// services of src/services); this file only assembles them.
import { DateScalar } from '@navette/subgraph-server';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Agency } from './agency.js';
import { Approval } from './approval.js';
import { EmploymentService } from './employment-service.js';
import { Mutation } from './mutation.js';
import { ServiceUse } from './service-use.js';
import { TrainingRecord } from './training-record.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  EmploymentService,
  Agency,
  Approval,
  TrainingRecord,
  ServiceUse,
  Mutation,
};
