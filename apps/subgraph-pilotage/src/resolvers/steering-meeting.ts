import type { SteeringMeetingResolvers } from '../generated/resolvers-types.js';
import { documentsOnTime } from '../services/steering.js';

export const SteeringMeeting: SteeringMeetingResolvers = {
  documentsOnTime: (meeting, _, ctx) => documentsOnTime(meeting, ctx.today),
};
