import { errors } from '../errors.js';
import type { PendingWorkResolvers } from '../generated/resolvers-types.js';
import { parcoursPendingWork } from '../services/pending-work.js';

/** Mon travail en attente (issue 14 §1): the parcours' part, for the caller only (the structures subgraph merges). */
export const PendingWork: PendingWorkResolvers = {
  __resolveReference: (ref, ctx) => {
    if (ctx.principal.kind !== 'user' || ref.viewerId !== ctx.principal.userId) throw errors.pendingWorkOfAnotherUser();
    return { viewerId: ref.viewerId };
  },
  parcoursItems: (_, __, ctx) => parcoursPendingWork(ctx),
};
