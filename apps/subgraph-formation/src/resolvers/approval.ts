import type { ApprovalResolvers } from '../generated/resolvers-types.js';
import { trainingHoursOf } from '../services/approval-records.js';

export const Approval: ApprovalResolvers = {
  // Rows are filtered by row-level security: an agrément the caller cannot see has no records here.
  __resolveReference: (ref) => ({ id: ref.id }),
  trainingRecords: (a, _, { loaders }) => loaders.trainingByApproval.load(a.id),
  trainingHours: (a, _, ctx) => trainingHoursOf(ctx, a.id),
  immersions: (a, _, { loaders }) => loaders.immersionsByApproval.load(a.id),
  serviceUses: (a, _, { loaders }) => loaders.serviceUsesByApproval.load(a.id),
  poes: (a, _, { loaders }) => loaders.poesByApproval.load(a.id),
};
