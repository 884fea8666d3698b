import { TRAINING_KIND_LABELS } from '@navette/domain';
import { DateScalar } from '@navette/subgraph-server';
import { errors } from '../errors.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { recordImmersion } from '../use-cases/record-immersion.js';
import { recordPoe } from '../use-cases/record-poe.js';
import { recordServiceUse } from '../use-cases/record-service-use.js';
import { recordTraining } from '../use-cases/record-training.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
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
  Approval: {
    // Rows are filtered by row-level security: an agrément the caller cannot see has no records here.
    __resolveReference: (ref) => ({ id: ref.id }),
    trainingRecords: (a, _, { loaders }) => loaders.trainingByApproval.load(a.id),
    trainingHours: async (a, _, { loaders }) =>
      (await loaders.trainingByApproval.load(a.id)).reduce((sum, r) => sum + r.hours, 0),
    immersions: (a, _, { loaders }) => loaders.immersionsByApproval.load(a.id),
    serviceUses: (a, _, { loaders }) => loaders.serviceUsesByApproval.load(a.id),
    poes: (a, _, { loaders }) => loaders.poesByApproval.load(a.id),
  },
  TrainingRecord: {
    kindLabel: (r) => TRAINING_KIND_LABELS[r.kind],
  },
  ServiceUse: {
    service: async (u, _, { loaders }) => {
      const service = await loaders.employmentService.load(u.serviceId);
      if (!service) throw errors.serviceNotFound();
      return service;
    },
  },
  Mutation: {
    recordTraining: (_, { input }, ctx) => recordTraining(ctx, input),
    recordImmersion: (_, { input }, ctx) => recordImmersion(ctx, input),
    recordServiceUse: (_, { input }, ctx) => recordServiceUse(ctx, input),
    recordPoe: (_, { input }, ctx) => recordPoe(ctx, input),
  },
};
