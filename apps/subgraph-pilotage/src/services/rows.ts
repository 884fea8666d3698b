// What the resolvers pass around: database rows and computed results (mapped to the GraphQL types in codegen.yml),
// and references to other subgraphs' entities (the gateway fetches their fields).
import type { tables } from '@navette/db';
import type { AccordState, CtaYearCheck, Indicator, Quarter, SiaeKind } from '@navette/domain';

export type CtaRow = typeof tables.ctas.$inferSelect;
export type CtaMeetingRow = typeof tables.ctaMeetings.$inferSelect;
export type AccordPresentationRow = typeof tables.accordPresentations.$inferSelect;
export type SteeringMeetingRow = typeof tables.steeringMeetings.$inferSelect;
export type RoadmapActionRow = typeof tables.roadmapActions.$inferSelect;
export type AmendmentRow = typeof tables.amendments.$inferSelect;
/** A provided figure (issue 18 §6) and whether a later version of its cell replaced it. */
export type ProvidedFigureRow = typeof tables.providedFigures.$inferSelect & { superseded: boolean };

export interface EntityRef {
  id: string;
}
export interface DepartementRef {
  code: string;
  /** Set when already known (indicator rows); else loaded. */
  name?: string | undefined;
}

export interface CtaQuarterRow {
  quarter: number;
  label: string;
  from: string;
  to: string;
  meetings: number;
  over: boolean;
}

/** domain `ctaMeetingsDue` for one CTA, with the CTA row. */
export interface CtaMeetingsDueRow extends Omit<CtaYearCheck, 'quarters' | 'employmentAreaId'> {
  cta: CtaRow;
  year: number;
  quarters: CtaQuarterRow[];
}

/** One published cell of an indicator. */
export interface IndicatorRowResult {
  departement: string;
  /** Its name, read once per request (7,000 rows for the whole country: no promise per row). */
  departementName?: string;
  siaeKind: SiaeKind | null;
  value: number | null;
  people: number | null;
  masked: boolean;
}

/** A domain indicator with its figures for the caller. */
export interface IndicatorResult extends Indicator {
  note: string | null;
  rows: IndicatorRowResult[];
  /** The figures in force its fournisseur gave for the period (provided indicators only). */
  providedFigures?: ProvidedFigureRow[];
  /** When it was computed (computed indicators only). */
  computedAt?: Date | null;
}

export interface IndicatorTrendPointResult {
  quarter: Quarter;
  inProgress: boolean;
  value: number | null;
  people: number | null;
  masked: boolean;
}

export interface IndicatorTrendResult {
  indicator: IndicatorResult;
  departement: string | null;
  siaeKind: SiaeKind | null;
  points: IndicatorTrendPointResult[];
  note: string | null;
}

export type AccordRow = typeof tables.accords.$inferSelect;
export type AccordSignatoryRow = typeof tables.accordSignatories.$inferSelect;
export type AccordTerminationRow = typeof tables.accordTerminations.$inferSelect;

/** The accord with what its lifecycle computes (services/accord.ts). */
export interface AccordResult extends AccordRow {
  termEndsOn: string;
  endsOn: string;
  state: AccordState;
  termination: AccordTerminationRow | null;
}

export type WorkingGroupRow = typeof tables.workingGroups.$inferSelect;
export type WorkingGroupMeetingRow = typeof tables.workingGroupMeetings.$inferSelect;
export type WorkingGroupProposalRow = typeof tables.workingGroupProposals.$inferSelect;
export interface WorkingGroupMemberResult {
  organisationId: string;
  name: string;
  kindLabel: string;
}
