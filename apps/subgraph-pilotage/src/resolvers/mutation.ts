import type { MutationResolvers } from '../generated/resolvers-types.js';
import { markCdiaeInboxItemRead } from '../use-cases/mark-cdiae-inbox-item-read.js';
import { recordAccordPresentation } from '../use-cases/record-accord-presentation.js';
import { importProvidedFigures } from '../use-cases/import-provided-figures.js';
import { recordProvidedFigure } from '../use-cases/record-provided-figure.js';
import { requestAccordTermination } from '../use-cases/request-accord-termination.js';
import { withdrawAccordTermination } from '../use-cases/withdraw-accord-termination.js';
import { createWorkingGroup } from '../use-cases/create-working-group.js';
import { recordWorkingGroupMeeting } from '../use-cases/record-working-group-meeting.js';
import { submitWorkingGroupProposal } from '../use-cases/submit-working-group-proposal.js';
import { recordAmendment } from '../use-cases/record-amendment.js';
import { recordCtaMeeting } from '../use-cases/record-cta-meeting.js';
import { recordSteeringMeeting } from '../use-cases/record-steering-meeting.js';
import { saveRoadmapAction } from '../use-cases/save-roadmap-action.js';
import { sendCtaMinutesToCdiae } from '../use-cases/send-cta-minutes-to-cdiae.js';

/** One use case per mutation (src/use-cases, each with its zod input). */
export const Mutation: MutationResolvers = {
  recordCtaMeeting: (_, { input }, ctx) => recordCtaMeeting(ctx, input),
  sendCtaMinutesToCdiae: (_, args, ctx) => sendCtaMinutesToCdiae(ctx, args),
  recordSteeringMeeting: (_, { input }, ctx) => recordSteeringMeeting(ctx, input),
  saveRoadmapAction: (_, { input }, ctx) => saveRoadmapAction(ctx, input),
  recordAmendment: (_, { input }, ctx) => recordAmendment(ctx, input),
  recordProvidedIndicatorFigure: (_, { input }, ctx) => recordProvidedFigure(ctx, input),
  importProvidedIndicatorFigures: (_, args, ctx) => importProvidedFigures(ctx, args),
  requestAccordTermination: (_, { input }, ctx) => requestAccordTermination(ctx, input),
  withdrawAccordTermination: (_, args, ctx) => withdrawAccordTermination(ctx, args),
  createWorkingGroup: (_, { input }, ctx) => createWorkingGroup(ctx, input),
  recordWorkingGroupMeeting: (_, { input }, ctx) => recordWorkingGroupMeeting(ctx, input),
  submitWorkingGroupProposal: (_, { input }, ctx) => submitWorkingGroupProposal(ctx, input),
  markCdiaeInboxItemRead: (_, { id }, ctx) => markCdiaeInboxItemRead(ctx, { id }),
  recordAccordPresentation: (_, args, ctx) => recordAccordPresentation(ctx, args),
};
