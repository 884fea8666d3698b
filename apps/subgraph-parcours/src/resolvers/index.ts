import { approvalDecisionDeadline } from '@navette/domain';
import { DateScalar } from '@navette/subgraph-server';
import type { Resolvers } from '../generated/resolvers-types.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Siae: {
    // The gateway passes `kind` and `departement { code }` (@requires): no call back to structures.
    approvalDecisionDeadline: (siae, { receivedOn }) =>
      // accord, annexe 4 §2.2.2 (rule in @navette/domain)
      approvalDecisionDeadline({ receivedOn, siaeKind: siae.kind, departement: siae.departement.code }),
  },
};
