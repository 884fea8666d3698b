import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CtaRow, AccordPresentationRow, CtaMeetingRow, CtaMeetingsDueRow, SteeringMeetingRow, RoadmapActionRow, AmendmentRow, ProvidedFigureRow, AccordResult, AccordSignatoryRow, AccordTerminationRow, WorkingGroupRow, WorkingGroupMemberResult, WorkingGroupMeetingRow, WorkingGroupProposalRow, IndicatorResult, IndicatorRowResult, IndicatorTrendResult, IndicatorTrendPointResult, EntityRef, DepartementRef } from '../services/rows.js';
import type { CdiaeInboxItemRow } from '../services/cdiae-inbox.js';
import type { IndicatorTableResult } from '../services/indicator-table.js';
import type { PilotageContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD`, no time zone. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The accord régional de coopération (articles 4 to 6). */
export type Accord = {
  __typename?: 'Accord';
  /** The last day in force: the term, or the end of the notice of a résiliation under way. */
  endsOn: Scalars['Date']['output'];
  /** Stable identifier of the accord. */
  id: Scalars['ID']['output'];
  /** The term article 4 set (31 December 2018). */
  initialEndsOn: Scalars['Date']['output'];
  /** Whether the caller may request the résiliation today (the state allows it and it may act for a signatory). */
  mayRequestTermination: Scalars['Boolean']['output'];
  /** Its signatories, in the order of the accord. */
  signatories: Array<AccordSignatory>;
  /** The day it was signed; in force from that day (article 4). */
  signedOn: Scalars['Date']['output'];
  /** Where it stands today. */
  state: AccordState;
  /** French label of the state. */
  stateLabel: Scalars['String']['output'];
  /** The term, carried further by an avenant of prorogation when one was signed (article 5). */
  termEndsOn: Scalars['Date']['output'];
  /** The résiliation under way or taken effect; null when none (a withdrawn request is in `terminations`). */
  termination?: Maybe<AccordTermination>;
  /** Every résiliation request, newest first, withdrawn ones included. */
  terminations: Array<AccordTermination>;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** Which side of the accord a signatory is. */
export type AccordParty =
  /** A réseau of the insertion par l'activité économique. */
  | 'IAE_NETWORK'
  /** Pôle emploi (direction régionale). */
  | 'POLE_EMPLOI'
  /** The État (préfet de région). */
  | 'STATE';

/** A presentation of the accord in a session of a CDIAE (fiche 3; annexe 1 indicator F3_ACCORD_PRESENTATIONS). */
export type AccordPresentation = {
  __typename?: 'AccordPresentation';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What was presented, who attended (free text, no personal data). */
  note: Scalars['String']['output'];
  /** The day of the CDIAE's session. */
  presentedOn: Scalars['Date']['output'];
  /** When it was recorded (set by the server). */
  recordedAt: Scalars['DateTime']['output'];
};

/** A party that signed the accord. */
export type AccordSignatory = {
  __typename?: 'AccordSignatory';
  /** Stable identifier of the signatory. */
  id: Scalars['ID']['output'];
  /**
   * Whether the caller may request or withdraw the résiliation on this signatory's behalf: the comité (whose members
   * represent the signatories, article 3) for any of them, a service of the État for the État only.
   */
  mayActFor: Scalars['Boolean']['output'];
  /** Its name, as the accord writes it. */
  name: Scalars['String']['output'];
  /** Its side of the accord. */
  party: AccordParty;
  /** Who signed for it. */
  representedBy: Scalars['String']['output'];
};

/** Where the accord stands today (articles 4 and 6). */
export type AccordState =
  /** Ended: its term passed, or a résiliation took effect. */
  | 'ENDED'
  /** In force. */
  | 'IN_FORCE'
  /** Not signed yet (article 4: in force from its signature). */
  | 'NOT_YET_IN_FORCE'
  /** A résiliation was requested: the accord stays in force until the end of the 3 months' notice (article 6). */
  | 'UNDER_NOTICE';

/**
 * A résiliation request (article 6): "peut être demandée par l'une des parties signataires"; a 3 months' notice runs from
 * its receipt, during which an extraordinary comité de pilotage meets. The conventions de coopération locale and the
 * conventions d'objectifs et de moyens are not affected.
 */
export type AccordTermination = {
  __typename?: 'AccordTermination';
  /** The day the résiliation takes effect, the day after the notice. */
  effectiveOn: Scalars['Date']['output'];
  /** The extraordinary comité de pilotage called within the notice; null once the request was withdrawn before it was held (the meeting is then cancelled). */
  extraordinaryMeeting?: Maybe<SteeringMeeting>;
  /** Stable identifier of the request. */
  id: Scalars['ID']['output'];
  /** Whether the caller may withdraw it today (while the notice runs, on behalf of a signatory it may act for). */
  mayWithdraw: Scalars['Boolean']['output'];
  /** The last day of the 3 months' notice, the last day the accord is in force. */
  noticeEndsOn: Scalars['Date']['output'];
  /** The failings it invokes (article 6: « en cas de manquement »). */
  reason: Scalars['String']['output'];
  /** The day the other signatories received it: the day it was recorded on the platform (set by the server). */
  receivedOn: Scalars['Date']['output'];
  /** The signatory that asked for it. */
  requestedBy: AccordSignatory;
  /** The day it was withdrawn, when it was (set by the server). */
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
};

export type Agency = {
  __typename?: 'Agency';
  id: Scalars['ID']['output'];
};

/** An avenant to the accord (article 5: « modifié par voie d'avenant sur proposition du comité de pilotage »). */
export type Amendment = {
  __typename?: 'Amendment';
  /** When it was recorded on the platform (set by the server). */
  createdAt: Scalars['DateTime']['output'];
  /** The new last day of the accord when the avenant prolongs it (article 4's term, carried by article 5). */
  extendsTermTo?: Maybe<Scalars['Date']['output']>;
  /** Stable identifier of the avenant. */
  id: Scalars['ID']['output'];
  /** The day it was signed. */
  signedOn: Scalars['Date']['output'];
  /** What it changes in the accord. */
  summary: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** An avenant to record (with its id to correct one). */
export type AmendmentInput = {
  /** When it prolongs the accord: its new last day (after the signature of the avenant). */
  extendsTermTo?: InputMaybe<Scalars['Date']['input']>;
  /** The avenant to correct (a typo in its title or object, a wrong date); a new avenant when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The day it was signed. */
  signedOn: Scalars['Date']['input'];
  /** What it changes. */
  summary: Scalars['String']['input'];
  /** Its title. */
  title: Scalars['String']['input'];
};

/** The inbox of a CDIAE, newest first. */
export type CdiaeInboxConnection = {
  __typename?: 'CdiaeInboxConnection';
  /** The items of the page. */
  edges: Array<CdiaeInboxEdge>;
  /** Whether more follow, and from where. */
  pageInfo: PageInfo;
  /** How many items the inbox holds. */
  totalCount: Scalars['Int']['output'];
  /** How many of them nobody of the CDIAE has opened yet. */
  unreadCount: Scalars['Int']['output'];
};

/** An edge of the inbox. */
export type CdiaeInboxEdge = {
  __typename?: 'CdiaeInboxEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CdiaeInboxItem;
};

/** One document in the inbox of a CDIAE. No personal data: the minutes of meetings of institutions. */
export type CdiaeInboxItem = {
  __typename?: 'CdiaeInboxItem';
  /** The day of the meeting. */
  heldOn: Scalars['Date']['output'];
  /** Stable identifier of the item: the id of its meeting. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: CdiaeInboxItemKind;
  /** French label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** The minutes. */
  minutes: Scalars['String']['output'];
  /** Whether a member of the CDIAE has opened it (`markCdiaeInboxItemRead`). */
  read: Scalars['Boolean']['output'];
  /** The day it reached the CDIAE: the day the agence sent a CTA's minutes; the comité's meeting day for its own. */
  receivedOn: Scalars['Date']['output'];
  /** Whose meeting: the CTA's name, or the comité de pilotage. */
  title: Scalars['String']['output'];
};

/** What reaches the CDIAE of a département (issue 18 §5; accord, fiche 8 and article 3). */
export type CdiaeInboxItemKind =
  /** The minutes of a meeting of a CTA of the département, sent by the agence that leads it (fiche 8). */
  | 'CTA_MINUTES'
  /** The minutes of a meeting of the regional comité de pilotage (article 3: communiqués aux CDIAE et CTA). */
  | 'STEERING_MINUTES';

/** A comité technique d'animation: gathers the SIAE and local actors of one employment area (accord, fiche 8). */
export type Cta = {
  __typename?: 'Cta';
  /** The bassin d'emploi it covers. */
  employmentArea: EmploymentArea;
  /** Stable identifier of the CTA. */
  id: Scalars['ID']['output'];
  /** The agence Pôle emploi that runs it. */
  ledBy: Agency;
  /** Its meetings, newest first; only those of `year` when given (fiche 8). */
  meetings: Array<CtaMeeting>;
  /** Name of the CTA. */
  name: Scalars['String']['output'];
};


/** A comité technique d'animation: gathers the SIAE and local actors of one employment area (accord, fiche 8). */
export type CtaMeetingsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A meeting of a CTA (accord, fiche 8): "des ordres du jour concertés ainsi que des comptes rendus … communiqués au
 * CDIAE"; quarterly, the last one of the year inviting the heads of the SIAE.
 */
export type CtaMeeting = {
  __typename?: 'CtaMeeting';
  /** Ordre du jour. */
  agenda: Scalars['String']['output'];
  /** When it was recorded on the platform (set by the server). */
  createdAt: Scalars['DateTime']['output'];
  /** The CTA that met. */
  cta: Cta;
  /** The day of the meeting. */
  heldOn: Scalars['Date']['output'];
  /** Stable identifier of the meeting. */
  id: Scalars['ID']['output'];
  /** Compte rendu / relevé de décisions. */
  minutes?: Maybe<Scalars['String']['output']>;
  /** The day the minutes were sent to the CDIAE; null while not sent. */
  minutesSentToCdiaeOn?: Maybe<Scalars['Date']['output']>;
  /** Who attended (free text, one per line). */
  participants: Scalars['String']['output'];
  /** The heads of the SIAE were invited (the year-end meeting: bilan and orientations of the next year). */
  siaeHeadsInvited: Scalars['Boolean']['output'];
};

/** A CTA meeting to record (fiche 8). */
export type CtaMeetingInput = {
  /** The agenda. */
  agenda: Scalars['String']['input'];
  /** Id of the CTA. */
  ctaId: Scalars['ID']['input'];
  /** The day the meeting was held (not in the future). */
  heldOn: Scalars['Date']['input'];
  /** The minutes, if written. */
  minutes?: InputMaybe<Scalars['String']['input']>;
  /** The day the minutes were sent to the CDIAE, when already done (needs the minutes). */
  minutesSentToCdiaeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who attended, one per line. */
  participants?: InputMaybe<Scalars['String']['input']>;
  /** The heads of the SIAE were invited. */
  siaeHeadsInvited: Scalars['Boolean']['input'];
};

/** Whether a CTA met as fiche 8 asks in a year: every quarter, the last meeting (in the fourth quarter) with the SIAE heads. */
export type CtaMeetingsDue = {
  __typename?: 'CtaMeetingsDue';
  /** No missing quarter and the year-end meeting invited the SIAE heads. */
  compliant: Scalars['Boolean']['output'];
  /** The CTA. */
  cta: Cta;
  /** Quarters (1-4) without any meeting, including those not over yet. */
  missingQuarters: Array<Scalars['Int']['output']>;
  /** The four quarters of the year. */
  quarters: Array<CtaQuarter>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
  /** The last meeting of the year is in the fourth quarter and invited the SIAE heads. */
  yearEndMeetingWithSiaeHeads: Scalars['Boolean']['output'];
};

/** One calendar quarter of a CTA's year. */
export type CtaQuarter = {
  __typename?: 'CtaQuarter';
  /** First day of the quarter. */
  from: Scalars['Date']['output'];
  /** French label, e.g. `T2 2026`. */
  label: Scalars['String']['output'];
  /** How many meetings the CTA held in it. */
  meetings: Scalars['Int']['output'];
  /** The quarter is over (its last day has passed): a quarter without a meeting is then missed. */
  over: Scalars['Boolean']['output'];
  /** The quarter, 1 to 4. */
  quarter: Scalars['Int']['output'];
  /** Last day of the quarter. */
  to: Scalars['Date']['output'];
};

export type Departement = {
  __typename?: 'Departement';
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type EmploymentArea = {
  __typename?: 'EmploymentArea';
  /** The CTA of this employment area, when one is set up. */
  cta?: Maybe<Cta>;
  id: Scalars['ID']['output'];
};

/** An indicator of the accord (annexe 1, and three the fiches or article 2 name), computed from the platform's data when it can. */
export type Indicator = {
  __typename?: 'Indicator';
  /** The platform computes it; the others are provided by their fournisseur. */
  computable: Scalars['Boolean']['output'];
  /** When its figures were computed (the time of the answer: computed live); null for a provided indicator. */
  computedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How it is defined and computed. */
  definition: Scalars['String']['output'];
  /** How its figures are broken down. */
  dimensions: Array<IndicatorDimension>;
  /** Fiche action (1-8); null for an article of the accord. */
  fiche?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier of the indicator. */
  id: Scalars['ID']['output'];
  /** In the table of annexe 1 (false: named by a fiche or article 2 only). */
  inAnnex1: Scalars['Boolean']['output'];
  /** Its name, as the accord words it. */
  label: Scalars['String']['output'];
  /** How to read the figures, or why a computable indicator has no rows. */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * The figures its fournisseur gave for the filter's period (a whole year or quarter), one per cell, the latest
   * version; empty for a computed indicator, or when the filter's period is a month or a half-year.
   */
  providedFigures: Array<ProvidedIndicatorFigure>;
  /** Where the accord states it. */
  reference: Scalars['String']['output'];
  /** Its figures for the filter, by département (and SIAE kind); empty when not computed. */
  rows: Array<IndicatorRow>;
  /** Fournisseur de l'indicateur (annexe 1). */
  source: Scalars['String']['output'];
  /** Marked with an asterisk in the accord. */
  starred: Scalars['Boolean']['output'];
  /** The same figures as a table, départements by SIAE kinds: what a screen or a spreadsheet shows. */
  table: IndicatorTable;
  /** What its figures count. */
  unit: IndicatorUnit;
};

/** What a cell of an indicator table holds. */
export type IndicatorCellState =
  /** A figure (for HOURS_AND_PEOPLE, `people` may still be null: too few people to say). */
  | 'FIGURE'
  /** Masked (secret statistique): a count from 1 to 4, or a rate or hours computed from one. */
  | 'MASKED'
  /** Nothing to compute, e.g. a rate with nothing to divide by. */
  | 'NOT_APPLICABLE'
  /** No cell: no SIAE of this kind in the département, and nothing recorded. */
  | 'NO_DATA';

/** How an indicator's figures are broken down. */
export type IndicatorDimension =
  /** By département. */
  | 'DEPARTEMENT'
  /** Over a period. */
  | 'PERIOD'
  /** By kind of SIAE. */
  | 'SIAE_KIND';

/** The scope and period of the indicators' figures. */
export type IndicatorFilter = {
  /** Code of a département; the caller's whole scope when omitted. */
  departement?: InputMaybe<Scalars['ID']['input']>;
  /** First day of the period; 1 January of the year of `to` when omitted. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Applies to the indicators broken down by SIAE kind. */
  siaeKind?: InputMaybe<SiaeKind>;
  /** Last day of the period; today when omitted or later (figures are never counted in the future). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * One cell of an indicator: a département, and a SIAE kind when the indicator is broken down by kind. Outside a
 * structure (comité, État, API clients) every count from 1 to 4 is masked (secret statistique), and so is a rate or a
 * number of hours computed from a masked count.
 */
export type IndicatorRow = {
  __typename?: 'IndicatorRow';
  /** The département. */
  departement: Departement;
  /** A cell of this row was masked. */
  masked: Scalars['Boolean']['output'];
  /** HOURS_AND_PEOPLE: distinct people; null when masked. */
  people?: Maybe<Scalars['Int']['output']>;
  /** Only for the indicators broken down by SIAE kind. */
  siaeKind?: Maybe<SiaeKind>;
  /** A count, a number of hours, or a percentage (0-100, one decimal; null when there is nothing to divide by); null when masked. */
  value?: Maybe<Scalars['Float']['output']>;
};

/**
 * The rows of an indicator laid out as a table, as the pilotage console shows and exports it: one line per département,
 * one column per SIAE kind (a single column when the indicator is not broken down by kind); `states[i][j]`,
 * `values[i][j]` and `people[i][j]` are the cell of `departements[i]` and of the j-th column. The same figures as
 * `rows`, in a few objects: the country's 7,000 rows would be 14,000 objects for the gateway and the subgraph to resolve.
 */
export type IndicatorTable = {
  __typename?: 'IndicatorTable';
  /** The lines, by code. */
  departements: Array<Departement>;
  /** HOURS_AND_PEOPLE: distinct people (null when masked); null for the other units. */
  people?: Maybe<Array<Array<Maybe<Scalars['Int']['output']>>>>;
  /** The columns: the SIAE kinds that have a cell, in the order ACI, AI, EI, ETTI, EITI; empty when not broken down by kind. */
  siaeKinds: Array<SiaeKind>;
  /** What each cell holds: `states[i][j]` for `departements[i]` and the j-th column. */
  states: Array<Array<IndicatorCellState>>;
  /** A count, hours or a percentage; null unless the state is FIGURE. */
  values: Array<Array<Maybe<Scalars['Float']['output']>>>;
};

/** A computable indicator, quarter by quarter. */
export type IndicatorTrend = {
  __typename?: 'IndicatorTrend';
  /** The département asked; null for the caller's whole scope. */
  departement?: Maybe<Departement>;
  /** The indicator's definition (its `rows` are empty here: `indicators` gives them). */
  indicator: Indicator;
  /** Why there are no points, when the indicator cannot be followed over time. */
  note?: Maybe<Scalars['String']['output']>;
  /** Oldest first, the current quarter last. */
  points: Array<IndicatorTrendPoint>;
  /** The kind of SIAE asked; null for all kinds. */
  siaeKind?: Maybe<SiaeKind>;
};

/** The indicator over one calendar quarter, for the caller's whole scope (or the département asked). */
export type IndicatorTrendPoint = {
  __typename?: 'IndicatorTrendPoint';
  /** First day of the quarter. */
  from: Scalars['Date']['output'];
  /** The quarter is not over: its figures may still grow. */
  inProgress: Scalars['Boolean']['output'];
  /** French label, e.g. `T3 2026`. */
  label: Scalars['String']['output'];
  /** The figure was masked (secret statistique). */
  masked: Scalars['Boolean']['output'];
  /** HOURS_AND_PEOPLE: distinct people; null when masked or for the other units. */
  people?: Maybe<Scalars['Int']['output']>;
  /** Last day of the quarter (or today for the current one). */
  to: Scalars['Date']['output'];
  /** The figure; null when masked or nothing to compute. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** What an indicator's figures count. */
export type IndicatorUnit =
  /** A number of people or things. */
  | 'COUNT'
  /** A document, provided by its fournisseur. */
  | 'DOCUMENT'
  /** A number of hours. */
  | 'HOURS'
  /** Hours (value) and distinct people (people). */
  | 'HOURS_AND_PEOPLE'
  /** A list, provided by its fournisseur. */
  | 'LIST'
  /** A percentage (0-100). */
  | 'PERCENT'
  /** Done or not. */
  | 'YES_NO';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a working group with its members (comité, État). */
  createWorkingGroup: WorkingGroup;
  /**
   * Imports figures from a CSV file (`indicateur;departement;type_siae;periode;valeur;source;date_reference`, 256 KB and
   * 2,000 lines at most): all or nothing, each error with its line; a file sent again records nothing new.
   */
  importProvidedIndicatorFigures: ProvidedFiguresImport;
  /**
   * Marks an item of the caller's CDIAE's inbox read (once: the first reading is kept; again is no error). An item of
   * another département's inbox is answered CDIAE_INBOX_ITEM_NOT_FOUND, as an unknown one.
   */
  markCdiaeInboxItemRead: CdiaeInboxItem;
  /**
   * Records a presentation of the accord in a session of the caller's CDIAE (fiche 3): the day of the session, not to come
   * nor before the accord's signature; one per day (ACCORD_PRESENTATION_ALREADY_RECORDED). Audited.
   */
  recordAccordPresentation: AccordPresentation;
  /** Records an avenant signed, or corrects one given its id (comité, État). */
  recordAmendment: Amendment;
  /** Records a meeting held by a CTA: only the agence Pôle emploi that leads it (fiche 8: Pôle emploi organises the CTA). */
  recordCtaMeeting: CtaMeeting;
  /**
   * Records a figure of an indicator the platform does not compute (annexe 1); the same cell again is a correction, a
   * new version superseding the previous one; the same figure again changes nothing. The comité and administrators for
   * any cell, the État for its département only.
   */
  recordProvidedIndicatorFigure: ProvidedIndicatorFigure;
  /** Records a meeting of the comité de pilotage, or updates one given its id (comité, État). */
  recordSteeringMeeting: SteeringMeeting;
  /** Records a meeting of a working group, once held (comité, État). */
  recordWorkingGroupMeeting: WorkingGroupMeeting;
  /**
   * Records a résiliation request of a signatory (article 6): received today, it starts the 3 months' notice and calls an
   * extraordinary comité de pilotage within it (comité for any signatory, État for the État).
   */
  requestAccordTermination: AccordTermination;
  /** Creates or updates an action of the feuille de route (comité, État). */
  saveRoadmapAction: RoadmapAction;
  /** Marks the minutes of a meeting as sent to the CDIAE on `on`, with the minutes when they were not recorded yet (agence that leads the CTA). */
  sendCtaMinutesToCdiae: CtaMeeting;
  /** Submits a proposal of a working group to the comité; it goes on the agenda of the next comité meeting in time. */
  submitWorkingGroupProposal: WorkingGroupProposal;
  /** Withdraws a résiliation request while its notice runs (article 6 is silent on it: a choice of the platform). */
  withdrawAccordTermination: AccordTermination;
};


export type MutationCreateWorkingGroupArgs = {
  input: WorkingGroupInput;
};


export type MutationImportProvidedIndicatorFiguresArgs = {
  csv: Scalars['String']['input'];
};


export type MutationMarkCdiaeInboxItemReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordAccordPresentationArgs = {
  note?: InputMaybe<Scalars['String']['input']>;
  presentedOn: Scalars['Date']['input'];
};


export type MutationRecordAmendmentArgs = {
  input: AmendmentInput;
};


export type MutationRecordCtaMeetingArgs = {
  input: CtaMeetingInput;
};


export type MutationRecordProvidedIndicatorFigureArgs = {
  input: ProvidedIndicatorFigureInput;
};


export type MutationRecordSteeringMeetingArgs = {
  input: SteeringMeetingInput;
};


export type MutationRecordWorkingGroupMeetingArgs = {
  input: WorkingGroupMeetingInput;
};


export type MutationRequestAccordTerminationArgs = {
  input: RequestAccordTerminationInput;
};


export type MutationSaveRoadmapActionArgs = {
  input: RoadmapActionInput;
};


export type MutationSendCtaMinutesToCdiaeArgs = {
  id: Scalars['ID']['input'];
  minutes?: InputMaybe<Scalars['String']['input']>;
  on: Scalars['Date']['input'];
};


export type MutationSubmitWorkingGroupProposalArgs = {
  input: WorkingGroupProposalInput;
};


export type MutationWithdrawAccordTerminationArgs = {
  id: Scalars['ID']['input'];
};

/** Pagination of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the page's last item: pass it as `after` to get the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The work waiting for the signed-in user (defined by the structures subgraph); this subgraph adds its part. */
export type PendingWork = {
  __typename?: 'PendingWork';
  /** Items of this subgraph, for the structures subgraph to merge (not in the public API). */
  pilotageItems?: Maybe<Array<PendingWorkItem>>;
  /** The signed-in user: the only one whose work can be read. */
  viewerId: Scalars['ID']['output'];
};

/**
 * A piece of work waiting for the signed-in user, computed by the server from the rules of the accord (and delays the
 * platform chose where the accord is silent).
 */
export type PendingWorkItem = {
  __typename?: 'PendingWorkItem';
  /** Days left until `dueOn` (0 on the day, negative once past): jours ouvrés for a decision, calendar days otherwise. */
  daysLeft: Scalars['Int']['output'];
  /** True when `daysLeft` counts jours ouvrés (a decision on a demande d'agrément). */
  daysLeftInWorkingDays: Scalars['Boolean']['output'];
  /** The day it is due. */
  dueOn: Scalars['Date']['output'];
  /** What it is. */
  kind: PendingWorkKind;
  /** What to do, in French (dates and numbers, no personal data). */
  label: Scalars['String']['output'];
  /** Where it is done: a path in the caller's portal (from its base, e.g. `/demandes/…`); null when done elsewhere. */
  link?: Maybe<Scalars['String']['output']>;
};

/** What a piece of pending work is (issue 14): the home page groups and counts by kind. */
export type PendingWorkKind =
  /** Agence: an appeal against a refusal, to answer. */
  | 'APPEAL_TO_ANSWER'
  /** SIAE: an agrément ending within 3 months. */
  | 'APPROVAL_ENDING'
  /** Prescripteur, SIAE: an agrément refused, open to a written appeal (shown 2 months after the decision). */
  | 'APPROVAL_REFUSED'
  /** SIAE: a demande d'agrément waiting for Pôle emploi's answer (until its deadline). */
  | 'APPROVAL_REQUEST_PENDING'
  /** SIAE: an agrément granted with no contract recorded under it. */
  | 'CONTRACT_TO_RECORD'
  /** Agence, SIAE: a convention de coopération drafted and not signed by the caller's side. */
  | 'CONVENTION_TO_SIGN'
  /** Agence leading a CTA: no meeting yet this quarter (fiche 8). */
  | 'CTA_MEETING_DUE'
  /** Agence leading a CTA: minutes of a meeting to send to the CDIAE (fiche 8). */
  | 'CTA_MINUTES_TO_SEND'
  /** Agence: a demande d'agrément to decide by its deadline (annexe 4 §2.2.2). */
  | 'DECISION_DUE'
  /** Prescripteur: the bilan of a tripartite interview sent to it (fiche 7), to read within 30 days. */
  | 'EXIT_BILAN_TO_READ'
  /** SIAE: a tripartite interview due (fiche 7). */
  | 'EXIT_INTERVIEW_DUE'
  /** Prescripteur habilité: the préfet's habilitation ends within 3 months. */
  | 'HABILITATION_LAPSING'
  /** SIAE: a fiche navette received and not answered yet. */
  | 'PRESCRIPTION_TO_ANSWER'
  /** Prescripteur: a fiche navette unanswered by the SIAE 10 days after it was sent (delay chosen by the platform). */
  | 'PRESCRIPTION_UNANSWERED'
  /** Agence: a validation de profil (annexe 4 §2.2.2, §2.2.8) ending within 15 days, not renewed. */
  | 'PREVALIDATION_TO_RENEW'
  /** Agence: agréments ended 6 months ago whose holder's inscription à Pôle emploi is to check (fiche 7), one item for all. */
  | 'REGISTRATION_CHECKS_DUE'
  /** Comité, État: an action of a past year's feuille de route neither done nor dropped. */
  | 'ROADMAP_ACTION_LATE'
  /** Comité, État: documents of a meeting to send 10 days before it (article 3). */
  | 'STEERING_DOCUMENTS_DUE'
  /** Comité, État: fewer than 2 meetings of the comité this year (article 3). */
  | 'STEERING_MEETINGS_DUE'
  /** SIAE: a suspension ending within 15 days. */
  | 'SUSPENSION_ENDING';

/** Which provided figures to read. */
export type ProvidedFiguresFilter = {
  /** Only this département. */
  departement?: InputMaybe<Scalars['ID']['input']>;
  /** Every version, the superseded ones too (newest first); only the figures in force when false or omitted. */
  history?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this indicator. */
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this period (`2026`, `2026-T2`). */
  period?: InputMaybe<Scalars['String']['input']>;
};

/** What an import did: all the file's figures, each recorded or already in force. */
export type ProvidedFiguresImport = {
  __typename?: 'ProvidedFiguresImport';
  /** The figures in force for the file's cells, in the file's order. */
  figures: Array<ProvidedIndicatorFigure>;
  /** Figures recorded (new cells, or corrections of a figure in force). */
  recorded: Scalars['Int']['output'];
  /** Lines identical to the figure already in force (a file sent again): nothing written for them. */
  unchanged: Scalars['Int']['output'];
};

/**
 * A figure of an indicator the platform does not compute, as its fournisseur gave it (accord, annexe 1, "Fournisseurs
 * des indicateurs"; issue 18 §6): one cell (département, SIAE kind, quarter or year), with its source, its own reference
 * date, who entered it and when the platform received it. Published as given: none of these figures is a count of
 * people, so the secret statistique (counts of people below 5) does not apply to them.
 */
export type ProvidedIndicatorFigure = {
  __typename?: 'ProvidedIndicatorFigure';
  /** The département; null for a regional indicator. */
  departement?: Maybe<Departement>;
  /** The organisation that entered it. */
  enteredBy: Scalars['String']['output'];
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Stable identifier of this version of the figure. */
  id: Scalars['ID']['output'];
  /** The indicator (see `indicators`). */
  indicatorId: Scalars['ID']['output'];
  /** The period as written in the console: `2026` (a year) or `2026-T2` (a quarter). */
  period: Scalars['String']['output'];
  /** The period in French: « année 2026 », « T2 2026 ». */
  periodLabel: Scalars['String']['output'];
  /** When the platform received it (the server's clock): the figure's freshness. */
  receivedAt: Scalars['DateTime']['output'];
  /** The provider's own date of the figure (its extraction or publication). */
  referenceDate: Scalars['Date']['output'];
  /** The SIAE kind; null for an indicator not broken down by kind. */
  siaeKind?: Maybe<SiaeKind>;
  /** Where the figure comes from, as its provider stated it. */
  source: Scalars['String']['output'];
  /** A later version of the same cell replaced it (only in the history). */
  superseded: Scalars['Boolean']['output'];
  /** Last day of the period. */
  to: Scalars['Date']['output'];
  /** The figure: a count, a percentage (0-100), hours, or 1 (oui) / 0 (non) for YES_NO. */
  value: Scalars['Float']['output'];
  /** 1 for the first figure of the cell, then one more for each correction. */
  version: Scalars['Int']['output'];
  /** Imported from a CSV file rather than entered in the console. */
  viaImport: Scalars['Boolean']['output'];
};

/** A figure to record: one cell of an indicator the platform does not compute. */
export type ProvidedIndicatorFigureInput = {
  /** Code of the département, when the indicator is broken down by département. */
  departement?: InputMaybe<Scalars['ID']['input']>;
  /** An indicator of annexe 1 that is not computable (see `Indicator.computable`). */
  indicatorId: Scalars['ID']['input'];
  /** `2026` for a year or `2026-T2` for a quarter, begun by today. */
  period: Scalars['String']['input'];
  /** The provider's own date of the figure: not in the future, not before the period began. */
  referenceDate: Scalars['Date']['input'];
  /** The SIAE kind, when the indicator is broken down by kind. */
  siaeKind?: InputMaybe<SiaeKind>;
  /** Where it comes from (300 characters at most). */
  source: Scalars['String']['input'];
  /** A count (integer ≥ 0), a percentage (0-100), hours (≥ 0), or 1 (oui) / 0 (non). */
  value: Scalars['Float']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The accord régional, its term, signatories and résiliation (articles 4 to 6). */
  accord: Accord;
  /** The presentations of the accord recorded by the caller's CDIAE, newest first (at most 200). */
  accordPresentations: Array<AccordPresentation>;
  /** Avenants to the accord, newest first. */
  amendments: Array<Amendment>;
  /**
   * The inbox of the caller's CDIAE (issue 18 §5): the minutes the CTA of its département sent to it, and the comité de
   * pilotage's minutes, newest first (by the day received), page by page. The CDIAE only: its own département.
   */
  cdiaeInbox: CdiaeInboxConnection;
  /** Per CTA (of a département when given), the quarters of `year` without a meeting and the year-end meeting with the SIAE heads (fiche 8). */
  ctaMeetingsDue: Array<CtaMeetingsDue>;
  /** The CTA, of a département when given. */
  ctas: Array<Cta>;
  /** A computable indicator quarter by quarter (the last `quarters` quarters, 8 by default, at most 20), for charts. */
  indicatorTrend: IndicatorTrend;
  /**
   * Every indicator of the accord, with its figures over the period for the caller's scope: a SIAE its own, an agence
   * its territory, both unmasked; the comité, the État and API clients the whole region, counts below 5 masked.
   */
  indicators: Array<Indicator>;
  /** Figures provided for the indicators the platform does not compute, newest first (at most 500). */
  providedIndicatorFigures: Array<ProvidedIndicatorFigure>;
  /** The feuille de route of `year`, by fiche. */
  roadmap: Array<RoadmapAction>;
  /** Meetings of the comité de pilotage (of `year` when given), newest first. */
  steeringMeetings: Array<SteeringMeeting>;
  /** How many meetings of the comité are missing in `year` to reach the 2 a year of article 3 (0 when enough). */
  steeringMeetingsShortfall: Scalars['Int']['output'];
  /** The organisations that may sit in a working group, by name. */
  workingGroupMemberCandidates: Array<WorkingGroupMember>;
  /** The working groups of the comité, by name. */
  workingGroups: Array<WorkingGroup>;
};


export type QueryCdiaeInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCtaMeetingsDueArgs = {
  departement?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryCtasArgs = {
  departement?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIndicatorTrendArgs = {
  departement?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  quarters?: InputMaybe<Scalars['Int']['input']>;
  siaeKind?: InputMaybe<SiaeKind>;
};


export type QueryIndicatorsArgs = {
  filter?: InputMaybe<IndicatorFilter>;
};


export type QueryProvidedIndicatorFiguresArgs = {
  filter?: InputMaybe<ProvidedFiguresFilter>;
};


export type QueryRoadmapArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySteeringMeetingsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySteeringMeetingsShortfallArgs = {
  year: Scalars['Int']['input'];
};

/** A résiliation request (the server sets its date of receipt: no date is accepted here). */
export type RequestAccordTerminationInput = {
  /** The failings invoked (article 6: « en cas de manquement à tout ou partie du présent accord »). */
  reason: Scalars['String']['input'];
  /** The signatory asking for it. */
  signatoryId: Scalars['ID']['input'];
};

/** An action of the feuille de route annuelle set by the comité de pilotage (article 3; annexe 3 for 2017). */
export type RoadmapAction = {
  __typename?: 'RoadmapAction';
  /** What is to be done. */
  action: Scalars['String']['output'];
  /** When it is due, as the roadmap says it (e.g. « premier trimestre 2017 »). */
  duePeriod: Scalars['String']['output'];
  /** The fiche action (1-8) it serves, when one. */
  fiche?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier of the action. */
  id: Scalars['ID']['output'];
  /** Who carries it (signataire, groupe de travail…). */
  owner: Scalars['String']['output'];
  /** Where the action stands. */
  status: RoadmapStatus;
  /** French label of the status. */
  statusLabel: Scalars['String']['output'];
  /** When it was last changed (set by the server). */
  updatedAt: Scalars['DateTime']['output'];
  /** The year of the feuille de route. */
  year: Scalars['Int']['output'];
};

/** An action of the feuille de route (with its id to update one). */
export type RoadmapActionInput = {
  /** What is to be done. */
  action: Scalars['String']['input'];
  /** When it is due, in words. */
  duePeriod: Scalars['String']['input'];
  /** The fiche action (1-8) it serves, if any. */
  fiche?: InputMaybe<Scalars['Int']['input']>;
  /** The action to update; a new action when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Who carries it. */
  owner: Scalars['String']['input'];
  /** PLANNED when omitted for a new action; unchanged when omitted for an update. */
  status?: InputMaybe<RoadmapStatus>;
  /** The year of the feuille de route. */
  year: Scalars['Int']['input'];
};

/** Where an action of the feuille de route stands. */
export type RoadmapStatus =
  /** Done. */
  | 'DONE'
  /** Dropped. */
  | 'DROPPED'
  /** In progress. */
  | 'IN_PROGRESS'
  /** Planned. */
  | 'PLANNED';

export type SiaeKind =
  | 'ACI'
  | 'AI'
  | 'EI'
  | 'EITI'
  | 'ETTI';

/**
 * A meeting of the regional comité de pilotage (accord, article 3): "au moins 2 fois par an"; its agenda and documents
 * "transmis au plus tard 10 jours avant les dates fixées"; minutes sent to each participant.
 */
export type SteeringMeeting = {
  __typename?: 'SteeringMeeting';
  /** Its agenda. */
  agenda: Scalars['String']['output'];
  /** When it was recorded on the platform (set by the server). */
  createdAt: Scalars['DateTime']['output'];
  /**
   * Documents sent at least 10 days before the meeting (article 3). False when sent later, or when not sent and that
   * limit has passed; null when not sent yet and still possible in time.
   */
  documentsOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** The day the documents were sent to the members. */
  documentsSentOn?: Maybe<Scalars['Date']['output']>;
  /** Called by a résiliation request (article 6: « un comité de pilotage extraordinaire est réuni »). */
  extraordinary: Scalars['Boolean']['output'];
  /** The day of the meeting. */
  heldOn: Scalars['Date']['output'];
  /** Stable identifier of the meeting. */
  id: Scalars['ID']['output'];
  /** Its minutes, once held. */
  minutes?: Maybe<Scalars['String']['output']>;
  /** The working groups' proposals on its agenda (article 3). */
  proposals: Array<WorkingGroupProposal>;
};

/** A meeting of the comité de pilotage (with its id to complete or correct one). */
export type SteeringMeetingInput = {
  /** The agenda. */
  agenda: Scalars['String']['input'];
  /** The day the documents were sent (not after the meeting, not in the future). */
  documentsSentOn?: InputMaybe<Scalars['Date']['input']>;
  /** The day of the meeting (past, or planned). */
  heldOn: Scalars['Date']['input'];
  /** The meeting to complete or correct (its documents sent, its minutes once held); a new meeting when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Minutes, once the meeting was held. */
  minutes?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A working group of the comité de pilotage (accord, article 3: « il approfondi certaines thématiques dans le cadre de
 * groupes de travail, lesquels lui rendent compte de leurs travaux »; fiche 6: the group on training).
 */
export type WorkingGroup = {
  __typename?: 'WorkingGroup';
  /** When it was created (set by the server). */
  createdAt: Scalars['DateTime']['output'];
  /** The fiche action (1-8) it serves, when one. */
  fiche?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier of the group. */
  id: Scalars['ID']['output'];
  /** Its meetings, newest first. */
  meetings: Array<WorkingGroupMeeting>;
  /** Its member organisations, by name. */
  members: Array<WorkingGroupMember>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its proposals to the comité, newest first. */
  proposals: Array<WorkingGroupProposal>;
  /** The theme it works on. */
  theme: Scalars['String']['output'];
};

/** A working group to create. */
export type WorkingGroupInput = {
  /** The fiche action (1-8) it serves, if any. */
  fiche?: InputMaybe<Scalars['Int']['input']>;
  /** Its member organisations (from `workingGroupMemberCandidates`). */
  memberIds: Array<Scalars['ID']['input']>;
  /** Its name. */
  name: Scalars['String']['input'];
  /** Its theme. */
  theme: Scalars['String']['input'];
};

/** A meeting of a working group, reported once held. */
export type WorkingGroupMeeting = {
  __typename?: 'WorkingGroupMeeting';
  /** The day it was held (not in the future). */
  heldOn: Scalars['Date']['output'];
  /** Stable identifier of the meeting. */
  id: Scalars['ID']['output'];
  /** What was worked on and decided. */
  summary: Scalars['String']['output'];
};

/** A meeting of a working group, once held. */
export type WorkingGroupMeetingInput = {
  /** The group. */
  groupId: Scalars['ID']['input'];
  /** The day it was held (not in the future). */
  heldOn: Scalars['Date']['input'];
  /** What was worked on and decided. */
  summary: Scalars['String']['input'];
};

/** An organisation of the platform that may sit in a working group (the comité, services of the État, agences). */
export type WorkingGroupMember = {
  __typename?: 'WorkingGroupMember';
  /** French label of its kind (Comité de pilotage, Service de l'État, Agence Pôle emploi). */
  kindLabel: Scalars['String']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** The organisation's identifier. */
  organisationId: Scalars['ID']['output'];
};

/** A proposal of a working group to the comité de pilotage (article 3: the groups « lui rendent compte »). */
export type WorkingGroupProposal = {
  __typename?: 'WorkingGroupProposal';
  /** The group that made it. */
  groupName: Scalars['String']['output'];
  /** Stable identifier of the proposal. */
  id: Scalars['ID']['output'];
  /**
   * The comité meeting whose agenda it is on: the first held at least 10 days after its submission, when its documents
   * can still be sent in time (article 3); null while none is planned that late.
   */
  steeringMeeting?: Maybe<SteeringMeeting>;
  /** The day it was submitted (set by the server). */
  submittedOn: Scalars['Date']['output'];
  /** What it proposes. */
  summary: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A proposal of a working group to the comité (its day of submission is the server's). */
export type WorkingGroupProposalInput = {
  /** The group. */
  groupId: Scalars['ID']['input'];
  /** What it proposes. */
  summary: Scalars['String']['input'];
  /** Its title. */
  title: Scalars['String']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Cta: Cta;
  EmploymentArea: EmploymentArea;
  PendingWork: PendingWork;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Cta:
    ( { __typename: 'Cta' }
    & GraphQLRecursivePick<FederationTypes['Cta'], {"id":true}> );
  EmploymentArea:
    ( { __typename: 'EmploymentArea' }
    & GraphQLRecursivePick<FederationTypes['EmploymentArea'], {"id":true}> );
  PendingWork:
    ( { __typename: 'PendingWork' }
    & GraphQLRecursivePick<FederationTypes['PendingWork'], {"viewerId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Accord: ResolverTypeWrapper<AccordResult>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccordParty: AccordParty;
  AccordPresentation: ResolverTypeWrapper<AccordPresentationRow>;
  AccordSignatory: ResolverTypeWrapper<AccordSignatoryRow>;
  AccordState: AccordState;
  AccordTermination: ResolverTypeWrapper<AccordTerminationRow>;
  Agency: ResolverTypeWrapper<EntityRef>;
  Amendment: ResolverTypeWrapper<AmendmentRow>;
  AmendmentInput: AmendmentInput;
  CdiaeInboxConnection: ResolverTypeWrapper<Omit<CdiaeInboxConnection, 'edges'> & { edges: Array<ResolversTypes['CdiaeInboxEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CdiaeInboxEdge: ResolverTypeWrapper<Omit<CdiaeInboxEdge, 'node'> & { node: ResolversTypes['CdiaeInboxItem'] }>;
  CdiaeInboxItem: ResolverTypeWrapper<CdiaeInboxItemRow>;
  CdiaeInboxItemKind: CdiaeInboxItemKind;
  Cta: ResolverTypeWrapper<CtaRow>;
  CtaMeeting: ResolverTypeWrapper<CtaMeetingRow>;
  CtaMeetingInput: CtaMeetingInput;
  CtaMeetingsDue: ResolverTypeWrapper<CtaMeetingsDueRow>;
  CtaQuarter: ResolverTypeWrapper<CtaQuarter>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Departement: ResolverTypeWrapper<DepartementRef>;
  EmploymentArea: ResolverTypeWrapper<EntityRef>;
  Indicator: ResolverTypeWrapper<IndicatorResult>;
  IndicatorCellState: IndicatorCellState;
  IndicatorDimension: IndicatorDimension;
  IndicatorFilter: IndicatorFilter;
  IndicatorRow: ResolverTypeWrapper<IndicatorRowResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorTable: ResolverTypeWrapper<IndicatorTableResult>;
  IndicatorTrend: ResolverTypeWrapper<IndicatorTrendResult>;
  IndicatorTrendPoint: ResolverTypeWrapper<IndicatorTrendPointResult>;
  IndicatorUnit: IndicatorUnit;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PendingWork: ResolverTypeWrapper<PendingWork>;
  PendingWorkItem: ResolverTypeWrapper<PendingWorkItem>;
  PendingWorkKind: PendingWorkKind;
  ProvidedFiguresFilter: ProvidedFiguresFilter;
  ProvidedFiguresImport: ResolverTypeWrapper<Omit<ProvidedFiguresImport, 'figures'> & { figures: Array<ResolversTypes['ProvidedIndicatorFigure']> }>;
  ProvidedIndicatorFigure: ResolverTypeWrapper<ProvidedFigureRow>;
  ProvidedIndicatorFigureInput: ProvidedIndicatorFigureInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestAccordTerminationInput: RequestAccordTerminationInput;
  RoadmapAction: ResolverTypeWrapper<RoadmapActionRow>;
  RoadmapActionInput: RoadmapActionInput;
  RoadmapStatus: RoadmapStatus;
  SiaeKind: SiaeKind;
  SteeringMeeting: ResolverTypeWrapper<SteeringMeetingRow>;
  SteeringMeetingInput: SteeringMeetingInput;
  WorkingGroup: ResolverTypeWrapper<WorkingGroupRow>;
  WorkingGroupInput: WorkingGroupInput;
  WorkingGroupMeeting: ResolverTypeWrapper<WorkingGroupMeetingRow>;
  WorkingGroupMeetingInput: WorkingGroupMeetingInput;
  WorkingGroupMember: ResolverTypeWrapper<WorkingGroupMemberResult>;
  WorkingGroupProposal: ResolverTypeWrapper<WorkingGroupProposalRow>;
  WorkingGroupProposalInput: WorkingGroupProposalInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Accord: AccordResult;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  AccordPresentation: AccordPresentationRow;
  AccordSignatory: AccordSignatoryRow;
  AccordTermination: AccordTerminationRow;
  Agency: EntityRef;
  Amendment: AmendmentRow;
  AmendmentInput: AmendmentInput;
  CdiaeInboxConnection: Omit<CdiaeInboxConnection, 'edges'> & { edges: Array<ResolversParentTypes['CdiaeInboxEdge']> };
  Int: Scalars['Int']['output'];
  CdiaeInboxEdge: Omit<CdiaeInboxEdge, 'node'> & { node: ResolversParentTypes['CdiaeInboxItem'] };
  CdiaeInboxItem: CdiaeInboxItemRow;
  Cta: CtaRow;
  CtaMeeting: CtaMeetingRow;
  CtaMeetingInput: CtaMeetingInput;
  CtaMeetingsDue: CtaMeetingsDueRow;
  CtaQuarter: CtaQuarter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Departement: DepartementRef;
  EmploymentArea: EntityRef;
  Indicator: IndicatorResult;
  IndicatorFilter: IndicatorFilter;
  IndicatorRow: IndicatorRowResult;
  Float: Scalars['Float']['output'];
  IndicatorTable: IndicatorTableResult;
  IndicatorTrend: IndicatorTrendResult;
  IndicatorTrendPoint: IndicatorTrendPointResult;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PendingWork: PendingWork | FederationReferenceTypes['PendingWork'];
  PendingWorkItem: PendingWorkItem;
  ProvidedFiguresFilter: ProvidedFiguresFilter;
  ProvidedFiguresImport: Omit<ProvidedFiguresImport, 'figures'> & { figures: Array<ResolversParentTypes['ProvidedIndicatorFigure']> };
  ProvidedIndicatorFigure: ProvidedFigureRow;
  ProvidedIndicatorFigureInput: ProvidedIndicatorFigureInput;
  Query: Record<PropertyKey, never>;
  RequestAccordTerminationInput: RequestAccordTerminationInput;
  RoadmapAction: RoadmapActionRow;
  RoadmapActionInput: RoadmapActionInput;
  SteeringMeeting: SteeringMeetingRow;
  SteeringMeetingInput: SteeringMeetingInput;
  WorkingGroup: WorkingGroupRow;
  WorkingGroupInput: WorkingGroupInput;
  WorkingGroupMeeting: WorkingGroupMeetingRow;
  WorkingGroupMeetingInput: WorkingGroupMeetingInput;
  WorkingGroupMember: WorkingGroupMemberResult;
  WorkingGroupProposal: WorkingGroupProposalRow;
  WorkingGroupProposalInput: WorkingGroupProposalInput;
}>;

export type AccordResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Accord'] = ResolversParentTypes['Accord']> = ResolversObject<{
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initialEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  mayRequestTermination?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['AccordSignatory']>, ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AccordState'], ParentType, ContextType>;
  stateLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  termEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  termination?: Resolver<Maybe<ResolversTypes['AccordTermination']>, ParentType, ContextType>;
  terminations?: Resolver<Array<ResolversTypes['AccordTermination']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccordPresentationResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['AccordPresentation'] = ResolversParentTypes['AccordPresentation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  presentedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AccordSignatoryResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['AccordSignatory'] = ResolversParentTypes['AccordSignatory']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mayActFor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['AccordParty'], ParentType, ContextType>;
  representedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccordTerminationResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['AccordTermination'] = ResolversParentTypes['AccordTermination']> = ResolversObject<{
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  extraordinaryMeeting?: Resolver<Maybe<ResolversTypes['SteeringMeeting']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mayWithdraw?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  noticeEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['AccordSignatory'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type AgencyResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AmendmentResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Amendment'] = ResolversParentTypes['Amendment']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  extendsTermTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CdiaeInboxConnectionResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['CdiaeInboxConnection'] = ResolversParentTypes['CdiaeInboxConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CdiaeInboxEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CdiaeInboxEdgeResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['CdiaeInboxEdge'] = ResolversParentTypes['CdiaeInboxEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CdiaeInboxItem'], ParentType, ContextType>;
}>;

export type CdiaeInboxItemResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['CdiaeInboxItem'] = ResolversParentTypes['CdiaeInboxItem']> = ResolversObject<{
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CdiaeInboxItemKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CtaResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Cta'] = ResolversParentTypes['Cta'], FederationReferenceType extends FederationReferenceTypes['Cta'] = FederationReferenceTypes['Cta']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cta']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employmentArea?: Resolver<ResolversTypes['EmploymentArea'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledBy?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['CtaMeeting']>, ParentType, ContextType, Partial<CtaMeetingsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CtaMeetingResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['CtaMeeting'] = ResolversParentTypes['CtaMeeting']> = ResolversObject<{
  agenda?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cta?: Resolver<ResolversTypes['Cta'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  minutesSentToCdiaeOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siaeHeadsInvited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CtaMeetingsDueResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['CtaMeetingsDue'] = ResolversParentTypes['CtaMeetingsDue']> = ResolversObject<{
  compliant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cta?: Resolver<ResolversTypes['Cta'], ParentType, ContextType>;
  missingQuarters?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  quarters?: Resolver<Array<ResolversTypes['CtaQuarter']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearEndMeetingWithSiaeHeads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CtaQuarterResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['CtaQuarter'] = ResolversParentTypes['CtaQuarter']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  over?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartementResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Departement'] = ResolversParentTypes['Departement']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EmploymentAreaResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['EmploymentArea'] = ResolversParentTypes['EmploymentArea'], FederationReferenceType extends FederationReferenceTypes['EmploymentArea'] = FederationReferenceTypes['EmploymentArea']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentArea']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cta?: Resolver<Maybe<ResolversTypes['Cta']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  computable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  computedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['IndicatorDimension']>, ParentType, ContextType>;
  fiche?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inAnnex1?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providedFigures?: Resolver<Array<ResolversTypes['ProvidedIndicatorFigure']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['IndicatorRow']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  starred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['IndicatorTable'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
}>;

export type IndicatorRowResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['IndicatorRow'] = ResolversParentTypes['IndicatorRow']> = ResolversObject<{
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  people?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  siaeKind?: Resolver<Maybe<ResolversTypes['SiaeKind']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type IndicatorTableResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['IndicatorTable'] = ResolversParentTypes['IndicatorTable']> = ResolversObject<{
  departements?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  people?: Resolver<Maybe<Array<Array<Maybe<ResolversTypes['Int']>>>>, ParentType, ContextType>;
  siaeKinds?: Resolver<Array<ResolversTypes['SiaeKind']>, ParentType, ContextType>;
  states?: Resolver<Array<Array<ResolversTypes['IndicatorCellState']>>, ParentType, ContextType>;
  values?: Resolver<Array<Array<Maybe<ResolversTypes['Float']>>>, ParentType, ContextType>;
}>;

export type IndicatorTrendResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['IndicatorTrend'] = ResolversParentTypes['IndicatorTrend']> = ResolversObject<{
  departement?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['IndicatorTrendPoint']>, ParentType, ContextType>;
  siaeKind?: Resolver<Maybe<ResolversTypes['SiaeKind']>, ParentType, ContextType>;
}>;

export type IndicatorTrendPointResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['IndicatorTrendPoint'] = ResolversParentTypes['IndicatorTrendPoint']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  people?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createWorkingGroup?: Resolver<ResolversTypes['WorkingGroup'], ParentType, ContextType, RequireFields<MutationCreateWorkingGroupArgs, 'input'>>;
  importProvidedIndicatorFigures?: Resolver<ResolversTypes['ProvidedFiguresImport'], ParentType, ContextType, RequireFields<MutationImportProvidedIndicatorFiguresArgs, 'csv'>>;
  markCdiaeInboxItemRead?: Resolver<ResolversTypes['CdiaeInboxItem'], ParentType, ContextType, RequireFields<MutationMarkCdiaeInboxItemReadArgs, 'id'>>;
  recordAccordPresentation?: Resolver<ResolversTypes['AccordPresentation'], ParentType, ContextType, RequireFields<MutationRecordAccordPresentationArgs, 'presentedOn'>>;
  recordAmendment?: Resolver<ResolversTypes['Amendment'], ParentType, ContextType, RequireFields<MutationRecordAmendmentArgs, 'input'>>;
  recordCtaMeeting?: Resolver<ResolversTypes['CtaMeeting'], ParentType, ContextType, RequireFields<MutationRecordCtaMeetingArgs, 'input'>>;
  recordProvidedIndicatorFigure?: Resolver<ResolversTypes['ProvidedIndicatorFigure'], ParentType, ContextType, RequireFields<MutationRecordProvidedIndicatorFigureArgs, 'input'>>;
  recordSteeringMeeting?: Resolver<ResolversTypes['SteeringMeeting'], ParentType, ContextType, RequireFields<MutationRecordSteeringMeetingArgs, 'input'>>;
  recordWorkingGroupMeeting?: Resolver<ResolversTypes['WorkingGroupMeeting'], ParentType, ContextType, RequireFields<MutationRecordWorkingGroupMeetingArgs, 'input'>>;
  requestAccordTermination?: Resolver<ResolversTypes['AccordTermination'], ParentType, ContextType, RequireFields<MutationRequestAccordTerminationArgs, 'input'>>;
  saveRoadmapAction?: Resolver<ResolversTypes['RoadmapAction'], ParentType, ContextType, RequireFields<MutationSaveRoadmapActionArgs, 'input'>>;
  sendCtaMinutesToCdiae?: Resolver<ResolversTypes['CtaMeeting'], ParentType, ContextType, RequireFields<MutationSendCtaMinutesToCdiaeArgs, 'id' | 'on'>>;
  submitWorkingGroupProposal?: Resolver<ResolversTypes['WorkingGroupProposal'], ParentType, ContextType, RequireFields<MutationSubmitWorkingGroupProposalArgs, 'input'>>;
  withdrawAccordTermination?: Resolver<ResolversTypes['AccordTermination'], ParentType, ContextType, RequireFields<MutationWithdrawAccordTerminationArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PendingWorkResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['PendingWork'] = ResolversParentTypes['PendingWork'], FederationReferenceType extends FederationReferenceTypes['PendingWork'] = FederationReferenceTypes['PendingWork']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PendingWork']> | FederationReferenceType, FederationReferenceType, ContextType>;
  pilotageItems?: Resolver<Maybe<Array<ResolversTypes['PendingWorkItem']>>, ParentType, ContextType>;
  viewerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PendingWorkItemResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['PendingWorkItem'] = ResolversParentTypes['PendingWorkItem']> = ResolversObject<{
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysLeftInWorkingDays?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PendingWorkKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProvidedFiguresImportResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['ProvidedFiguresImport'] = ResolversParentTypes['ProvidedFiguresImport']> = ResolversObject<{
  figures?: Resolver<Array<ResolversTypes['ProvidedIndicatorFigure']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProvidedIndicatorFigureResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['ProvidedIndicatorFigure'] = ResolversParentTypes['ProvidedIndicatorFigure']> = ResolversObject<{
  departement?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType>;
  enteredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  siaeKind?: Resolver<Maybe<ResolversTypes['SiaeKind']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viaImport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accord?: Resolver<ResolversTypes['Accord'], ParentType, ContextType>;
  accordPresentations?: Resolver<Array<ResolversTypes['AccordPresentation']>, ParentType, ContextType>;
  amendments?: Resolver<Array<ResolversTypes['Amendment']>, ParentType, ContextType>;
  cdiaeInbox?: Resolver<ResolversTypes['CdiaeInboxConnection'], ParentType, ContextType, Partial<QueryCdiaeInboxArgs>>;
  ctaMeetingsDue?: Resolver<Array<ResolversTypes['CtaMeetingsDue']>, ParentType, ContextType, RequireFields<QueryCtaMeetingsDueArgs, 'year'>>;
  ctas?: Resolver<Array<ResolversTypes['Cta']>, ParentType, ContextType, Partial<QueryCtasArgs>>;
  indicatorTrend?: Resolver<ResolversTypes['IndicatorTrend'], ParentType, ContextType, RequireFields<QueryIndicatorTrendArgs, 'id'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  providedIndicatorFigures?: Resolver<Array<ResolversTypes['ProvidedIndicatorFigure']>, ParentType, ContextType, Partial<QueryProvidedIndicatorFiguresArgs>>;
  roadmap?: Resolver<Array<ResolversTypes['RoadmapAction']>, ParentType, ContextType, RequireFields<QueryRoadmapArgs, 'year'>>;
  steeringMeetings?: Resolver<Array<ResolversTypes['SteeringMeeting']>, ParentType, ContextType, Partial<QuerySteeringMeetingsArgs>>;
  steeringMeetingsShortfall?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<QuerySteeringMeetingsShortfallArgs, 'year'>>;
  workingGroupMemberCandidates?: Resolver<Array<ResolversTypes['WorkingGroupMember']>, ParentType, ContextType>;
  workingGroups?: Resolver<Array<ResolversTypes['WorkingGroup']>, ParentType, ContextType>;
}>;

export type RoadmapActionResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['RoadmapAction'] = ResolversParentTypes['RoadmapAction']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duePeriod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiche?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RoadmapStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SteeringMeetingResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['SteeringMeeting'] = ResolversParentTypes['SteeringMeeting']> = ResolversObject<{
  agenda?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentsOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  documentsSentOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  extraordinary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['WorkingGroupProposal']>, ParentType, ContextType>;
}>;

export type WorkingGroupResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['WorkingGroup'] = ResolversParentTypes['WorkingGroup']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fiche?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['WorkingGroupMeeting']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['WorkingGroupMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['WorkingGroupProposal']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkingGroupMeetingResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['WorkingGroupMeeting'] = ResolversParentTypes['WorkingGroupMeeting']> = ResolversObject<{
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkingGroupMemberResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['WorkingGroupMember'] = ResolversParentTypes['WorkingGroupMember']> = ResolversObject<{
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkingGroupProposalResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['WorkingGroupProposal'] = ResolversParentTypes['WorkingGroupProposal']> = ResolversObject<{
  groupName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  steeringMeeting?: Resolver<Maybe<ResolversTypes['SteeringMeeting']>, ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PilotageContext> = ResolversObject<{
  Accord?: AccordResolvers<ContextType>;
  AccordPresentation?: AccordPresentationResolvers<ContextType>;
  AccordSignatory?: AccordSignatoryResolvers<ContextType>;
  AccordTermination?: AccordTerminationResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Amendment?: AmendmentResolvers<ContextType>;
  CdiaeInboxConnection?: CdiaeInboxConnectionResolvers<ContextType>;
  CdiaeInboxEdge?: CdiaeInboxEdgeResolvers<ContextType>;
  CdiaeInboxItem?: CdiaeInboxItemResolvers<ContextType>;
  Cta?: CtaResolvers<ContextType>;
  CtaMeeting?: CtaMeetingResolvers<ContextType>;
  CtaMeetingsDue?: CtaMeetingsDueResolvers<ContextType>;
  CtaQuarter?: CtaQuarterResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Departement?: DepartementResolvers<ContextType>;
  EmploymentArea?: EmploymentAreaResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorRow?: IndicatorRowResolvers<ContextType>;
  IndicatorTable?: IndicatorTableResolvers<ContextType>;
  IndicatorTrend?: IndicatorTrendResolvers<ContextType>;
  IndicatorTrendPoint?: IndicatorTrendPointResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PendingWork?: PendingWorkResolvers<ContextType>;
  PendingWorkItem?: PendingWorkItemResolvers<ContextType>;
  ProvidedFiguresImport?: ProvidedFiguresImportResolvers<ContextType>;
  ProvidedIndicatorFigure?: ProvidedIndicatorFigureResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoadmapAction?: RoadmapActionResolvers<ContextType>;
  SteeringMeeting?: SteeringMeetingResolvers<ContextType>;
  WorkingGroup?: WorkingGroupResolvers<ContextType>;
  WorkingGroupMeeting?: WorkingGroupMeetingResolvers<ContextType>;
  WorkingGroupMember?: WorkingGroupMemberResolvers<ContextType>;
  WorkingGroupProposal?: WorkingGroupProposalResolvers<ContextType>;
}>;

