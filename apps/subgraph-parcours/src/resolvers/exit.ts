import { EXIT_OUTCOME_LABELS } from '@navette/domain';
import type { ExitResolvers } from '../generated/resolvers-types.js';

export const Exit: ExitResolvers = {
  outcomeLabel: (x) => EXIT_OUTCOME_LABELS[x.outcome].label,
};
