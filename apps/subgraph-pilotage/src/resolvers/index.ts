import { tables } from '@navette/db';
import { DateScalar, DateTimeScalar } from '@navette/subgraph-server';
import { asc, eq } from 'drizzle-orm';
import type { Resolvers } from '../generated/resolvers-types.js';
import * as amendmentsService from '../services/amendments.js';
import * as ctaMeetingsService from '../services/cta-meetings.js';
import { computeIndicators, computeIndicatorTrend } from '../services/indicators.js';
import { indicatorTable } from '../services/indicator-table.js';
import { pilotagePendingWork } from '../services/pending-work.js';
import { ROADMAP_STATUS_LABELS, roadmapOf } from '../services/roadmap.js';
import * as steeringService from '../services/steering.js';
import { year as validYear } from '../services/validation.js';
import { errors } from '../errors.js';
import { recordAmendment } from '../use-cases/record-amendment.js';
import { recordCtaMeeting } from '../use-cases/record-cta-meeting.js';
import { recordSteeringMeeting } from '../use-cases/record-steering-meeting.js';
import { saveRoadmapAction } from '../use-cases/save-roadmap-action.js';
import { sendCtaMinutesToCdiae } from '../use-cases/send-cta-minutes-to-cdiae.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,

  Query: {
    ctas: (_parent, { departement }, { db }) =>
      db
        .select()
        .from(tables.ctas)
        .where(departement ? eq(tables.ctas.departementCode, departement) : undefined)
        .orderBy(asc(tables.ctas.departementCode), asc(tables.ctas.name)),
    ctaMeetingsDue: (_, args, ctx) => ctaMeetingsService.listCtaMeetingsDue(ctx, args),
    steeringMeetings: (_, args, ctx) => steeringService.listSteeringMeetings(ctx, args),
    steeringMeetingsShortfall: (_, args, ctx) => steeringService.steeringShortfall(ctx, args),
    roadmap: (_, args, ctx) => roadmapOf(ctx, args),
    amendments: (_, __, ctx) => amendmentsService.listAmendments(ctx),
    indicators: (_, { filter }, ctx) => computeIndicators(ctx, filter),
    indicatorTrend: (_, args, ctx) => computeIndicatorTrend(ctx, args),
  },

  // Mon travail en attente (issue 14 §1): the pilotage's part, for the caller only (the structures subgraph merges).
  PendingWork: {
    __resolveReference: (ref, ctx) => {
      if (ctx.principal.kind !== 'user' || ref.viewerId !== ctx.principal.userId)
        throw errors.pendingWorkOfAnotherUser();
      return { viewerId: ref.viewerId };
    },
    pilotageItems: (_, __, ctx) => pilotagePendingWork(ctx),
  },

  Mutation: {
    recordCtaMeeting: (_, { input }, ctx) => recordCtaMeeting(ctx, input),
    sendCtaMinutesToCdiae: (_, args, ctx) => sendCtaMinutesToCdiae(ctx, args),
    recordSteeringMeeting: (_, { input }, ctx) => recordSteeringMeeting(ctx, input),
    saveRoadmapAction: (_, { input }, ctx) => saveRoadmapAction(ctx, input),
    recordAmendment: (_, { input }, ctx) => recordAmendment(ctx, input),
  },

  Cta: {
    __resolveReference: (ref, { loaders }) => loaders.cta.load(ref.id),
    ledBy: (cta) => ({ id: cta.ledByAgencyId }),
    employmentArea: (cta) => ({ id: cta.employmentAreaId }),
    meetings: (cta, { year }, ctx) =>
      ctx.loaders.meetingsByCta.load({ ctaId: cta.id, year: year == null ? null : validYear(year, ctx.today) }),
  },

  CtaMeeting: {
    cta: async (meeting, _, { loaders }) => {
      const cta = await loaders.cta.load(meeting.ctaId);
      if (!cta) throw errors.ctaNotFound();
      return cta;
    },
  },

  SteeringMeeting: {
    documentsOnTime: (meeting, _, ctx) => steeringService.documentsOnTime(meeting, ctx.today),
  },

  RoadmapAction: {
    statusLabel: (action) => ROADMAP_STATUS_LABELS[action.status],
  },

  Indicator: {
    dimensions: (indicator) => [...indicator.dimensions],
    table: (indicator) => indicatorTable(indicator.rows, indicator.unit === 'HOURS_AND_PEOPLE'),
  },

  IndicatorRow: {
    departement: (row) => ({ code: row.departement, name: row.departementName }),
  },

  IndicatorTrend: {
    departement: (trend) => (trend.departement ? { code: trend.departement } : null),
  },

  Departement: {
    name: (departement, _args, { loaders }) => departement.name ?? loaders.departementNames.load(departement.code),
  },

  IndicatorTrendPoint: {
    label: (point) => point.quarter.label,
    from: (point) => point.quarter.from,
    to: (point) => point.quarter.to,
  },

  EmploymentArea: {
    __resolveReference: (ref) => ref,
    cta: (area, _args, { loaders }) => loaders.ctaByEmploymentArea.load(area.id),
  },
};
