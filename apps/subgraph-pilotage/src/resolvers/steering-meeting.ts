import type { SteeringMeetingResolvers } from '../generated/resolvers-types.js';
import { documentsOnTime } from '../services/steering.js';
import { proposalsOnAgenda } from '../services/working-groups.js';

export const SteeringMeeting: SteeringMeetingResolvers = {
  documentsOnTime: (meeting, _, ctx) => documentsOnTime(meeting, ctx.today),
  proposals: (meeting, _, ctx) => proposalsOnAgenda(ctx, meeting),
};
