import type { QueryResolvers } from '../generated/resolvers-types.js';
import { accordOf } from '../services/accord.js';
import { listAccordPresentations } from '../services/accord-presentations.js';
import { listCdiaeInbox } from '../services/cdiae-inbox.js';
import { listAmendments } from '../services/amendments.js';
import { listCtaMeetingsDue } from '../services/cta-meetings.js';
import { listCtas } from '../services/ctas.js';
import { computeIndicators, computeIndicatorTrend } from '../services/indicators.js';
import { listProvidedFigures } from '../services/provided-figures.js';
import { listWorkingGroups, memberCandidates } from '../services/working-groups.js';
import { roadmapOf } from '../services/roadmap.js';
import { listSteeringMeetings, steeringShortfall } from '../services/steering.js';

export const Query: QueryResolvers = {
  ctas: (_, { departement }, ctx) => listCtas(ctx, departement),
  ctaMeetingsDue: (_, args, ctx) => listCtaMeetingsDue(ctx, args),
  steeringMeetings: (_, args, ctx) => listSteeringMeetings(ctx, args),
  steeringMeetingsShortfall: (_, args, ctx) => steeringShortfall(ctx, args),
  roadmap: (_, args, ctx) => roadmapOf(ctx, args),
  amendments: (_, __, ctx) => listAmendments(ctx),
  accord: (_, __, ctx) => accordOf(ctx),
  workingGroups: (_, __, ctx) => listWorkingGroups(ctx),
  workingGroupMemberCandidates: (_, __, ctx) => memberCandidates(ctx.db),
  indicators: (_, { filter }, ctx) => computeIndicators(ctx, filter),
  indicatorTrend: (_, args, ctx) => computeIndicatorTrend(ctx, args),
  providedIndicatorFigures: (_, { filter }, ctx) => listProvidedFigures(ctx, filter),
  cdiaeInbox: (_, args, ctx) => listCdiaeInbox(ctx, args),
  accordPresentations: (_, __, ctx) => listAccordPresentations(ctx),
};
