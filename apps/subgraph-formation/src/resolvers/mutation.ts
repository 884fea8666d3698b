import type { MutationResolvers } from '../generated/resolvers-types.js';
import { recordImmersion } from '../use-cases/record-immersion.js';
import { recordPoe } from '../use-cases/record-poe.js';
import { recordServiceUse } from '../use-cases/record-service-use.js';
import { recordTraining } from '../use-cases/record-training.js';

/** One use case per mutation (src/use-cases, each with its zod input). */
export const Mutation: MutationResolvers = {
  recordTraining: (_, { input }, ctx) => recordTraining(ctx, input),
  recordImmersion: (_, { input }, ctx) => recordImmersion(ctx, input),
  recordServiceUse: (_, { input }, ctx) => recordServiceUse(ctx, input),
  recordPoe: (_, { input }, ctx) => recordPoe(ctx, input),
};
