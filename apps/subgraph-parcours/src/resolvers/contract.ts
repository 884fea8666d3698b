import type { ContractResolvers } from '../generated/resolvers-types.js';
import { aiApprovalRequired } from '../services/ai-approval.js';

export const Contract: ContractResolvers = {
  siae: (c) => ({ id: c.siaeId }),
  approvalRequired: (c, _, ctx) => aiApprovalRequired(ctx, c),
};
