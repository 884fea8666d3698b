import type { SiaeResolvers } from '../generated/resolvers-types.js';
import { siaeDecisionDeadline } from '../services/decision-deadline.js';

export const Siae: SiaeResolvers = {
  approvalDecisionDeadline: (siae, { receivedOn }) => siaeDecisionDeadline(siae, receivedOn),
};
