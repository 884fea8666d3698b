import { TRAINING_KIND_LABELS } from '@navette/domain';
import type { TrainingRecordResolvers } from '../generated/resolvers-types.js';

export const TrainingRecord: TrainingRecordResolvers = {
  kindLabel: (r) => TRAINING_KIND_LABELS[r.kind],
};
