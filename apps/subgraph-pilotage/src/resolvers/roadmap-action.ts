import type { RoadmapActionResolvers } from '../generated/resolvers-types.js';
import { ROADMAP_STATUS_LABELS } from '../services/roadmap.js';

export const RoadmapAction: RoadmapActionResolvers = {
  statusLabel: (action) => ROADMAP_STATUS_LABELS[action.status],
};
