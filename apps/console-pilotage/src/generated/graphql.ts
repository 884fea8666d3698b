/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which side of the accord a signatory is. */
export type AccordParty =
  /** A réseau of the insertion par l'activité économique. */
  | 'IAE_NETWORK'
  /** Pôle emploi (direction régionale). */
  | 'POLE_EMPLOI'
  /** The État (préfet de région). */
  | 'STATE';

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

/** An avenant to record (with its id to correct one). */
export type AmendmentInput = {
  /** When it prolongs the accord: its new last day (after the signature of the avenant). */
  extendsTermTo?: string | null | undefined;
  /** The avenant to correct (a typo in its title or object, a wrong date); a new avenant when omitted. */
  id?: string | number | null | undefined;
  /** The day it was signed. */
  signedOn: string;
  /** What it changes. */
  summary: string;
  /** Its title. */
  title: string;
};

/** Whether an API client's credential is accepted now. */
export type ApiClientStatus =
  /** The credential is accepted. */
  | 'ACTIVE'
  /** Past its expiry date: refused. */
  | 'EXPIRED'
  /** Revoked: refused, for good. */
  | 'REVOKED';

/** Criteria for the audit trail. */
export type AuditEventFilter = {
  /** Only this action (e.g. SIGN_IN). */
  action?: string | null | undefined;
  /** Only this agent's (user's) or API client's events. */
  actorId?: string | number | null | undefined;
  /** The agent's organisation. */
  actorOrganisationId?: string | number | null | undefined;
  /** From this instant included. */
  from?: string | null | undefined;
  /** Only the events about this person (or other object). */
  subjectId?: string | null | undefined;
  /** Until this instant excluded. */
  to?: string | null | undefined;
};

/** A new API client. */
export type CreateApiClientInput = {
  /** When its credential stops being accepted: in the future, two years at most. */
  expiresAt: string;
  /** Its own cost budget for one operation (1 to the default limit); the default limit when omitted. */
  maxCostPerOperation?: number | null | undefined;
  /** Its name, as the third party is known (120 characters at most). */
  name: string;
  /** The id of that organisation. */
  organisationId: string | number;
  /** The kind of the organisation responsible for it. */
  organisationKind: OrganisationKind;
  /** Its own rate budget, operations per minute (1 to 3000); the default when omitted. */
  requestsPerMinute?: number | null | undefined;
  /** What it may read: among the scopes of `apiClientScopeChoices` for that kind of organisation. */
  scopes: Array<string>;
};

/** A decision of the préfet on the habilitation of a prescripteur (accord, annexe 4 §2.1; fiche 2). */
export type HabilitationDecisionKind =
  /** The organisation is habilitée for a period. */
  | 'GRANT'
  /** The habilitation in effect is extended by a new period, without a gap. */
  | 'RENEWAL'
  /** The habilitation is withdrawn from the decision day on, with a reason. */
  | 'WITHDRAWAL';

/** Where a prescriber organisation stands with its habilitation on a day. */
export type HabilitationStatus =
  /** Habilitée that day. */
  | 'HABILITATED'
  /** Its habilitation has ended. */
  | 'LAPSED'
  /** Never habilitée (or a prescripteur de droit, who needs none). */
  | 'NEVER'
  /** Habilitée from a later day. */
  | 'UPCOMING'
  /** Its habilitation was withdrawn. */
  | 'WITHDRAWN';

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
  departement?: string | number | null | undefined;
  /** First day of the period; 1 January of the year of `to` when omitted. */
  from?: string | null | undefined;
  /** Applies to the indicators broken down by SIAE kind. */
  siaeKind?: SiaeKind | null | undefined;
  /** Last day of the period; today when omitted or later (figures are never counted in the future). */
  to?: string | null | undefined;
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

/** How the e-mails of one kind of notification reach the user (the in-app notification is always kept). */
export type NotificationDelivery =
  /** One e-mail a day, from 7 a.m. (French time), listing the notifications of every kind so chosen since the last one. */
  | 'DAILY_DIGEST'
  /** One e-mail for each notification, as it happens (the default). */
  | 'IMMEDIATE'
  /** No e-mail. */
  | 'OFF';

/** What a notification is about (issue 14 §3): one kind per event someone must hear about. */
export type NotificationKind =
  /** The agence granted a demande d'agrément (annexe 4 §2.2.2). */
  | 'APPROVAL_REQUEST_GRANTED'
  /** The agence refused a demande d'agrément, with a reason (annexe 4 §2.2.3). */
  | 'APPROVAL_REQUEST_REFUSED'
  /** No answer by the deadline: the agrément is acquired (annexe 4 §2.2.2). */
  | 'APPROVAL_REQUEST_TACITLY_GRANTED'
  /** The other party signed a convention de coopération locale; it waits for yours (accord, article 2). */
  | 'COOPERATION_AGREEMENT_TO_SIGN'
  /** A demande d'agrément's decision deadline is the next working day (annexe 4 §2.2.2). */
  | 'DECISION_DEADLINE_TOMORROW'
  /** The bilan of the tripartite interview was sent to the prescripteur (fiche 7). */
  | 'EXIT_BILAN_SENT'
  /** An employee's tripartite interview is due (fiche 7). */
  | 'EXIT_INTERVIEW_DUE'
  /** The SIAE accepted a person the prescripteur prescribed (fiche 4). */
  | 'PRESCRIPTION_ACCEPTED'
  /** The SIAE refused a person the prescripteur prescribed, with a reason (fiche 4). */
  | 'PRESCRIPTION_REFUSED'
  /** A prescripteur addressed a fiche navette to the SIAE (fiche 4). */
  | 'PRESCRIPTION_SENT';

/** Kinds of organisation a user belongs to. */
export type OrganisationKind =
  /** An agence Pôle emploi. */
  | 'AGENCY'
  /** A prescriber organisation. */
  | 'PRESCRIBER_ORGANIZATION'
  /** A SIAE. */
  | 'SIAE'
  /** A service of the État (DDETS, DREETS). */
  | 'STATE_SERVICE'
  /** The comité de pilotage. */
  | 'STEERING_COMMITTEE';

/** Who oriented the person, as the comité de pilotage counts it (fiche 4: candidats orientés par Pôle emploi). */
export type OrientationOriginKind =
  /** Another organisation receiving the public, not allowed to prescribe (a CCAS or an association not habilité). */
  | 'OTHER'
  /** An agence Pôle emploi, or a prescripteur of kind Pôle emploi. */
  | 'POLE_EMPLOI'
  /** A prescripteur de droit or habilité (other than Pôle emploi). */
  | 'PRESCRIBER'
  /** A SIAE. */
  | 'SIAE';

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
  /** Comité, État: an action of a past year's feuille de route neither done nor dropped. */
  | 'ROADMAP_ACTION_LATE'
  /** Comité, État: documents of a meeting to send 10 days before it (article 3). */
  | 'STEERING_DOCUMENTS_DUE'
  /** Comité, État: fewer than 2 meetings of the comité this year (article 3). */
  | 'STEERING_MEETINGS_DUE'
  /** SIAE: a suspension ending within 15 days. */
  | 'SUSPENSION_ENDING';

/** A résiliation request (the server sets its date of receipt: no date is accepted here). */
export type RequestAccordTerminationInput = {
  /** The failings invoked (article 6: « en cas de manquement à tout ou partie du présent accord »). */
  reason: string;
  /** The signatory asking for it. */
  signatoryId: string | number;
};

/** An action of the feuille de route (with its id to update one). */
export type RoadmapActionInput = {
  /** What is to be done. */
  action: string;
  /** When it is due, in words. */
  duePeriod: string;
  /** The fiche action (1-8) it serves, if any. */
  fiche?: number | null | undefined;
  /** The action to update; a new action when omitted. */
  id?: string | number | null | undefined;
  /** Who carries it. */
  owner: string;
  /** PLANNED when omitted for a new action; unchanged when omitted for an update. */
  status?: RoadmapStatus | null | undefined;
  /** The year of the feuille de route. */
  year: number;
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

/** What a member of an organisation may do (see docs/security.md). */
export type Role =
  /** Platform administrator */
  | 'ADMIN'
  /** Agence Pôle emploi */
  | 'AGENCY'
  /** Prescripteur (de droit or habilité) */
  | 'PRESCRIBER'
  /** Member of a SIAE. */
  | 'SIAE'
  /** Service de l'État */
  | 'STATE'
  /** Comité de pilotage */
  | 'STEERING';

/** The five kinds of SIAE (structures d'insertion par l'activité économique). */
export type SiaeKind =
  /** Atelier et chantier d'insertion */
  | 'ACI'
  /** Association intermédiaire */
  | 'AI'
  /** Entreprise d'insertion */
  | 'EI'
  /** Entreprise d'insertion par le travail indépendant */
  | 'EITI'
  /** Entreprise de travail temporaire d'insertion */
  | 'ETTI';

/** A meeting of the comité de pilotage (with its id to complete or correct one). */
export type SteeringMeetingInput = {
  /** The agenda. */
  agenda: string;
  /** The day the documents were sent (not after the meeting, not in the future). */
  documentsSentOn?: string | null | undefined;
  /** The day of the meeting (past, or planned). */
  heldOn: string;
  /** The meeting to complete or correct (its documents sent, its minutes once held); a new meeting when omitted. */
  id?: string | number | null | undefined;
  /** Minutes, once the meeting was held. */
  minutes?: string | null | undefined;
};

/** Why a reader is listed as unusual (issue 19 §2; @navette/domain unusual-reads.ts, thresholds to be confirmed by the DPO). */
export type UnusualReadReason =
  /** More reads of people within the window (60 minutes, sliding) than the threshold. */
  | 'BURST'
  /** Read at least one person with whom its organisation has no link: no record of the person (the person recorded, a diagnosis, a prescription, an orientation, a demande d'agrément, an agrément, a contract) names it. */
  | 'OUTSIDE_USUAL_FLOW';

/** A working group to create. */
export type WorkingGroupInput = {
  /** The fiche action (1-8) it serves, if any. */
  fiche?: number | null | undefined;
  /** Its member organisations (from `workingGroupMemberCandidates`). */
  memberIds: Array<string | number>;
  /** Its name. */
  name: string;
  /** Its theme. */
  theme: string;
};

/** A meeting of a working group, once held. */
export type WorkingGroupMeetingInput = {
  /** The group. */
  groupId: string | number;
  /** The day it was held (not in the future). */
  heldOn: string;
  /** What was worked on and decided. */
  summary: string;
};

/** A proposal of a working group to the comité (its day of submission is the server's). */
export type WorkingGroupProposalInput = {
  /** The group. */
  groupId: string | number;
  /** What it proposes. */
  summary: string;
  /** Its title. */
  title: string;
};

export type AccordQueryVariables = Exact<{ [key: string]: never }>;

export type AccordQuery = {
  __typename: 'Query';
  accord: {
    __typename: 'Accord';
    id: string;
    title: string;
    signedOn: string;
    initialEndsOn: string;
    termEndsOn: string;
    endsOn: string;
    state: AccordState;
    stateLabel: string;
    mayRequestTermination: boolean;
    signatories: Array<{
      __typename: 'AccordSignatory';
      id: string;
      name: string;
      representedBy: string;
      party: AccordParty;
      mayActFor: boolean;
    }>;
    termination: {
      __typename: 'AccordTermination';
      id: string;
      reason: string;
      receivedOn: string;
      noticeEndsOn: string;
      effectiveOn: string;
      withdrawnOn: string | null;
      mayWithdraw: boolean;
      requestedBy: { __typename: 'AccordSignatory'; id: string; name: string };
      extraordinaryMeeting: { __typename: 'SteeringMeeting'; id: string; heldOn: string };
    } | null;
    terminations: Array<{
      __typename: 'AccordTermination';
      id: string;
      reason: string;
      receivedOn: string;
      noticeEndsOn: string;
      effectiveOn: string;
      withdrawnOn: string | null;
      mayWithdraw: boolean;
      requestedBy: { __typename: 'AccordSignatory'; id: string; name: string };
      extraordinaryMeeting: { __typename: 'SteeringMeeting'; id: string; heldOn: string };
    }>;
  };
};

export type RequestAccordTerminationMutationVariables = Exact<{
  input: RequestAccordTerminationInput;
}>;

export type RequestAccordTerminationMutation = {
  __typename: 'Mutation';
  requestAccordTermination: { __typename: 'AccordTermination'; id: string; noticeEndsOn: string };
};

export type WithdrawAccordTerminationMutationVariables = Exact<{
  id: string | number;
}>;

export type WithdrawAccordTerminationMutation = {
  __typename: 'Mutation';
  withdrawAccordTermination: { __typename: 'AccordTermination'; id: string; withdrawnOn: string | null };
};

export type AmendmentsQueryVariables = Exact<{ [key: string]: never }>;

export type AmendmentsQuery = {
  __typename: 'Query';
  amendments: Array<{
    __typename: 'Amendment';
    id: string;
    signedOn: string;
    title: string;
    summary: string;
    extendsTermTo: string | null;
  }>;
};

export type RecordAmendmentMutationVariables = Exact<{
  input: AmendmentInput;
}>;

export type RecordAmendmentMutation = {
  __typename: 'Mutation';
  recordAmendment: {
    __typename: 'Amendment';
    id: string;
    signedOn: string;
    title: string;
    summary: string;
    extendsTermTo: string | null;
  };
};

export type ApiClientsQueryVariables = Exact<{ [key: string]: never }>;

export type ApiClientsQuery = {
  __typename: 'Query';
  apiClients: Array<{
    __typename: 'ApiClient';
    id: string;
    name: string;
    scopes: Array<string>;
    status: ApiClientStatus;
    createdAt: string;
    expiresAt: string | null;
    revokedAt: string | null;
    secretRotatedAt: string | null;
    previousSecretValidUntil: string | null;
    lastUsedAt: string | null;
    maxCostPerOperation: number;
    requestsPerMinute: number;
    organisation: {
      __typename: 'ApiClientOrganisation';
      kind: OrganisationKind;
      id: string;
      name: string;
      departementCode: string | null;
    } | null;
    usage: Array<{ __typename: 'ApiClientDailyUsage'; day: string; calls: number }>;
  }>;
};

export type ApiClientOrganisationChoicesQueryVariables = Exact<{
  kind: OrganisationKind;
  search?: string | null | undefined;
}>;

export type ApiClientOrganisationChoicesQuery = {
  __typename: 'Query';
  apiClientOrganisationChoices: Array<{
    __typename: 'ApiClientOrganisationChoice';
    scopes: Array<string>;
    organisation: {
      __typename: 'ApiClientOrganisation';
      kind: OrganisationKind;
      id: string;
      name: string;
      departementCode: string | null;
    };
  }>;
};

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;

export type CreateApiClientMutation = {
  __typename: 'Mutation';
  createApiClient: {
    __typename: 'ApiClientCredential';
    credential: string;
    client: { __typename: 'ApiClient'; id: string; name: string };
  };
};

export type RotateApiClientSecretMutationVariables = Exact<{
  id: string | number;
}>;

export type RotateApiClientSecretMutation = {
  __typename: 'Mutation';
  rotateApiClientSecret: {
    __typename: 'ApiClientCredential';
    credential: string;
    client: { __typename: 'ApiClient'; id: string; name: string; previousSecretValidUntil: string | null };
  };
};

export type RevokeApiClientMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiClientMutation = {
  __typename: 'Mutation';
  revokeApiClient: { __typename: 'ApiClient'; id: string; status: ApiClientStatus; revokedAt: string | null };
};

export type AuditTrailQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;

export type AuditTrailQuery = {
  __typename: 'Query';
  auditEvents: {
    __typename: 'AuditEventConnection';
    edges: Array<{
      __typename: 'AuditEventEdge';
      node: {
        __typename: 'AuditEvent';
        id: string;
        occurredAt: string;
        actorKind: string;
        actorId: string | null;
        actorOrganisationId: string | null;
        client: string | null;
        action: string;
        subjectType: string | null;
        subjectId: string | null;
        fieldsRead: Array<string> | null;
        requestId: string | null;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type UnusualReadersQueryVariables = Exact<{
  from: string;
  to: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type UnusualReadersQuery = {
  __typename: 'Query';
  unusualReaders: {
    __typename: 'UnusualReaderConnection';
    burstThreshold: number;
    burstWindowMinutes: number;
    edges: Array<{
      __typename: 'UnusualReaderEdge';
      node: {
        __typename: 'UnusualReader';
        actorKind: string;
        actorId: string | null;
        actorOrganisationId: string | null;
        reads: number;
        people: number;
        peakReadsInWindow: number;
        peakAt: string;
        peopleOutsideUsualFlow: number;
        reasons: Array<UnusualReadReason>;
      };
    }>;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};

export type CtaMeetingsOfYearQueryVariables = Exact<{
  year: number;
  departement?: string | number | null | undefined;
}>;

export type CtaMeetingsOfYearQuery = {
  __typename: 'Query';
  ctaMeetingsDue: Array<{
    __typename: 'CtaMeetingsDue';
    year: number;
    missingQuarters: Array<number>;
    yearEndMeetingWithSiaeHeads: boolean;
    compliant: boolean;
    quarters: Array<{
      __typename: 'CtaQuarter';
      quarter: number;
      label: string;
      from: string;
      to: string;
      meetings: number;
      over: boolean;
    }>;
    cta: {
      __typename: 'Cta';
      id: string;
      name: string;
      employmentArea: {
        __typename: 'EmploymentArea';
        id: string;
        code: string;
        name: string;
        departement: { __typename: 'Departement'; code: string; name: string };
      };
      ledBy: { __typename: 'Agency'; id: string; name: string };
      meetings: Array<{
        __typename: 'CtaMeeting';
        id: string;
        heldOn: string;
        agenda: string;
        participants: string;
        siaeHeadsInvited: boolean;
        minutes: string | null;
        minutesSentToCdiaeOn: string | null;
      }>;
    };
  }>;
};

export type CtaDepartementsQueryVariables = Exact<{ [key: string]: never }>;

export type CtaDepartementsQuery = {
  __typename: 'Query';
  departements: Array<{ __typename: 'Departement'; code: string; name: string }>;
};

export type HabilitationRegisterQueryVariables = Exact<{
  departement: string;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type HabilitationRegisterQuery = {
  __typename: 'Query';
  habilitatedPrescribers: Array<{
    __typename: 'PrescriberOrganization';
    id: string;
    name: string;
    city: string;
    habilitation: { __typename: 'Habilitation'; startOn: string; endOn: string | null } | null;
  }>;
  prescriberOrganizations: {
    __typename: 'PrescriberOrganizationConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'PrescriberOrganizationEdge';
      node: {
        __typename: 'PrescriberOrganization';
        id: string;
        name: string;
        city: string;
        habilitationStatus: HabilitationStatus;
        habilitationStatusLabel: string;
        mayDecideHabilitation: boolean;
        habilitation: { __typename: 'Habilitation'; startOn: string; endOn: string | null } | null;
        habilitationDecisions: Array<{
          __typename: 'HabilitationDecision';
          id: string;
          kind: HabilitationDecisionKind;
          kindLabel: string;
          decidedOn: string;
          startOn: string | null;
          endOn: string | null;
          reason: string | null;
          recordedBeforeRegister: boolean;
        }> | null;
      };
    }>;
  };
};

export type HabilitationDepartementsQueryVariables = Exact<{ [key: string]: never }>;

export type HabilitationDepartementsQuery = {
  __typename: 'Query';
  viewer: {
    __typename: 'Viewer';
    id: string;
    habilitationDepartements: Array<{ __typename: 'Departement'; code: string; name: string }>;
  } | null;
};

export type GrantHabilitationMutationVariables = Exact<{
  prescriberOrganizationId: string | number;
  startOn: string;
  endOn: string;
}>;

export type GrantHabilitationMutation = {
  __typename: 'Mutation';
  grantHabilitation: { __typename: 'PrescriberOrganization'; id: string; habilitationStatus: HabilitationStatus };
};

export type RenewHabilitationMutationVariables = Exact<{
  prescriberOrganizationId: string | number;
  startOn: string;
  endOn: string;
}>;

export type RenewHabilitationMutation = {
  __typename: 'Mutation';
  renewHabilitation: { __typename: 'PrescriberOrganization'; id: string; habilitationStatus: HabilitationStatus };
};

export type WithdrawHabilitationMutationVariables = Exact<{
  prescriberOrganizationId: string | number;
  reason: string;
}>;

export type WithdrawHabilitationMutation = {
  __typename: 'Mutation';
  withdrawHabilitation: { __typename: 'PrescriberOrganization'; id: string; habilitationStatus: HabilitationStatus };
};

export type IndicatorsQueryVariables = Exact<{
  filter?: IndicatorFilter | null | undefined;
}>;

export type IndicatorsQuery = {
  __typename: 'Query';
  indicators: Array<{
    __typename: 'Indicator';
    id: string;
    label: string;
    fiche: number | null;
    reference: string;
    unit: IndicatorUnit;
    source: string;
    definition: string;
    dimensions: Array<IndicatorDimension>;
    computable: boolean;
    starred: boolean;
    inAnnex1: boolean;
    note: string | null;
    table: {
      __typename: 'IndicatorTable';
      siaeKinds: Array<SiaeKind>;
      states: Array<Array<IndicatorCellState>>;
      values: Array<Array<number | null>>;
      people: Array<Array<number | null>> | null;
      departements: Array<{ __typename: 'Departement'; code: string; name: string }>;
    };
  }>;
};

export type IndicatorTrendQueryVariables = Exact<{
  id: string | number;
  departement?: string | number | null | undefined;
  siaeKind?: SiaeKind | null | undefined;
  quarters?: number | null | undefined;
}>;

export type IndicatorTrendQuery = {
  __typename: 'Query';
  indicatorTrend: {
    __typename: 'IndicatorTrend';
    note: string | null;
    siaeKind: SiaeKind | null;
    departement: { __typename: 'Departement'; code: string; name: string } | null;
    points: Array<{
      __typename: 'IndicatorTrendPoint';
      label: string;
      from: string;
      to: string;
      inProgress: boolean;
      value: number | null;
      people: number | null;
      masked: boolean;
    }>;
  };
};

export type IndicatorDepartementsQueryVariables = Exact<{ [key: string]: never }>;

export type IndicatorDepartementsQuery = {
  __typename: 'Query';
  departements: Array<{ __typename: 'Departement'; code: string; name: string }>;
};

export type ParcoursStatisticsQueryVariables = Exact<{
  departement?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type ParcoursStatisticsQuery = {
  __typename: 'Query';
  approvalStatistics: {
    __typename: 'ApprovalStatistics';
    rows: Array<{
      __typename: 'ApprovalStatisticsRow';
      siaeKind: SiaeKind;
      requests: number | null;
      granted: number | null;
      refused: number | null;
      tacitlyGranted: number | null;
      pending: number | null;
      suspensions: number | null;
      prolongations: number | null;
      extensions: number | null;
      departement: { __typename: 'Departement'; code: string; name: string };
    }>;
    refusalsByReason: Array<{
      __typename: 'RefusalCount';
      count: number | null;
      reason: { __typename: 'Reason'; code: string; label: string };
    }>;
  };
  orientationStatistics: {
    __typename: 'OrientationStatistics';
    rows: Array<{
      __typename: 'OrientationStatisticsRow';
      originKind: OrientationOriginKind;
      originKindLabel: string;
      orientations: number | null;
      accepted: number | null;
      declined: number | null;
      departement: { __typename: 'Departement'; code: string; name: string };
    }>;
    byOrigin: Array<{
      __typename: 'OrientationOriginCount';
      originKind: OrientationOriginKind;
      originKindLabel: string;
      orientations: number | null;
    }>;
  };
};

export type ParcoursDepartementsQueryVariables = Exact<{ [key: string]: never }>;

export type ParcoursDepartementsQuery = {
  __typename: 'Query';
  departements: Array<{ __typename: 'Departement'; code: string; name: string }>;
};

export type RoadmapQueryVariables = Exact<{
  year: number;
}>;

export type RoadmapQuery = {
  __typename: 'Query';
  roadmap: Array<{
    __typename: 'RoadmapAction';
    id: string;
    year: number;
    fiche: number | null;
    action: string;
    owner: string;
    duePeriod: string;
    status: RoadmapStatus;
    statusLabel: string;
    updatedAt: string;
  }>;
};

export type SaveRoadmapActionMutationVariables = Exact<{
  input: RoadmapActionInput;
}>;

export type SaveRoadmapActionMutation = {
  __typename: 'Mutation';
  saveRoadmapAction: {
    __typename: 'RoadmapAction';
    id: string;
    year: number;
    fiche: number | null;
    action: string;
    owner: string;
    duePeriod: string;
    status: RoadmapStatus;
    statusLabel: string;
    updatedAt: string;
  };
};

export type SiaeCountsByDepartementQueryVariables = Exact<{ [key: string]: never }>;

export type SiaeCountsByDepartementQuery = {
  __typename: 'Query';
  departements: Array<{ __typename: 'Departement'; code: string; name: string }>;
  d21_total: { __typename: 'SiaeConnection'; totalCount: number };
  d21_ACI: { __typename: 'SiaeConnection'; totalCount: number };
  d21_AI: { __typename: 'SiaeConnection'; totalCount: number };
  d21_EI: { __typename: 'SiaeConnection'; totalCount: number };
  d21_ETTI: { __typename: 'SiaeConnection'; totalCount: number };
  d21_EITI: { __typename: 'SiaeConnection'; totalCount: number };
  d25_total: { __typename: 'SiaeConnection'; totalCount: number };
  d25_ACI: { __typename: 'SiaeConnection'; totalCount: number };
  d25_AI: { __typename: 'SiaeConnection'; totalCount: number };
  d25_EI: { __typename: 'SiaeConnection'; totalCount: number };
  d25_ETTI: { __typename: 'SiaeConnection'; totalCount: number };
  d25_EITI: { __typename: 'SiaeConnection'; totalCount: number };
  d39_total: { __typename: 'SiaeConnection'; totalCount: number };
  d39_ACI: { __typename: 'SiaeConnection'; totalCount: number };
  d39_AI: { __typename: 'SiaeConnection'; totalCount: number };
  d39_EI: { __typename: 'SiaeConnection'; totalCount: number };
  d39_ETTI: { __typename: 'SiaeConnection'; totalCount: number };
  d39_EITI: { __typename: 'SiaeConnection'; totalCount: number };
  d58_total: { __typename: 'SiaeConnection'; totalCount: number };
  d58_ACI: { __typename: 'SiaeConnection'; totalCount: number };
  d58_AI: { __typename: 'SiaeConnection'; totalCount: number };
  d58_EI: { __typename: 'SiaeConnection'; totalCount: number };
  d58_ETTI: { __typename: 'SiaeConnection'; totalCount: number };
  d58_EITI: { __typename: 'SiaeConnection'; totalCount: number };
  d70_total: { __typename: 'SiaeConnection'; totalCount: number };
  d70_ACI: { __typename: 'SiaeConnection'; totalCount: number };
  d70_AI: { __typename: 'SiaeConnection'; totalCount: number };
  d70_EI: { __typename: 'SiaeConnection'; totalCount: number };
  d70_ETTI: { __typename: 'SiaeConnection'; totalCount: number };
  d70_EITI: { __typename: 'SiaeConnection'; totalCount: number };
  d71_total: { __typename: 'SiaeConnection'; totalCount: number };
  d71_ACI: { __typename: 'SiaeConnection'; totalCount: number };
  d71_AI: { __typename: 'SiaeConnection'; totalCount: number };
  d71_EI: { __typename: 'SiaeConnection'; totalCount: number };
  d71_ETTI: { __typename: 'SiaeConnection'; totalCount: number };
  d71_EITI: { __typename: 'SiaeConnection'; totalCount: number };
  d89_total: { __typename: 'SiaeConnection'; totalCount: number };
  d89_ACI: { __typename: 'SiaeConnection'; totalCount: number };
  d89_AI: { __typename: 'SiaeConnection'; totalCount: number };
  d89_EI: { __typename: 'SiaeConnection'; totalCount: number };
  d89_ETTI: { __typename: 'SiaeConnection'; totalCount: number };
  d89_EITI: { __typename: 'SiaeConnection'; totalCount: number };
  d90_total: { __typename: 'SiaeConnection'; totalCount: number };
  d90_ACI: { __typename: 'SiaeConnection'; totalCount: number };
  d90_AI: { __typename: 'SiaeConnection'; totalCount: number };
  d90_EI: { __typename: 'SiaeConnection'; totalCount: number };
  d90_ETTI: { __typename: 'SiaeConnection'; totalCount: number };
  d90_EITI: { __typename: 'SiaeConnection'; totalCount: number };
};

export type SteeringMeetingsQueryVariables = Exact<{
  year: number;
}>;

export type SteeringMeetingsQuery = {
  __typename: 'Query';
  steeringMeetingsShortfall: number;
  steeringMeetings: Array<{
    __typename: 'SteeringMeeting';
    id: string;
    heldOn: string;
    agenda: string;
    documentsSentOn: string | null;
    documentsOnTime: boolean | null;
    minutes: string | null;
    proposals: Array<{ __typename: 'WorkingGroupProposal'; id: string; title: string; groupName: string }>;
  }>;
};

export type RecordSteeringMeetingMutationVariables = Exact<{
  input: SteeringMeetingInput;
}>;

export type RecordSteeringMeetingMutation = {
  __typename: 'Mutation';
  recordSteeringMeeting: {
    __typename: 'SteeringMeeting';
    id: string;
    heldOn: string;
    agenda: string;
    documentsSentOn: string | null;
    documentsOnTime: boolean | null;
    minutes: string | null;
  };
};

export type WorkingGroupsQueryVariables = Exact<{ [key: string]: never }>;

export type WorkingGroupsQuery = {
  __typename: 'Query';
  workingGroups: Array<{
    __typename: 'WorkingGroup';
    id: string;
    name: string;
    theme: string;
    fiche: number | null;
    members: Array<{ __typename: 'WorkingGroupMember'; organisationId: string; name: string; kindLabel: string }>;
    meetings: Array<{ __typename: 'WorkingGroupMeeting'; id: string; heldOn: string; summary: string }>;
    proposals: Array<{
      __typename: 'WorkingGroupProposal';
      id: string;
      title: string;
      summary: string;
      submittedOn: string;
      steeringMeeting: { __typename: 'SteeringMeeting'; id: string; heldOn: string } | null;
    }>;
  }>;
  workingGroupMemberCandidates: Array<{
    __typename: 'WorkingGroupMember';
    organisationId: string;
    name: string;
    kindLabel: string;
  }>;
};

export type CreateWorkingGroupMutationVariables = Exact<{
  input: WorkingGroupInput;
}>;

export type CreateWorkingGroupMutation = {
  __typename: 'Mutation';
  createWorkingGroup: { __typename: 'WorkingGroup'; id: string; name: string };
};

export type RecordWorkingGroupMeetingMutationVariables = Exact<{
  input: WorkingGroupMeetingInput;
}>;

export type RecordWorkingGroupMeetingMutation = {
  __typename: 'Mutation';
  recordWorkingGroupMeeting: { __typename: 'WorkingGroupMeeting'; id: string; heldOn: string };
};

export type SubmitWorkingGroupProposalMutationVariables = Exact<{
  input: WorkingGroupProposalInput;
}>;

export type SubmitWorkingGroupProposalMutation = {
  __typename: 'Mutation';
  submitWorkingGroupProposal: {
    __typename: 'WorkingGroupProposal';
    id: string;
    title: string;
    steeringMeeting: { __typename: 'SteeringMeeting'; id: string; heldOn: string } | null;
  };
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { __typename: 'Query'; unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;

export type NotificationsQuery = {
  __typename: 'Query';
  unreadNotificationCount: number;
  notifications: {
    __typename: 'NotificationConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'NotificationEdge';
      node: {
        __typename: 'Notification';
        id: string;
        kind: NotificationKind;
        title: string;
        link: string;
        createdAt: string;
        readAt: string | null;
      };
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type MarkNotificationsReadMutation = { __typename: 'Mutation'; markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { __typename: 'Mutation'; markAllNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationPreferencesQuery = {
  __typename: 'Query';
  notificationPreferences: Array<{
    __typename: 'NotificationPreference';
    kind: NotificationKind;
    label: string;
    delivery: NotificationDelivery;
  }>;
};

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  delivery: NotificationDelivery;
}>;

export type SetNotificationPreferenceMutation = {
  __typename: 'Mutation';
  setNotificationPreference: {
    __typename: 'NotificationPreference';
    kind: NotificationKind;
    label: string;
    delivery: NotificationDelivery;
  };
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { __typename: 'Mutation'; requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;

export type ResetPasswordMutation = { __typename: 'Mutation'; resetPassword: boolean };

export type PendingWorkQueryVariables = Exact<{ [key: string]: never }>;

export type PendingWorkQuery = {
  __typename: 'Query';
  pendingWork: {
    __typename: 'PendingWork';
    viewerId: string;
    total: number;
    incomplete: boolean;
    counts: Array<{ __typename: 'PendingWorkCount'; kind: PendingWorkKind; label: string; count: number }>;
    items: Array<{
      __typename: 'PendingWorkItem';
      kind: PendingWorkKind;
      label: string;
      dueOn: string;
      daysLeft: number;
      daysLeftInWorkingDays: boolean;
      link: string | null;
    }>;
  } | null;
};

export type AccountSessionsQueryVariables = Exact<{ [key: string]: never }>;

export type AccountSessionsQuery = {
  __typename: 'Query';
  accountSessions: Array<{
    __typename: 'AccountSession';
    id: string;
    device: string;
    signedInAt: string;
    lastActiveAt: string;
    expiresAt: string;
    current: boolean;
  }>;
};

export type RevokeAccountSessionMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeAccountSessionMutation = { __typename: 'Mutation'; revokeSession: boolean };

export type RevokeOtherAccountSessionsMutationVariables = Exact<{ [key: string]: never }>;

export type RevokeOtherAccountSessionsMutation = { __typename: 'Mutation'; revokeOtherSessions: number };

export type ChangeAccountPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangeAccountPasswordMutation = { __typename: 'Mutation'; changePassword: number };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type SignInMutation = {
  __typename: 'Mutation';
  signIn: {
    __typename: 'Session';
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    viewer: {
      __typename: 'Viewer';
      id: string;
      email: string;
      displayName: string;
      role: Role;
      roleLabel: string;
      organisation: { __typename: 'ViewerOrganisation'; kind: OrganisationKind; id: string; name: string } | null;
    };
  };
};

export type RenewSessionMutationVariables = Exact<{
  refreshToken: string;
}>;

export type RenewSessionMutation = {
  __typename: 'Mutation';
  renewSession: {
    __typename: 'Session';
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    viewer: {
      __typename: 'Viewer';
      id: string;
      email: string;
      displayName: string;
      role: Role;
      roleLabel: string;
      organisation: { __typename: 'ViewerOrganisation'; kind: OrganisationKind; id: string; name: string } | null;
    };
  };
};

export type SignOutMutationVariables = Exact<{
  refreshToken: string;
}>;

export type SignOutMutation = { __typename: 'Mutation'; signOut: boolean };

export const AccordDocument = {
  __meta__: { hash: 'sha256:84feb5943b58e279e09506ed49f298ad4459bd2e7146397af0d8202f3ac91b16' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Accord' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accord' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'initialEndsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'termEndsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stateLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mayRequestTermination' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signatories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'representedBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'party' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mayActFor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'termination' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawnOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mayWithdraw' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requestedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'extraordinaryMeeting' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'terminations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'receivedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'withdrawnOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mayWithdraw' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'requestedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'extraordinaryMeeting' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccordQuery, AccordQueryVariables>;
export const RequestAccordTerminationDocument = {
  __meta__: { hash: 'sha256:ce337ba66c1a9135b3aee4e51d6fa223123cdc8692aaf0f61beb732a9ed17198' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestAccordTermination' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestAccordTerminationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestAccordTermination' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeEndsOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestAccordTerminationMutation, RequestAccordTerminationMutationVariables>;
export const WithdrawAccordTerminationDocument = {
  __meta__: { hash: 'sha256:7b1104a41b36a71751fb1cf5885081fe0c635adc6c3aaf2f2618e528c0918485' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawAccordTermination' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawAccordTermination' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawAccordTerminationMutation, WithdrawAccordTerminationMutationVariables>;
export const AmendmentsDocument = {
  __meta__: { hash: 'sha256:0fa9b1e03fee629dff2a2a0355c13c84b3fd74f76b025a8d3d661daecd4cb12d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Amendments' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extendsTermTo' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentsQuery, AmendmentsQueryVariables>;
export const RecordAmendmentDocument = {
  __meta__: { hash: 'sha256:c2c5e31057147cdb4f39e1e961cd00b1b8d7b87e7a869705fc0ee7ef6dfadcf7' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AmendmentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'extendsTermTo' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAmendmentMutation, RecordAmendmentMutationVariables>;
export const ApiClientsDocument = {
  __meta__: { hash: 'sha256:24d289865dfe42ec85e5639440ce8e3ad761cc3ba48b36f303f4817607d9ab7b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiClients' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiClients' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'secretRotatedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxCostPerOperation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestsPerMinute' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departementCode' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'usage' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'days' },
                      value: { kind: 'IntValue', value: '30' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'calls' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const ApiClientOrganisationChoicesDocument = {
  __meta__: { hash: 'sha256:52c766a858952dc3f5cf77a02f282a87b62b0fcb77698f784640e21edf5baecd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiClientOrganisationChoices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganisationKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiClientOrganisationChoices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departementCode' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiClientOrganisationChoicesQuery, ApiClientOrganisationChoicesQueryVariables>;
export const CreateApiClientDocument = {
  __meta__: { hash: 'sha256:1d41d8b035d1315da80e9647700393d1849cad38bb0d6758e3e46f46de83aded' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiClientInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiClient' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credential' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'client' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RotateApiClientSecretDocument = {
  __meta__: { hash: 'sha256:e8cc17ebfc6cc566d371daf2297d98663911ccf50bda2c9be440c7f08ff9aa24' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateApiClientSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotateApiClientSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credential' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'client' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'previousSecretValidUntil' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotateApiClientSecretMutation, RotateApiClientSecretMutationVariables>;
export const RevokeApiClientDocument = {
  __meta__: { hash: 'sha256:91c458194aca5658e105392b4f76115b5297a690a8bb652e4e65d6e6bcd9993e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiClient' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const AuditTrailDocument = {
  __meta__: { hash: 'sha256:7d4bd0171a241c430a9b30f0fc2992cb9e22b8396a1fd1ced656dcd85be88021' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEventFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorOrganisationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'client' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fieldsRead' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const UnusualReadersDocument = {
  __meta__: { hash: 'sha256:5fe2f12dc9160e6a42c58c24e6429ebbf40ed6283e8caa0c8d3e27da88f864da' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnusualReaders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unusualReaders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'burstThreshold' } },
                { kind: 'Field', name: { kind: 'Name', value: 'burstWindowMinutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorOrganisationId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reads' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'people' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'peakReadsInWindow' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'peakAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'peopleOutsideUsualFlow' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnusualReadersQuery, UnusualReadersQueryVariables>;
export const CtaMeetingsOfYearDocument = {
  __meta__: { hash: 'sha256:f45eb900e4afcc5677a84a2fc00ce51533a1f7aae36062801589805fe203eda3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CtaMeetingsOfYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ctaMeetingsDue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departement' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'missingQuarters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'yearEndMeetingWithSiaeHeads' } },
                { kind: 'Field', name: { kind: 'Name', value: 'compliant' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'quarters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetings' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'over' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cta' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employmentArea' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'departement' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ledBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'meetings' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'year' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'agenda' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'siaeHeadsInvited' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'minutesSentToCdiaeOn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CtaMeetingsOfYearQuery, CtaMeetingsOfYearQueryVariables>;
export const CtaDepartementsDocument = {
  __meta__: { hash: 'sha256:a28781a5700aafc91d42483b9c5dc2ed0af81628b16216e8ac84bbabdbef7cf6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CtaDepartements' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CtaDepartementsQuery, CtaDepartementsQueryVariables>;
export const HabilitationRegisterDocument = {
  __meta__: { hash: 'sha256:1a1606675c55d4f5bb6e22df827f329343fa194ff50a04154374d9789f401e94' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HabilitationRegister' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'habilitatedPrescribers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departement' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'habilitation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endOn' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prescriberOrganizations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'HABILITE' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'habilitationStatus' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'habilitationStatusLabel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'mayDecideHabilitation' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'habilitation' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endOn' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'habilitationDecisions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'recordedBeforeRegister' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HabilitationRegisterQuery, HabilitationRegisterQueryVariables>;
export const HabilitationDepartementsDocument = {
  __meta__: { hash: 'sha256:78f9326350c88c9875f495b1a07d73546463841d5537c182ab7cf0e898c28107' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HabilitationDepartements' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'habilitationDepartements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HabilitationDepartementsQuery, HabilitationDepartementsQueryVariables>;
export const GrantHabilitationDocument = {
  __meta__: { hash: 'sha256:be34e0c04621741293fad7cbe63136736024beecec0d6c1143a324a5278d9608' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GrantHabilitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'prescriberOrganizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'startOn' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'endOn' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantHabilitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'prescriberOrganizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'prescriberOrganizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'startOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'startOn' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'endOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'endOn' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'habilitationStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantHabilitationMutation, GrantHabilitationMutationVariables>;
export const RenewHabilitationDocument = {
  __meta__: { hash: 'sha256:d2f7bac8349679017eb9b85ef76c9be22e7f33398cd88aef05ef47e2cb14bdb0' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenewHabilitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'prescriberOrganizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'startOn' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'endOn' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renewHabilitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'prescriberOrganizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'prescriberOrganizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'startOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'startOn' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'endOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'endOn' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'habilitationStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenewHabilitationMutation, RenewHabilitationMutationVariables>;
export const WithdrawHabilitationDocument = {
  __meta__: { hash: 'sha256:5bf0c92f0e31d9d5093d1da9dbc5ded9aa7423b38067ba51cb4890df914b531c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawHabilitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'prescriberOrganizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawHabilitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'prescriberOrganizationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'prescriberOrganizationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'habilitationStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawHabilitationMutation, WithdrawHabilitationMutationVariables>;
export const IndicatorsDocument = {
  __meta__: { hash: 'sha256:7902f8f96c438676d612b3d44ebb8b0f3f956cae7fd81841db786209f779e763' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Indicators' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'IndicatorFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiche' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dimensions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'computable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'starred' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inAnnex1' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'table' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'siaeKinds' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'departements' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'states' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'values' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'people' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorsQuery, IndicatorsQueryVariables>;
export const IndicatorTrendDocument = {
  __meta__: { hash: 'sha256:e488b60fe7a81706b7d4f655d1af3793b97495df82278d4ae2122f953695f444' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorTrend' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'siaeKind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SiaeKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'quarters' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorTrend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departement' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'siaeKind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'siaeKind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'quarters' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'quarters' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'siaeKind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inProgress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'people' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'masked' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorTrendQuery, IndicatorTrendQueryVariables>;
export const IndicatorDepartementsDocument = {
  __meta__: { hash: 'sha256:59357efd07a74d84c93b883ac579843a2bfae888024f140223fcd27ae845d3cd' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorDepartements' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorDepartementsQuery, IndicatorDepartementsQueryVariables>;
export const ParcoursStatisticsDocument = {
  __meta__: { hash: 'sha256:e7a5a3d0aa189fabee680ad68f24f7877eaee290e1b7b60406881b14c39b9a0e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParcoursStatistics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvalStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departement' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'departement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'siaeKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requests' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'granted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refused' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tacitlyGranted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suspensions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prolongations' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'extensions' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refusalsByReason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reason' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'orientationStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departement' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'departement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'originKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originKindLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orientations' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accepted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byOrigin' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'originKindLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'orientations' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParcoursStatisticsQuery, ParcoursStatisticsQueryVariables>;
export const ParcoursDepartementsDocument = {
  __meta__: { hash: 'sha256:74b53bc8a8c080226e7e2d4bc23e1161ea36ac38c02d6665a9710747b30d31e9' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ParcoursDepartements' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParcoursDepartementsQuery, ParcoursDepartementsQueryVariables>;
export const RoadmapDocument = {
  __meta__: { hash: 'sha256:db885ca034c1973df9ae12bb3ebdf7e2db244591c6adc5971b5d68898bb2a81f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Roadmap' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roadmap' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiche' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'duePeriod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoadmapQuery, RoadmapQueryVariables>;
export const SaveRoadmapActionDocument = {
  __meta__: { hash: 'sha256:270fcf339b24fae8232839ac5489f1b8cbae07aff7b50f08c9199cdc6ebcf52e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveRoadmapAction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RoadmapActionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveRoadmapAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiche' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'duePeriod' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveRoadmapActionMutation, SaveRoadmapActionMutationVariables>;
export const SiaeCountsByDepartementDocument = {
  __meta__: { hash: 'sha256:e3e4273f3d40396a68b5a9736c9fa9fa0c6423177cb2dfe0d4cabd59984aff41' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SiaeCountsByDepartement' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd21_total' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '21', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd21_ACI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '21', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ACI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd21_AI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '21', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'AI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd21_EI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '21', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd21_ETTI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '21', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ETTI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd21_EITI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '21', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EITI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd25_total' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '25', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd25_ACI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '25', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ACI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd25_AI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '25', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'AI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd25_EI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '25', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd25_ETTI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '25', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ETTI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd25_EITI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '25', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EITI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd39_total' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '39', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd39_ACI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '39', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ACI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd39_AI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '39', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'AI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd39_EI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '39', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd39_ETTI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '39', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ETTI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd39_EITI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '39', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EITI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd58_total' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '58', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd58_ACI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '58', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ACI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd58_AI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '58', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'AI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd58_EI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '58', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd58_ETTI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '58', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ETTI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd58_EITI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '58', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EITI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd70_total' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '70', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd70_ACI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '70', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ACI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd70_AI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '70', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'AI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd70_EI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '70', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd70_ETTI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '70', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ETTI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd70_EITI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '70', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EITI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd71_total' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '71', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd71_ACI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '71', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ACI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd71_AI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '71', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'AI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd71_EI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '71', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd71_ETTI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '71', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ETTI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd71_EITI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '71', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EITI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd89_total' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '89', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd89_ACI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '89', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ACI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd89_AI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '89', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'AI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd89_EI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '89', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd89_ETTI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '89', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ETTI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd89_EITI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '89', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EITI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd90_total' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '90', block: false },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd90_ACI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '90', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ACI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd90_AI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '90', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'AI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd90_EI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '90', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd90_ETTI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '90', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'ETTI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'd90_EITI' },
            name: { kind: 'Name', value: 'siaes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'StringValue', value: '90', block: false },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'EITI' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SiaeCountsByDepartementQuery, SiaeCountsByDepartementQueryVariables>;
export const SteeringMeetingsDocument = {
  __meta__: { hash: 'sha256:12cf637cc658d32967ca8d5af4e5b6254c82617f329b4959d759d82828c4dc4b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SteeringMeetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steeringMeetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agenda' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentsSentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentsOnTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'groupName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'steeringMeetingsShortfall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SteeringMeetingsQuery, SteeringMeetingsQueryVariables>;
export const RecordSteeringMeetingDocument = {
  __meta__: { hash: 'sha256:3e4791fb5d0197132660b79623d1450af68c846e7a94476ac60f4c10179a3a1e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordSteeringMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SteeringMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordSteeringMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agenda' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentsSentOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentsOnTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordSteeringMeetingMutation, RecordSteeringMeetingMutationVariables>;
export const WorkingGroupsDocument = {
  __meta__: { hash: 'sha256:2d3ba4e095ac08ba1dbf0300172cc3675f257e5ceb85c05eb4aac48c3056e61a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkingGroups' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fiche' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'steeringMeeting' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingGroupMemberCandidates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kindLabel' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingGroupsQuery, WorkingGroupsQueryVariables>;
export const CreateWorkingGroupDocument = {
  __meta__: { hash: 'sha256:a1dd425602bd0ece23558ad0f98750c480f30c2faefd4aef8bc711bcb8775f44' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWorkingGroup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkingGroupInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWorkingGroup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWorkingGroupMutation, CreateWorkingGroupMutationVariables>;
export const RecordWorkingGroupMeetingDocument = {
  __meta__: { hash: 'sha256:01270fcc9ed183db465189e1903da22e8013a233e58f10f28b729881d8e2f214' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordWorkingGroupMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkingGroupMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordWorkingGroupMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordWorkingGroupMeetingMutation, RecordWorkingGroupMeetingMutationVariables>;
export const SubmitWorkingGroupProposalDocument = {
  __meta__: { hash: 'sha256:36e79c3e9dfe9a5f742b65b7fa109e9c993c36dbfe0352e349f998903739973e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitWorkingGroupProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WorkingGroupProposalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitWorkingGroupProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steeringMeeting' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitWorkingGroupProposalMutation, SubmitWorkingGroupProposalMutationVariables>;
export const UnreadNotificationCountDocument = {
  __meta__: { hash: 'sha256:b0552f6a8b76d7efb52a9a952910892f698c289f1c2c325f94269f8364c8d75a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {
  __meta__: { hash: 'sha256:bdda5c768c3d4b8ef63b1ab2ff247a05bd348df377dccd03eae2bbb6da6edcce' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  __meta__: { hash: 'sha256:bb4b8b2116012a407e39e7ed846f306c3c517cb9e4d3b19f65c307517a845b56' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {
  __meta__: { hash: 'sha256:b5229c96f6fc3a6c4fb20221dc14bae92d839a02fbcd8df3887f51aa44f29a67' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAllNotificationsRead' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'markAllNotificationsRead' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = {
  __meta__: { hash: 'sha256:403a8c8648ad8d40c6e1fc90e2ae4808d02d69db755b9fa38da92fe6232f3c92' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationPreferences' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {
  __meta__: { hash: 'sha256:fff6271b2af7a477aa0e418d2fb770b641d5e63ec0f4b90a233c5f3f3f1a05fc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetNotificationPreference' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'delivery' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationDelivery' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setNotificationPreference' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'delivery' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'delivery' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const RequestPasswordResetDocument = {
  __meta__: { hash: 'sha256:4f9ebbd91e6f456137cad435baf1aa83c642e1273084f8a41f5b89f2da07cd2e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  __meta__: { hash: 'sha256:e6b4f856c1bfcb5fa1a5840829f0191973b7dc356941d962c0da4adbf80c9589' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const PendingWorkDocument = {
  __meta__: { hash: 'sha256:df33e69bba3f79be7f9bc2eb802b1ab276e7fda301c4bb32131d0bd9398dc329' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PendingWork' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingWork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incomplete' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLeftInWorkingDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PendingWorkQuery, PendingWorkQueryVariables>;
export const AccountSessionsDocument = {
  __meta__: { hash: 'sha256:c312d2a32810ee7431d27b7b934bce59a17ba98cf584c21c41882cf1b3f8aff6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccountSessions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accountSessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'device' } },
                { kind: 'Field', name: { kind: 'Name', value: 'signedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActiveAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountSessionsQuery, AccountSessionsQueryVariables>;
export const RevokeAccountSessionDocument = {
  __meta__: { hash: 'sha256:1dc4da324083773d193bfd4e9d73b2f2841f2d4d3731d36173214ecba28926d2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeAccountSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeAccountSessionMutation, RevokeAccountSessionMutationVariables>;
export const RevokeOtherAccountSessionsDocument = {
  __meta__: { hash: 'sha256:2809124e211eb169eb92657e649bd385aee114eaa990214de68c751731de7f88' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeOtherAccountSessions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokeOtherSessions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeOtherAccountSessionsMutation, RevokeOtherAccountSessionsMutationVariables>;
export const ChangeAccountPasswordDocument = {
  __meta__: { hash: 'sha256:9a752a9a2dc866c9bc5bad8e84c3029c8a8e5bdf052fddc00cf5531e451372a4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeAccountPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currentPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeAccountPasswordMutation, ChangeAccountPasswordMutationVariables>;
export const SignInDocument = {
  __meta__: { hash: 'sha256:e88fcac4a8718a2b6f780c48f404889c4199ce8dd391e825f1182a85ea0cab8d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessTokenExpiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshTokenExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roleLabel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RenewSessionDocument = {
  __meta__: { hash: 'sha256:0b5169c706b617a59054aff3550f87c5fd0f8ab415e75754bba1d299265125eb' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenewSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renewSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'refreshToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessTokenExpiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshTokenExpiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roleLabel' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenewSessionMutation, RenewSessionMutationVariables>;
export const SignOutDocument = {
  __meta__: { hash: 'sha256:958c6c02b404adab669ba030db6b97c1cf40453cd421e1457321b18fc75e8db1' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signOut' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'refreshToken' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
