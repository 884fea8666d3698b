import { HABILITATION_DECISION_LABELS, habilitationAvisLabel } from '@navette/domain';
import { withSingleSpelling } from '@navette/subgraph-server';
import type {
  HabilitationAvisResolvers,
  HabilitationDecisionResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.js';
import { habilitatedPrescribers } from '../services/habilitations.js';
import { giveHabilitationAvis } from '../use-cases/give-habilitation-avis.js';
import { grantHabilitation } from '../use-cases/grant-habilitation.js';
import { renewHabilitation } from '../use-cases/renew-habilitation.js';
import { withdrawHabilitation } from '../use-cases/withdraw-habilitation.js';

export const habilitationQuery: Pick<QueryResolvers, 'habilitatedPrescribers'> = {
  habilitatedPrescribers: (_parent, { departement, on }, { db, today }) =>
    habilitatedPrescribers(db, departement, on ?? today),
};

// One use case per decision (zod input); the decision date is the server's (ctx.today), never the caller's.
export const habilitationMutation: Pick<
  MutationResolvers,
  'grantHabilitation' | 'renewHabilitation' | 'withdrawHabilitation' | 'giveHabilitationAvis'
> = {
  giveHabilitationAvis: (_parent, args, ctx) => giveHabilitationAvis(ctx, args),
  grantHabilitation: (_parent, args, ctx) => grantHabilitation(ctx, withSingleSpelling(args)),
  renewHabilitation: (_parent, args, ctx) => renewHabilitation(ctx, withSingleSpelling(args)),
  withdrawHabilitation: (_parent, args, ctx) => withdrawHabilitation(ctx, withSingleSpelling(args)),
};

export const HabilitationDecision: HabilitationDecisionResolvers = {
  kindLabel: (decision) => HABILITATION_DECISION_LABELS[decision.kind],
};

export const HabilitationAvis: HabilitationAvisResolvers = {
  label: (avis) => habilitationAvisLabel(avis.favorable),
};
