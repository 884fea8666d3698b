import type { WorkingGroupProposalResolvers, WorkingGroupResolvers } from '../generated/resolvers-types.js';
import {
  groupNameOf,
  meetingsOf,
  membersOf,
  proposalsOf,
  steeringMeetingOfProposal,
} from '../services/working-groups.js';

export const WorkingGroup: WorkingGroupResolvers = {
  members: (group, _, ctx) => membersOf(ctx, group.id),
  meetings: (group, _, ctx) => meetingsOf(ctx, group.id),
  proposals: (group, _, ctx) => proposalsOf(ctx, group.id),
};

export const WorkingGroupProposal: WorkingGroupProposalResolvers = {
  groupName: (proposal, _, ctx) => groupNameOf(ctx, proposal.groupId),
  steeringMeeting: (proposal, _, ctx) => steeringMeetingOfProposal(ctx, proposal),
};
