// The resolvers of the pilotage subgraph, one file per type (thin: they call the use cases of src/use-cases and the
// services of src/services); this file only assembles them.
import { DateScalar, DateTimeScalar } from '@navette/subgraph-server';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Accord, AccordSignatory, AccordTermination } from './accord.js';
import { Cta } from './cta.js';
import { WorkingGroup, WorkingGroupProposal } from './working-group.js';
import { CtaMeeting } from './cta-meeting.js';
import { Departement } from './departement.js';
import { EmploymentArea } from './employment-area.js';
import { Indicator } from './indicator.js';
import { IndicatorRow } from './indicator-row.js';
import { IndicatorTrend } from './indicator-trend.js';
import { IndicatorTrendPoint } from './indicator-trend-point.js';
import { Mutation } from './mutation.js';
import { PendingWork } from './pending-work.js';
import { ProvidedIndicatorFigure } from './provided-indicator-figure.js';
import { Query } from './query.js';
import { RoadmapAction } from './roadmap-action.js';
import { SteeringMeeting } from './steering-meeting.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  PendingWork,
  Mutation,
  Cta,
  CtaMeeting,
  SteeringMeeting,
  RoadmapAction,
  Indicator,
  IndicatorRow,
  ProvidedIndicatorFigure,
  IndicatorTrend,
  Departement,
  IndicatorTrendPoint,
  EmploymentArea,
  Accord,
  AccordSignatory,
  AccordTermination,
  WorkingGroup,
  WorkingGroupProposal,
};
