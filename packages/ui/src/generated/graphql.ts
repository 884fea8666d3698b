/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a demande d'agrément stands. */
export type ApprovalRequestStatus =
  /** Closed without a decision: the parcours made it moot (the sortie, fiche 7); see closedReason. */
  | 'CLOSED'
  /** Granted by the agence. */
  | 'GRANTED'
  /** Waiting for the agence's decision. */
  | 'PENDING'
  /** Refused by the agence, with a reason. */
  | 'REFUSED'
  /** No answer by the end of the deadline: the agrément is acquired (annexe 4 §2.2.2). */
  | 'TACITLY_GRANTED';

/** Where an agrément stands today. */
export type ApprovalStatus =
  /** Running. */
  | 'ACTIVE'
  /** Past its end date. */
  | 'ENDED'
  /** Delivered, no hiring yet. */
  | 'NOT_STARTED'
  /** Suspended today. */
  | 'SUSPENDED';

/** An eligibility diagnosis to record. */
export type DiagnosisInput = {
  /** The prescripteur's comment. */
  comment?: string | null | undefined;
  /** Codes of the criteria met (`eligibilityCriteria`). */
  criteria: Array<string | number>;
  /** The day of the diagnosis. */
  diagnosedOn: string;
  /** Id of the person. */
  personId: string | number;
};

/** The groups of criteria of annexe 2. */
export type EligibilityCategory =
  /** Publics relevant de l'agrément. */
  | 'LISTED_PUBLIC'
  /** Situation professionnelle. */
  | 'PROFESSIONAL'
  /** Situation sociale. */
  | 'SOCIAL';

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
  /** The CDIAE of a département. */
  | 'CDIAE'
  /** A prescriber organisation. */
  | 'PRESCRIBER_ORGANISATION'
  /** A prescriber organisation (former spelling, never answered any more). */
  | 'PRESCRIBER_ORGANIZATION'
  /** A SIAE. */
  | 'SIAE'
  /** A service of the État (DDETS, DREETS). */
  | 'STATE_SERVICE'
  /** The comité de pilotage. */
  | 'STEERING_COMMITTEE';

/** Which orientations to list. */
export type OrientationDirection =
  /** Those the caller's organisation received (prescripteur). */
  | 'RECEIVED'
  /** Those the caller's organisation made. */
  | 'SENT';

/** A person to orient towards a prescripteur: a person the caller already sees (`personId`), or one to record (`person`). */
export type OrientationInput = {
  /** The person's identity and contact details, when not recorded yet (give `personId` or `person`, not both). */
  person?: PersonInput | null | undefined;
  /** Id of a person the caller sees; leave out to record the person with `person`. */
  personId?: string | number | null | undefined;
  /** Id of the prescripteur (de droit or habilité) the person is oriented to: required, or the deprecated `prescriberOrganizationId`. */
  prescriberOrganisationId?: string | number | null | undefined;
  /**
   * Id of the prescripteur the person is oriented to.
   * @deprecated Utiliser `prescriberOrganisationId` : orthographe unique, retrait prévu le 2027-06-04 (depuis le 2026-12-04).
   */
  prescriberOrganizationId?: string | number | null | undefined;
  /** Why an IAE parcours may suit the person: a short note for the prescripteur (1000 characters at most). */
  reason: string;
};

/** Where an orientation towards a prescripteur stands (accord, annexe 4 §3). */
export type OrientationStatus =
  /** Accepted by the prescripteur, who then diagnoses the person. */
  | 'ACCEPTED'
  /** Declined by the prescripteur, with a reason. */
  | 'DECLINED'
  /** Waiting for the prescripteur's answer. */
  | 'PENDING';

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

/** A person to record. */
export type PersonInput = {
  /** Date of birth. */
  birthDate: string;
  /** E-mail address. */
  email?: string | null | undefined;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Identifiant Pôle emploi. */
  poleEmploiId?: string | null | undefined;
  /** Has an RQTH; false when omitted. */
  rqth?: boolean | null | undefined;
};

/** Prescripteurs de droit (Pôle emploi, Mission locale, Cap emploi) and organisations habilitées by the préfet. */
export type PrescriberKind =
  /** Cap emploi (prescripteur de droit). */
  | 'CAP_EMPLOI'
  /** An organisation habilitée by the préfet, for a period. */
  | 'HABILITE'
  /** A Mission locale (prescripteur de droit). */
  | 'MISSION_LOCALE'
  /** Pôle emploi (prescripteur de droit). */
  | 'POLE_EMPLOI';

/** A fiche navette to send. */
export type PrescriptionInput = {
  /** Id of the person's diagnosis. */
  diagnosisId: string | number;
  /** Id of the SIAE's offer it answers, if any. */
  jobOfferId?: string | number | null | undefined;
  /** The message to the SIAE. */
  message: string;
  /** Id of the person. */
  personId: string | number;
  /** Id of the SIAE. */
  siaeId: string | number;
};

/** Where a prescription stands (fiche 4). */
export type PrescriptionStatus =
  /** Accepted by the SIAE. */
  | 'ACCEPTED'
  /** The person was hired. */
  | 'HIRED'
  /** Refused by the SIAE, with a reason. */
  | 'REFUSED'
  /** Opened by the SIAE. */
  | 'SEEN'
  /** Sent, not opened by the SIAE yet. */
  | 'SENT'
  /** Withdrawn by the prescripteur. */
  | 'WITHDRAWN';

/** What a member of an organisation may do (see docs/security.md). */
export type Role =
  /** Platform administrator */
  | 'ADMIN'
  /** Agence Pôle emploi */
  | 'AGENCY'
  /** Conseil départemental de l'insertion par l'activité économique (CDIAE) of a département: no personal data. */
  | 'CDIAE'
  /** Prescripteur (de droit or habilité) */
  | 'PRESCRIBER'
  /** Member of a SIAE. */
  | 'SIAE'
  /** Service de l'État */
  | 'STATE'
  /** Comité de pilotage */
  | 'STEERING';

/** Criteria for the directory of the SIAE. */
export type SiaeFilter = {
  /** Only the SIAE this agence follows. */
  agencyId?: string | number | null | undefined;
  /** Code of a département. */
  departement?: string | null | undefined;
  /** Only this bassin d'emploi. */
  employmentAreaId?: string | number | null | undefined;
  /** Only this kind of SIAE. */
  kind?: SiaeKind | null | undefined;
  /** Only the SIAE that must have a convention de coopération locale and have none in force (annexe 4 §2.2.8). */
  missingCooperationAgreement?: boolean | null | undefined;
  /** Part of the name or of the city, case- and accent-insensitive. */
  search?: string | null | undefined;
};

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

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename: 'Query', unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { __typename: 'Query', unreadNotificationCount: number, notifications: { __typename: 'NotificationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, kind: NotificationKind, title: string, link: string, createdAt: string, readAt: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { __typename: 'Mutation', markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename: 'Mutation', markAllNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename: 'Query', notificationPreferences: Array<{ __typename: 'NotificationPreference', kind: NotificationKind, label: string, delivery: NotificationDelivery }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  delivery: NotificationDelivery;
}>;


export type SetNotificationPreferenceMutation = { __typename: 'Mutation', setNotificationPreference: { __typename: 'NotificationPreference', kind: NotificationKind, label: string, delivery: NotificationDelivery } };

export type OrientationTargetsQueryVariables = Exact<{
  departement: string;
}>;


export type OrientationTargetsQuery = { __typename: 'Query', prescriberOrganisations: { __typename: 'PrescriberOrganisationConnection', edges: Array<{ __typename: 'PrescriberOrganisationEdge', node: { __typename: 'PrescriberOrganisation', id: string, name: string, kind: PrescriberKind, city: string, canPrescribe: boolean } }> } };

export type OrientPersonMutationVariables = Exact<{
  input: OrientationInput;
}>;


export type OrientPersonMutation = { __typename: 'Mutation', orientPerson: { __typename: 'Orientation', id: string, status: OrientationStatus, person: { __typename: 'Person', id: string, firstName: string, lastName: string } | null, prescriberOrganisation: { __typename: 'PrescriberOrganisation', id: string, name: string } } };

export type OrientationsQueryVariables = Exact<{
  direction: OrientationDirection;
  status?: OrientationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrientationsQuery = { __typename: 'Query', orientations: { __typename: 'OrientationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OrientationEdge', cursor: string, node: { __typename: 'Orientation', id: string, status: OrientationStatus, statusLabel: string, reason: string, declineReason: string | null, orientedAt: string, answeredAt: string | null, originKindLabel: string, originOrganisationName: string, person: { __typename: 'Person', id: string, firstName: string, lastName: string, birthDate: string } | null, prescriberOrganisation: { __typename: 'PrescriberOrganisation', id: string, name: string, city: string } } }> } };

export type AcceptOrientationMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptOrientationMutation = { __typename: 'Mutation', acceptOrientation: { __typename: 'Orientation', id: string, status: OrientationStatus, statusLabel: string, answeredAt: string | null, person: { __typename: 'Person', id: string } | null } };

export type DeclineOrientationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineOrientationMutation = { __typename: 'Mutation', declineOrientation: { __typename: 'Orientation', id: string, status: OrientationStatus, statusLabel: string, declineReason: string | null, answeredAt: string | null, person: { __typename: 'Person', id: string } | null } };

export type OwnIndicatorsQueryVariables = Exact<{
  filter: IndicatorFilter;
}>;


export type OwnIndicatorsQuery = { __typename: 'Query', indicators: Array<{ __typename: 'Indicator', id: string, label: string, fiche: number | null, reference: string, unit: IndicatorUnit, source: string, definition: string, dimensions: Array<IndicatorDimension>, computable: boolean, note: string | null, rows: Array<{ __typename: 'IndicatorRow', siaeKind: SiaeKind | null, value: number | null, people: number | null, masked: boolean, departement: { __typename: 'Departement', code: string, name: string } }> }> };

export type OwnApprovalStatisticsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OwnApprovalStatisticsQuery = { __typename: 'Query', approvalStatistics: { __typename: 'ApprovalStatistics', rows: Array<{ __typename: 'ApprovalStatisticsRow', siaeKind: SiaeKind, requests: number | null, granted: number | null, refused: number | null, tacitlyGranted: number | null, pending: number | null, suspensions: number | null, prolongations: number | null, extensions: number | null, departement: { __typename: 'Departement', code: string, name: string } }>, refusalsByReason: Array<{ __typename: 'RefusalCount', count: number | null, reason: { __typename: 'Reason', code: string, label: string } }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { __typename: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { __typename: 'Mutation', resetPassword: boolean };

export type PendingWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingWorkQuery = { __typename: 'Query', pendingWork: { __typename: 'PendingWork', viewerId: string, total: number, incomplete: boolean, counts: Array<{ __typename: 'PendingWorkCount', kind: PendingWorkKind, label: string, count: number }>, items: Array<{ __typename: 'PendingWorkItem', kind: PendingWorkKind, label: string, dueOn: string, daysLeft: number, daysLeftInWorkingDays: boolean, link: string | null }> } | null };

export type ExportPersonRecordMutationVariables = Exact<{
  personId: string | number;
}>;


export type ExportPersonRecordMutation = { __typename: 'Mutation', exportPersonRecord: { __typename: 'PersonRecordExport', personId: string, exportedAt: string, json: string } };

export type PeopleQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type PeopleQuery = { __typename: 'Query', people: { __typename: 'PersonConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PersonEdge', cursor: string, node: { __typename: 'Person', id: string, firstName: string, lastName: string, birthDate: string, poleEmploiId: string | null } }> } };

export type RecordPersonMutationVariables = Exact<{
  input: PersonInput;
}>;


export type RecordPersonMutation = { __typename: 'Mutation', recordPerson: { __typename: 'Person', id: string, firstName: string, lastName: string } };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { __typename: 'Query', person: { __typename: 'Person', id: string, firstName: string, lastName: string, birthDate: string, email: string | null, phone: string | null, poleEmploiId: string | null, rqth: boolean, anonymisedAt: string | null, mayCorrectIdentity: boolean, diagnoses: Array<{ __typename: 'EligibilityDiagnosis', id: string, diagnosedOn: string, summary: string, comment: string | null, prescriberOrganisation: { __typename: 'PrescriberOrganisation', id: string, name: string }, criteria: Array<{ __typename: 'EligibilityCriterion', code: string, categoryLabel: string, shortLabel: string }> }>, prescriptions: Array<{ __typename: 'Prescription', id: string, status: PrescriptionStatus, statusLabel: string, sentAt: string, message: string, refusalComment: string | null, siae: { __typename: 'Siae', id: string, name: string, kind: SiaeKind, city: string }, refusalReason: { __typename: 'Reason', code: string, label: string } | null, history: Array<{ __typename: 'PrescriptionEvent', status: PrescriptionStatus, statusLabel: string, comment: string | null, occurredAt: string, reason: { __typename: 'Reason', code: string, label: string } | null }> }>, orientations: Array<{ __typename: 'Orientation', id: string, status: OrientationStatus, statusLabel: string, reason: string, declineReason: string | null, orientedAt: string, sentByMe: boolean, originKindLabel: string, originOrganisationName: string, prescriberOrganisation: { __typename: 'PrescriberOrganisation', id: string, name: string } }>, approvals: Array<{ __typename: 'Approval', id: string, number: string, startOn: string, endOn: string, status: ApprovalStatus, siae: { __typename: 'Siae', id: string, name: string } }> } | null };

export type EligibilityCriteriaQueryVariables = Exact<{ [key: string]: never; }>;


export type EligibilityCriteriaQuery = { __typename: 'Query', eligibilityCriteria: Array<{ __typename: 'EligibilityCriterion', code: string, category: EligibilityCategory, categoryLabel: string, label: string, shortLabel: string }> };

export type DiagnosisPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type DiagnosisPersonQuery = { __typename: 'Query', person: { __typename: 'Person', id: string, firstName: string, lastName: string } | null };

export type DiagnoseMutationVariables = Exact<{
  input: DiagnosisInput;
}>;


export type DiagnoseMutation = { __typename: 'Mutation', diagnose: { __typename: 'EligibilityDiagnosis', id: string, diagnosedOn: string, summary: string } };

export type PrescribePersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PrescribePersonQuery = { __typename: 'Query', person: { __typename: 'Person', id: string, firstName: string, lastName: string, diagnoses: Array<{ __typename: 'EligibilityDiagnosis', id: string, diagnosedOn: string, summary: string }> } | null };

export type PrescribeSiaesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SiaeFilter | null | undefined;
}>;


export type PrescribeSiaesQuery = { __typename: 'Query', siaes: { __typename: 'SiaeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SiaeEdge', cursor: string, node: { __typename: 'Siae', id: string, name: string, kind: SiaeKind, city: string, postcode: string, jobOffers: Array<{ __typename: 'JobOffer', id: string, title: string, positions: number }> } }> } };

export type PrescribeMutationVariables = Exact<{
  input: PrescriptionInput;
}>;


export type PrescribeMutation = { __typename: 'Mutation', prescribe: { __typename: 'Prescription', id: string, jobOfferId: string | null, status: PrescriptionStatus, statusLabel: string, siae: { __typename: 'Siae', id: string, name: string } } };

export type SentPrescriptionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: PrescriptionStatus | null | undefined;
}>;


export type SentPrescriptionsQuery = { __typename: 'Query', prescriptions: { __typename: 'PrescriptionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PrescriptionEdge', cursor: string, node: { __typename: 'Prescription', id: string, status: PrescriptionStatus, statusLabel: string, sentAt: string, updatedAt: string, person: { __typename: 'Person', id: string, firstName: string, lastName: string }, siae: { __typename: 'Siae', id: string, name: string, city: string }, prescriberOrganisation: { __typename: 'PrescriberOrganisation', id: string, name: string } } }> } };

export type SentPrescriptionQueryVariables = Exact<{
  id: string | number;
}>;


export type SentPrescriptionQuery = { __typename: 'Query', prescription: { __typename: 'Prescription', id: string, status: PrescriptionStatus, statusLabel: string, message: string, sentAt: string, updatedAt: string, refusalComment: string | null, person: { __typename: 'Person', id: string, firstName: string, lastName: string, birthDate: string }, diagnosis: { __typename: 'EligibilityDiagnosis', id: string, diagnosedOn: string, summary: string }, siae: { __typename: 'Siae', id: string, name: string, kind: SiaeKind, city: string, postcode: string }, prescriberOrganisation: { __typename: 'PrescriberOrganisation', id: string, name: string }, refusalReason: { __typename: 'Reason', code: string, label: string } | null, history: Array<{ __typename: 'PrescriptionEvent', status: PrescriptionStatus, statusLabel: string, comment: string | null, occurredAt: string, reason: { __typename: 'Reason', code: string, label: string } | null }>, approvalRequests: Array<{ __typename: 'ApprovalRequest', id: string, kindLabel: string, status: ApprovalRequestStatus, statusLabel: string, receivedOn: string, deadline: string, workingDaysLeft: number | null, decidedOn: string | null, resultingApproval: { __typename: 'Approval', id: string, number: string } | null }> } | null };

export type WithdrawPrescriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawPrescriptionMutation = { __typename: 'Mutation', withdrawPrescription: { __typename: 'Prescription', id: string, status: PrescriptionStatus, statusLabel: string, updatedAt: string, history: Array<{ __typename: 'PrescriptionEvent', status: PrescriptionStatus, statusLabel: string, comment: string | null, occurredAt: string, reason: { __typename: 'Reason', code: string, label: string } | null }> } };

export type OfferSiaeQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferSiaeQuery = { __typename: 'Query', siae: { __typename: 'Siae', id: string, name: string, kind: SiaeKind, city: string, postcode: string, jobOffers: Array<{ __typename: 'JobOffer', id: string, title: string, positions: number }> } | null };

export type SiaeDirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SiaeFilter | null | undefined;
}>;


export type SiaeDirectoryQuery = { __typename: 'Query', siaes: { __typename: 'SiaeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SiaeEdge', cursor: string, node: { __typename: 'Siae', id: string, name: string, kind: SiaeKind, city: string, postcode: string, departement: { __typename: 'Departement', code: string, name: string }, agency: { __typename: 'Agency', id: string, name: string } } }> } };

export type SiaeDirectoryDepartementsQueryVariables = Exact<{ [key: string]: never; }>;


export type SiaeDirectoryDepartementsQuery = { __typename: 'Query', departements: Array<{ __typename: 'Departement', code: string, name: string }> };

export type AccountSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSessionsQuery = { __typename: 'Query', accountSessions: Array<{ __typename: 'AccountSession', id: string, device: string, signedInAt: string, lastActiveAt: string, expiresAt: string, current: boolean }> };

export type RevokeAccountSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeAccountSessionMutation = { __typename: 'Mutation', revokeSession: boolean };

export type RevokeOtherAccountSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeOtherAccountSessionsMutation = { __typename: 'Mutation', revokeOtherSessions: number };

export type ChangeAccountPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeAccountPasswordMutation = { __typename: 'Mutation', changePassword: number };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { __typename: 'Mutation', signIn: { __typename: 'Session', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, viewer: { __typename: 'Viewer', id: string, email: string, displayName: string, role: Role, roleLabel: string, organisation: { __typename: 'ViewerOrganisation', kind: OrganisationKind, id: string, name: string } | null } } };

export type RenewSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RenewSessionMutation = { __typename: 'Mutation', renewSession: { __typename: 'Session', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, viewer: { __typename: 'Viewer', id: string, email: string, displayName: string, role: Role, roleLabel: string, organisation: { __typename: 'ViewerOrganisation', kind: OrganisationKind, id: string, name: string } | null } } };

export type SignOutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type SignOutMutation = { __typename: 'Mutation', signOut: boolean };


export const UnreadNotificationCountDocument = {"__meta__":{"hash":"sha256:b0552f6a8b76d7efb52a9a952910892f698c289f1c2c325f94269f8364c8d75a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"__meta__":{"hash":"sha256:bdda5c768c3d4b8ef63b1ab2ff247a05bd348df377dccd03eae2bbb6da6edcce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"sha256:bb4b8b2116012a407e39e7ed846f306c3c517cb9e4d3b19f65c307517a845b56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"__meta__":{"hash":"sha256:b5229c96f6fc3a6c4fb20221dc14bae92d839a02fbcd8df3887f51aa44f29a67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = {"__meta__":{"hash":"sha256:403a8c8648ad8d40c6e1fc90e2ae4808d02d69db755b9fa38da92fe6232f3c92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {"__meta__":{"hash":"sha256:fff6271b2af7a477aa0e418d2fb770b641d5e63ec0f4b90a233c5f3f3f1a05fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const OrientationTargetsDocument = {"__meta__":{"hash":"sha256:4c1abfb3af655ed638605df32d0e7a64d1396bd7170cf57c45dd8163b694608d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrientationTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departement"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prescriberOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"departement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departement"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"canPrescribe"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrientationTargetsQuery, OrientationTargetsQueryVariables>;
export const OrientPersonDocument = {"__meta__":{"hash":"sha256:265686a07458c32a9e6d6f19189944e068a15351b1ee2ab7e1b48ece308ba505"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrientPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrientationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"orientPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescriberOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrientPersonMutation, OrientPersonMutationVariables>;
export const OrientationsDocument = {"__meta__":{"hash":"sha256:90af74c6f5f682da2a94820be8bac7f5e55b61bcfdde8e736a327092716e7733"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orientations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrientationDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrientationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"orientations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"orientedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"originKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"originOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescriberOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrientationsQuery, OrientationsQueryVariables>;
export const AcceptOrientationDocument = {"__meta__":{"hash":"sha256:035c051d316e8160fc9d8aa2d46df21df578fd6f21af11b5850ed9e8a0d6496d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOrientation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptOrientation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptOrientationMutation, AcceptOrientationMutationVariables>;
export const DeclineOrientationDocument = {"__meta__":{"hash":"sha256:4871b5960066badecac58d06db190499b226b710ecd6b86287221a1c528de2fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineOrientation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineOrientation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineOrientationMutation, DeclineOrientationMutationVariables>;
export const OwnIndicatorsDocument = {"__meta__":{"hash":"sha256:57dcc42109d5212a157a8541f050c0ed8c5bcae08a7cce3eda74520457ca4f3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fiche"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"computable"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"siaeKind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]}}]} as unknown as DocumentNode<OwnIndicatorsQuery, OwnIndicatorsQueryVariables>;
export const OwnApprovalStatisticsDocument = {"__meta__":{"hash":"sha256:0bf1fb192acaabca5e48893b38a832c8aabe10d933e7e3b631f3dfe6251fc582"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnApprovalStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"siaeKind"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"tacitlyGranted"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"suspensions"}},{"kind":"Field","name":{"kind":"Name","value":"prolongations"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalsByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<OwnApprovalStatisticsQuery, OwnApprovalStatisticsQueryVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"sha256:4f9ebbd91e6f456137cad435baf1aa83c642e1273084f8a41f5b89f2da07cd2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"sha256:e6b4f856c1bfcb5fa1a5840829f0191973b7dc356941d962c0da4adbf80c9589"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const PendingWorkDocument = {"__meta__":{"hash":"sha256:df33e69bba3f79be7f9bc2eb802b1ab276e7fda301c4bb32131d0bd9398dc329"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeftInWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]} as unknown as DocumentNode<PendingWorkQuery, PendingWorkQueryVariables>;
export const ExportPersonRecordDocument = {"__meta__":{"hash":"sha256:63f3e5292721ce8b763b291dea46dfb066213674c369d41e9a6ca9b44465c185"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportPersonRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportPersonRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"json"}}]}}]}}]} as unknown as DocumentNode<ExportPersonRecordMutation, ExportPersonRecordMutationVariables>;
export const PeopleDocument = {"__meta__":{"hash":"sha256:c49a4caeb29749497c18c0ec112057757a5ba3850fde36b22628b4ba515ab062"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"poleEmploiId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const RecordPersonDocument = {"__meta__":{"hash":"sha256:dc508dfa672e93b1ed4dc59bd210a8526cc460cbdf3083b0fcd2dc7535e9fec8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<RecordPersonMutation, RecordPersonMutationVariables>;
export const PersonDocument = {"__meta__":{"hash":"sha256:cc3735fd3b1c5716584c8d679550268163fd66c49c4c42beb25742b5e7a05a27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"poleEmploiId"}},{"kind":"Field","name":{"kind":"Name","value":"rqth"}},{"kind":"Field","name":{"kind":"Name","value":"anonymisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayCorrectIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"prescriberOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"shortLabel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"siae"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalComment"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orientations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"orientedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByMe"}},{"kind":"Field","name":{"kind":"Name","value":"originKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"originOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"prescriberOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"siae"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const EligibilityCriteriaDocument = {"__meta__":{"hash":"sha256:7bf3976831c7af35b6b2cae4aa05d93ff454951210c0aaece4f33b1bcb921eff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibilityCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"shortLabel"}}]}}]}}]} as unknown as DocumentNode<EligibilityCriteriaQuery, EligibilityCriteriaQueryVariables>;
export const DiagnosisPersonDocument = {"__meta__":{"hash":"sha256:4edf73cf69354e5390f21eb6eebba65c274995c6e4eee9c88152c4afa1ca9877"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiagnosisPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<DiagnosisPersonQuery, DiagnosisPersonQueryVariables>;
export const DiagnoseDocument = {"__meta__":{"hash":"sha256:737ff06c90027775d1ef9c0f77ce7db795e588978025d7b58f53064a24a5f1fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Diagnose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiagnosisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"diagnose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<DiagnoseMutation, DiagnoseMutationVariables>;
export const PrescribePersonDocument = {"__meta__":{"hash":"sha256:ae918f9437df3fbc3fbbc513b1c3df6a1a5805e4ecbb8ee671cd75c7d16a816d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrescribePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<PrescribePersonQuery, PrescribePersonQueryVariables>;
export const PrescribeSiaesDocument = {"__meta__":{"hash":"sha256:3a4566c74d9a72a3275687fa033a5d1514a727550a17f605deba499c435894db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrescribeSiaes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SiaeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"siaes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"jobOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrescribeSiaesQuery, PrescribeSiaesQueryVariables>;
export const PrescribeDocument = {"__meta__":{"hash":"sha256:85fa472f524c2f26f7a9f2cb818fe7155acf04e3b395312210347b07f8876f96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Prescribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrescriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prescribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobOfferId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"siae"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PrescribeMutation, PrescribeMutationVariables>;
export const SentPrescriptionsDocument = {"__meta__":{"hash":"sha256:7106bf2f3b9f8448c6623cd44a4df648049bb49646ca6bc59e096332a7838c88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentPrescriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrescriptionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prescriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"siae"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescriberOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SentPrescriptionsQuery, SentPrescriptionsQueryVariables>;
export const SentPrescriptionDocument = {"__meta__":{"hash":"sha256:f52f7a00f9fcc37ff63ff928c286fca8449a7b2ccb4e6207b7f158114a6e9ba2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentPrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"siae"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescriberOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusalComment"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resultingApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SentPrescriptionQuery, SentPrescriptionQueryVariables>;
export const WithdrawPrescriptionDocument = {"__meta__":{"hash":"sha256:0930bdad4e05008822eb502f9dc5ebb3918ee7937033cf12323ffbc1c3ffac4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPrescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawPrescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawPrescriptionMutation, WithdrawPrescriptionMutationVariables>;
export const OfferSiaeDocument = {"__meta__":{"hash":"sha256:6b0fe6a9cce5c30dc66e55bd7d631c074f58cfb5d1213af2d71589620ce896d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferSiae"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"siae"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"jobOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]}}]} as unknown as DocumentNode<OfferSiaeQuery, OfferSiaeQueryVariables>;
export const SiaeDirectoryDocument = {"__meta__":{"hash":"sha256:ec3c85214bdedc0ed560aaa354e17fbba3cd235144783c80c54aa340aead63d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiaeDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SiaeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"siaes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"departement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiaeDirectoryQuery, SiaeDirectoryQueryVariables>;
export const SiaeDirectoryDepartementsDocument = {"__meta__":{"hash":"sha256:65767f0907d9a4177eb078ef084bd0f85eeac10a5444c02e02be25b725f1ecfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiaeDirectoryDepartements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"departements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SiaeDirectoryDepartementsQuery, SiaeDirectoryDepartementsQueryVariables>;
export const AccountSessionsDocument = {"__meta__":{"hash":"sha256:c312d2a32810ee7431d27b7b934bce59a17ba98cf584c21c41882cf1b3f8aff6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accountSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<AccountSessionsQuery, AccountSessionsQueryVariables>;
export const RevokeAccountSessionDocument = {"__meta__":{"hash":"sha256:1dc4da324083773d193bfd4e9d73b2f2841f2d4d3731d36173214ecba28926d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccountSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeAccountSessionMutation, RevokeAccountSessionMutationVariables>;
export const RevokeOtherAccountSessionsDocument = {"__meta__":{"hash":"sha256:2809124e211eb169eb92657e649bd385aee114eaa990214de68c751731de7f88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOtherAccountSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeOtherSessions"}}]}}]} as unknown as DocumentNode<RevokeOtherAccountSessionsMutation, RevokeOtherAccountSessionsMutationVariables>;
export const ChangeAccountPasswordDocument = {"__meta__":{"hash":"sha256:9a752a9a2dc866c9bc5bad8e84c3029c8a8e5bdf052fddc00cf5531e451372a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangeAccountPasswordMutation, ChangeAccountPasswordMutationVariables>;
export const SignInDocument = {"__meta__":{"hash":"sha256:e88fcac4a8718a2b6f780c48f404889c4199ce8dd391e825f1182a85ea0cab8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RenewSessionDocument = {"__meta__":{"hash":"sha256:0b5169c706b617a59054aff3550f87c5fd0f8ab415e75754bba1d299265125eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renewSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RenewSessionMutation, RenewSessionMutationVariables>;
export const SignOutDocument = {"__meta__":{"hash":"sha256:958c6c02b404adab669ba030db6b97c1cf40453cd421e1457321b18fc75e8db1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;