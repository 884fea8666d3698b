import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SiaeRow, AgencyRow, PrescriberOrganisationRow, DepartementRow, EmploymentAreaRow, CooperationAgreementRow, SiaeReferentsRow, JobOfferRow } from '../services/rows.js';
import type { ViewerRow, ViewerOrganisationRow } from '../services/identity/viewer.js';
import type { SessionPayload } from '../services/identity/sessions.js';
import type { AccountSessionRow } from '../services/identity/account.js';
import type { ShownHabilitationDecision } from '../services/habilitations.js';
import type { ShownHabilitationAvis } from '../services/habilitation-register.js';
import type { PendingWorkParent } from '../services/pending-work.js';
import type { ApiClientRow, ApiClientOrganisationRow } from '../services/identity/api-clients.js';
import type { WebhookSubscriptionRow, WebhookDeliveryRow } from '../services/webhook-subscriptions.js';
import type { StructuresContext } from '../context.js';
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
  /** An instant, ISO 8601 with offset. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One of the signed-in user's open sessions: a device where they are signed in (« Mon compte »). */
export type AccountSession = {
  __typename?: 'AccountSession';
  /** Whether this is the session sending the request. */
  current: Scalars['Boolean']['output'];
  /** The device, as worked out from the browser at sign-in (e.g. « Firefox sur Linux »); neither address nor raw agent. */
  device: Scalars['String']['output'];
  /** When the session ends: sign in again after it. */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable identifier of the session (for `revokeSession`). */
  id: Scalars['ID']['output'];
  /** When the session was last renewed (the device was in use), or its sign-in when never renewed. */
  lastActiveAt: Scalars['DateTime']['output'];
  /** When the user signed in on this device. */
  signedInAt: Scalars['DateTime']['output'];
};

/** An agence Pôle emploi. */
export type Agency = {
  __typename?: 'Agency';
  /** The town where the agence is. */
  city: Scalars['String']['output'];
  /** Code of the agence at Pôle emploi. */
  code: Scalars['String']['output'];
  /** The département where the agence is. */
  departement: Departement;
  /** Stable identifier of the agence. */
  id: Scalars['ID']['output'];
  /** Name of the agence. */
  name: Scalars['String']['output'];
  /** The SIAE of its territory. */
  siaes: SiaeConnection;
};


/** An agence Pôle emploi. */
export type AgencySiaesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of `Agency` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<AgencyEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `Agency`, with its cursor. */
export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Agency;
};

/** Criteria for the directory of the agences. */
export type AgencyFilter = {
  /** Code of a département. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name or of the city, case- and accent-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A third party's access to the API (issue 15): scopes among the non-personal ones its organisation may hold, an expiry,
 * a budget enforced by the gateway. Its secret is never shown again after its creation or rotation.
 */
export type ApiClient = {
  __typename?: 'ApiClient';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When its credential stops being accepted. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The client's id: the `<id>` of its credential `nvt_client_<id>.<secret>`. */
  id: Scalars['ID']['output'];
  /** Its last call seen by a gateway (written every few seconds, not at each call). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The estimated cost one of its operations may reach (its own budget, or the default). */
  maxCostPerOperation: Scalars['Int']['output'];
  /** Its name, as the third party is known. */
  name: Scalars['String']['output'];
  /** The organisation responsible for it; null for a client made before organisations were recorded. */
  organisation?: Maybe<ApiClientOrganisation>;
  /** Until when the secret replaced by the last rotation is still accepted (null once the overlap is over). */
  previousSecretValidUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The operations it may run per minute (its own budget, or the default). */
  requestsPerMinute: Scalars['Int']['output'];
  /** When it was revoked, if it was. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it may read (`directory:read`, `offers:read`, `aggregates:read`). */
  scopes: Array<Scalars['String']['output']>;
  /** When its secret was last replaced. */
  secretRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Accepted, expired or revoked. */
  status: ApiClientStatus;
  /** Its calls per day over the last `days` days (1 to 90), most recent first; days without a call are left out. */
  usage: Array<ApiClientDailyUsage>;
};


/**
 * A third party's access to the API (issue 15): scopes among the non-personal ones its organisation may hold, an expiry,
 * a budget enforced by the gateway. Its secret is never shown again after its creation or rotation.
 */
export type ApiClientUsageArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** A client's credential, given once: store it now, it is kept hashed and never shown again. */
export type ApiClientCredential = {
  __typename?: 'ApiClientCredential';
  /** The client. */
  client: ApiClient;
  /** The credential to send as `Authorization: Bearer nvt_client_<id>.<secret>`. */
  credential: Scalars['String']['output'];
};

/** The calls an API client made on one day (Europe/Paris), counted by the gateway. */
export type ApiClientDailyUsage = {
  __typename?: 'ApiClientDailyUsage';
  /** GraphQL operations run that day. */
  calls: Scalars['Int']['output'];
  /** The day. */
  day: Scalars['Date']['output'];
};

/** The organisation an API client was given to. */
export type ApiClientOrganisation = {
  __typename?: 'ApiClientOrganisation';
  /** Its département's code; null for a regional organisation. */
  departementCode?: Maybe<Scalars['String']['output']>;
  /** Its id (of a SIAE, an agence, a prescriber organisation, a service de l'État, the comité). */
  id: Scalars['ID']['output'];
  /** What kind of organisation it is. */
  kind: OrganisationKind;
  /** Its name. */
  name: Scalars['String']['output'];
};

/** An organisation an API client may be given to, for the creation form. */
export type ApiClientOrganisationChoice = {
  __typename?: 'ApiClientOrganisationChoice';
  /** The organisation. */
  organisation: ApiClientOrganisation;
  /** The scopes a client of this organisation may hold. */
  scopes: Array<Scalars['String']['output']>;
};

/** Whether an API client's credential is accepted now. */
export type ApiClientStatus =
  /** The credential is accepted. */
  | 'ACTIVE'
  /** Past its expiry date: refused. */
  | 'EXPIRED'
  /** Revoked: refused, for good. */
  | 'REVOKED';

/** One entry of the append-only audit trail: who did what, when, from which client. Never editable through the API. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ACCESS_CHANGED, … (and later PERSON_READ, APPROVAL_DECIDED …) */
  action: Scalars['String']['output'];
  /** Id of the user or API client that acted; null for anonymous and system. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** user, api_client, anonymous or system */
  actorKind: Scalars['String']['output'];
  /** Id of the actor's organisation, if any. */
  actorOrganisationId?: Maybe<Scalars['ID']['output']>;
  /** The portal or API client that sent the request. */
  client?: Maybe<Scalars['String']['output']>;
  /** For a read (PERSON_READ): the fields read, as Type.field. */
  fieldsRead?: Maybe<Array<Scalars['String']['output']>>;
  /** Stable identifier of the event. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The gateway's request id: the events one request wrote share it. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** Id of the object concerned, if any. */
  subjectId?: Maybe<Scalars['String']['output']>;
  /** Kind of object concerned (e.g. user, person), if any. */
  subjectType?: Maybe<Scalars['String']['output']>;
};

/** A page of `AuditEvent` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<AuditEventEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** One item of a page of `AuditEvent`, with its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: AuditEvent;
};

/** Criteria for the audit trail. */
export type AuditEventFilter = {
  /** Only this action (e.g. SIGN_IN). */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only this agent's (user's) or API client's events. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** The agent's organisation. */
  actorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** From this instant included. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only the events about this person (or other object). */
  subjectId?: InputMaybe<Scalars['String']['input']>;
  /** Until this instant excluded. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Convention de coopération locale between a SIAE and its agence Pôle emploi (accord, article 2; fiches 2, 4, 5;
 * mandatory for an AI, annexe 4 §2.2.8). Seen by the SIAE (its own), the agence (its territory), the comité and the État.
 */
export type CooperationAgreement = {
  __typename?: 'CooperationAgreement';
  /** The agence Pôle emploi party to it. */
  agency: Agency;
  /** The day the agence signed; null until then. */
  agencySignedOn?: Maybe<Scalars['Date']['output']>;
  /** Last day it applies; null when open-ended. */
  endOn?: Maybe<Scalars['Date']['output']>;
  /** Préparation des sorties (fiche 7). */
  exitsHeading: Scalars['String']['output'];
  /** Stable identifier of the convention. */
  id: Scalars['ID']['output'];
  /** Signed, started, not ended and not terminated today. */
  inForce: Scalars['Boolean']['output'];
  /** Offres d'emploi déposées à Pôle emploi (fiche 4). */
  offersHeading: Scalars['String']['output'];
  /** Prescription et recrutement (fiche 4). */
  prescriptionHeading: Scalars['String']['output'];
  /** Référents et correspondants (fiche 2). */
  referentsHeading: Scalars['String']['output'];
  /** The SIAE party to it. */
  siae: Siae;
  /** The day the SIAE signed; null until then. */
  siaeSignedOn?: Maybe<Scalars['Date']['output']>;
  /** The day the second party signed. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  /** First day it applies. */
  startOn: Scalars['Date']['output'];
  /** Status today (a signed convention past its end is EXPIRED). */
  status: CooperationAgreementStatus;
  /** French label of `status`, to show as it is. */
  statusLabel: Scalars['String']['output'];
  /** The day it was terminated, if it was. */
  terminatedOn?: Maybe<Scalars['Date']['output']>;
};

/** A page of `CooperationAgreement` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type CooperationAgreementConnection = {
  __typename?: 'CooperationAgreementConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<CooperationAgreementEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `CooperationAgreement`, with its cursor. */
export type CooperationAgreementEdge = {
  __typename?: 'CooperationAgreementEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: CooperationAgreement;
};

/** Criteria for the conventions de coopération locale. */
export type CooperationAgreementFilter = {
  /** Code of a département. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Id of a SIAE. */
  siaeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only conventions with this status. */
  status?: InputMaybe<CooperationAgreementStatus>;
};

/** The dates and headings of a convention de coopération locale. */
export type CooperationAgreementInput = {
  /** Last day it applies; open-ended when omitted. */
  endOn?: InputMaybe<Scalars['Date']['input']>;
  /** Préparation des sorties (fiche 7). */
  exitsHeading?: InputMaybe<Scalars['String']['input']>;
  /** Offres d'emploi déposées à Pôle emploi (fiche 4). */
  offersHeading?: InputMaybe<Scalars['String']['input']>;
  /** Prescription et recrutement (fiche 4). */
  prescriptionHeading?: InputMaybe<Scalars['String']['input']>;
  /** Référents et correspondants (fiche 2). */
  referentsHeading?: InputMaybe<Scalars['String']['input']>;
  /** Id of the SIAE. */
  siaeId: Scalars['ID']['input'];
  /** First day it applies. */
  startOn: Scalars['Date']['input'];
};

/** Where a convention de coopération locale stands. */
export type CooperationAgreementStatus =
  /** Drafted, not signed by both parties yet. */
  | 'DRAFT'
  /** Signed, past its end date. */
  | 'EXPIRED'
  /** Signed by both parties. */
  | 'SIGNED'
  /** Terminated before its end. */
  | 'TERMINATED';

/** A new API client. */
export type CreateApiClientInput = {
  /** When its credential stops being accepted: in the future, two years at most. */
  expiresAt: Scalars['DateTime']['input'];
  /** Its own cost budget for one operation (1 to the default limit); the default limit when omitted. */
  maxCostPerOperation?: InputMaybe<Scalars['Int']['input']>;
  /** Its name, as the third party is known (120 characters at most). */
  name: Scalars['String']['input'];
  /** The id of that organisation. */
  organisationId: Scalars['ID']['input'];
  /** The kind of the organisation responsible for it. */
  organisationKind: OrganisationKind;
  /** Its own rate budget, operations per minute (1 to 3000); the default when omitted. */
  requestsPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** What it may read: among the scopes of `apiClientScopeChoices` for that kind of organisation. */
  scopes: Array<Scalars['String']['input']>;
};

/** A new subscription. */
export type CreateWebhookSubscriptionInput = {
  /** The event types wanted (see `webhookEventTypes`), each within the client's scopes. */
  eventTypes: Array<Scalars['String']['input']>;
  /** The receiver's URL: https, a public host name. */
  url: Scalars['String']['input'];
};

/** A French département, by its INSEE code. */
export type Departement = {
  __typename?: 'Departement';
  /** INSEE code, e.g. `21` or `2A`. */
  code: Scalars['ID']['output'];
  /** Its bassins d'emploi. */
  employmentAreas: Array<EmploymentArea>;
  /** Name of the département. */
  name: Scalars['String']['output'];
};

/** A bassin d'emploi: the territory of a CTA. */
export type EmploymentArea = {
  __typename?: 'EmploymentArea';
  /** Code of the bassin d'emploi. */
  code: Scalars['String']['output'];
  /** The département it lies in. */
  departement: Departement;
  /** Stable identifier of the bassin d'emploi. */
  id: Scalars['ID']['output'];
  /** Name of the bassin d'emploi. */
  name: Scalars['String']['output'];
};

/** The period a prescriber organisation is habilitée by the préfet. */
export type Habilitation = {
  __typename?: 'Habilitation';
  /** Last day of the habilitation; null when open-ended. */
  endOn?: Maybe<Scalars['Date']['output']>;
  /** First day of the habilitation. */
  startOn: Scalars['Date']['output'];
};

/**
 * The avis of the CDIAE of the organisation's département on one habilitation request (accord, annexe 4 §2.1: "habilités
 * par le Préfet après avis du CDIAE"). A request is the préfet's next decision on the organisation; one avis per request,
 * given before the préfet decides.
 */
export type HabilitationAvis = {
  __typename?: 'HabilitationAvis';
  /** The CDIAE that gave it. */
  cdiaeName: Scalars['String']['output'];
  /** Whether the préfet has decided on the request since (false: the request is the pending one). */
  decided: Scalars['Boolean']['output'];
  /** Favorable or défavorable. */
  favorable: Scalars['Boolean']['output'];
  /** The member of the CDIAE who recorded it. */
  givenByName: Scalars['String']['output'];
  /** The day the avis was recorded, set by the server. */
  givenOn: Scalars['Date']['output'];
  /** Stable identifier of the avis. */
  id: Scalars['ID']['output'];
  /** French label: « Avis favorable » or « Avis défavorable ». */
  label: Scalars['String']['output'];
  /** Why (required for a défavorable avis). */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One entry of the register of the préfet's decisions on an organisation's habilitation, append-only. */
export type HabilitationDecision = {
  __typename?: 'HabilitationDecision';
  /** The day of the decision, set by the server when it is recorded. */
  decidedOn: Scalars['Date']['output'];
  /** Grant and renewal: last day of the period. */
  endOn?: Maybe<Scalars['Date']['output']>;
  /** Stable identifier of the decision. */
  id: Scalars['ID']['output'];
  /** Grant, renewal or withdrawal. */
  kind: HabilitationDecisionKind;
  /** French label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Withdrawal: why. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Whether it was recorded before the register existed (a period taken over from the directory), by nobody known. */
  recordedBeforeRegister: Scalars['Boolean']['output'];
  /** Grant and renewal: first day of the period. */
  startOn?: Maybe<Scalars['Date']['output']>;
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

/** A SIAE's job offer, deposited at Pôle emploi on a date (accord, fiche 4). Open offers are public. */
export type JobOffer = {
  __typename?: 'JobOffer';
  /** The day the offer was deposited at Pôle emploi, if it was. */
  depositedAtPoleEmploiOn?: Maybe<Scalars['Date']['output']>;
  /** What the job is. */
  description: Scalars['String']['output'];
  /** Stable identifier of the offer. */
  id: Scalars['ID']['output'];
  /** How many positions are open. */
  positions: Scalars['Int']['output'];
  /** What the SIAE expects (may be empty). */
  prerequisites: Scalars['String']['output'];
  /** The day it was published on Navette. */
  publishedOn: Scalars['Date']['output'];
  /** The SIAE that offers the job. */
  siae: Siae;
  /** Open or closed. */
  status: JobOfferStatus;
  /** Title of the job. */
  title: Scalars['String']['output'];
};

/** A page of `JobOffer` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type JobOfferConnection = {
  __typename?: 'JobOfferConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<JobOfferEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `JobOffer`, with its cursor. */
export type JobOfferEdge = {
  __typename?: 'JobOfferEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: JobOffer;
};

/** Criteria for the job offers. */
export type JobOfferFilter = {
  /** Code of a département. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Part of the title, case- and accent-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only this SIAE's offers. */
  siaeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only offers of this kind of SIAE. */
  siaeKind?: InputMaybe<SiaeKind>;
};

/** A job offer to publish. */
export type JobOfferInput = {
  /** The day it was deposited at Pôle emploi, if it was. */
  depositedAtPoleEmploiOn?: InputMaybe<Scalars['Date']['input']>;
  /** What the job is. */
  description: Scalars['String']['input'];
  /** How many positions; 1 when omitted. */
  positions?: InputMaybe<Scalars['Int']['input']>;
  /** What the SIAE expects. */
  prerequisites?: InputMaybe<Scalars['String']['input']>;
  /** Id of the SIAE. */
  siaeId: Scalars['ID']['input'];
  /** Title of the job. */
  title: Scalars['String']['input'];
};

/** Whether a job offer is open. */
export type JobOfferStatus =
  /** Closed: seen only by its SIAE and its agence. */
  | 'CLOSED'
  /** Open: public. */
  | 'OPEN';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Changes the signed-in user's password: the current one is required (after repeated wrong attempts the answers are
   * slowed down, then refused for a while: PASSWORD_CHANGE_LOCKED), the new one must follow the password policy
   * (PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK…) and differ from it. Every other session of the account is closed; returns
   * how many.
   */
  changePassword: Scalars['Int']['output'];
  /** Closes an offer: it is no longer public (the SIAE, or its agence). */
  closeJobOffer: JobOffer;
  /**
   * Makes an API client for an organisation (platform administrators; a service de l'État for the organisations of its
   * territory). The credential is in the answer only: it is kept hashed. Recorded in the audit trail as
   * API_CLIENT_CREATED.
   */
  createApiClient: ApiClientCredential;
  /**
   * Subscribes the calling API client to event types (at most 10 subscriptions). The secret is in the answer only.
   * Audited as WEBHOOK_SUBSCRIPTION_CREATED.
   */
  createWebhookSubscription: WebhookSubscriptionSecret;
  /** Deletes the subscription: nothing more is sent, not even the pending deliveries. Audited. */
  deleteWebhookSubscription: Scalars['Boolean']['output'];
  /** A draft convention, by the SIAE or its agence. */
  draftCooperationAgreement: CooperationAgreement;
  /**
   * Records the avis of the caller's CDIAE on the pending habilitation request of a prescripteur of its département (issue
   * 18 §5): favorable, or défavorable with a reason (HABILITATION_AVIS_REASON_REQUIRED). Once per request
   * (HABILITATION_AVIS_ALREADY_GIVEN); dated by the server; an organisation of another département is answered
   * PRESCRIBER_ORGANIZATION_NOT_FOUND, as an unknown one. Audited.
   */
  giveHabilitationAvis: PrescriberOrganisation;
  /**
   * Records the préfet's habilitation of a prescripteur for a period (after the CDIAE's opinion): the service de l'État
   * of the organisation's département, or an administrator (an organisation of another département is answered
   * PRESCRIBER_ORGANIZATION_NOT_FOUND, as an unknown one). The decision date is today's; the period starts on it at the
   * earliest and lasts 5 years at most. An organisation already habilitée is renewed instead
   * (HABILITATION_ALREADY_IN_EFFECT). Audited.
   */
  grantHabilitation: PrescriberOrganisation;
  /** Marks all the signed-in user's notifications read; returns how many changed. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks some of the signed-in user's notifications read (others' ids are ignored); returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** A job offer of the SIAE (by the SIAE, or its agence on its behalf). */
  publishJobOffer: JobOffer;
  /**
   * Renews the habilitation in effect (or to come) with a new period that follows it without a gap and ends later.
   * Same callers as `grantHabilitation`.
   */
  renewHabilitation: PrescriberOrganisation;
  /**
   * A new access token (and a new refresh token: the one given stops working). Presenting a refresh token that was
   * already rotated away revokes the whole session (it was copied): sign in again.
   */
  renewSession: Session;
  /** Sends a delivery again, now, with a fresh count of attempts (the same `webhook-id`). Audited. */
  replayWebhookDelivery: WebhookDelivery;
  /**
   * Sends a password reset link to this address if an account has it. The answer is the same whether or not it does
   * (always true); at most 3 links per account per hour are sent, the others silently dropped. The link works once,
   * for 30 minutes.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /**
   * Sets a new password with the token of a reset link, once: every session of the account is closed. An unknown, used
   * or expired token: BAD_USER_INPUT, reason PASSWORD_RESET_TOKEN_INVALID; a weak password: PASSWORD_TOO_SHORT,
   * PASSWORD_TOO_LONG or PASSWORD_TOO_WEAK.
   */
  resetPassword: Scalars['Boolean']['output'];
  /** Revokes the client: its credential is refused at once, for good. Recorded as API_CLIENT_REVOKED. */
  revokeApiClient: ApiClient;
  /** Closes every session of the signed-in user but the current one; returns how many were closed. */
  revokeOtherSessions: Scalars['Int']['output'];
  /**
   * Closes one of the signed-in user's sessions (its tokens stop working at once). Another user's session is answered
   * like an unknown one: SESSION_NOT_FOUND.
   */
  revokeSession: Scalars['Boolean']['output'];
  /**
   * Gives the client a new secret, in the answer only. The previous one is still accepted for an overlap the server sets
   * (a week), then refused; a second rotation ends the first one's overlap at once. Recorded as API_CLIENT_ROTATED.
   */
  rotateApiClientSecret: ApiClientCredential;
  /**
   * Gives the subscription a new signing secret; the previous one keeps signing too (a second signature) for 24 hours.
   * Audited as WEBHOOK_SECRET_ROTATED.
   */
  rotateWebhookSecret: WebhookSubscriptionSecret;
  /**
   * Chooses how the signed-in user receives the e-mails of one kind of notification: `delivery` (IMMEDIATE,
   * DAILY_DIGEST or OFF), or `email` (true: IMMEDIATE, false: OFF). One of the two: both, or neither, is BAD_USER_INPUT.
   */
  setNotificationPreference: NotificationPreference;
  /** The agence sets the référent Pôle emploi; the SIAE its correspondent. */
  setSiaeReferents: SiaeReferents;
  /**
   * Enables or disables a user account (platform administrators). Disabling closes the user's sessions at once.
   * Recorded in the audit trail as ACCESS_CHANGED.
   */
  setUserStatus: Scalars['Boolean']['output'];
  /** The caller's side signs; the convention is signed once both have. */
  signCooperationAgreement: CooperationAgreement;
  /**
   * Signs in with email and password. Wrong email or password: one generic UNAUTHENTICATED error
   * (reason INVALID_CREDENTIALS); after repeated failures from one address (or API client) the answers to that address
   * are slowed down, then refused for a while (reason SIGN_IN_LOCKED) — other addresses are not. Bursts are refused
   * with RATE_LIMITED (HTTP 429, Retry-After).
   */
  signIn: Session;
  /**
   * Signs in with an identity verified by the OpenID provider (OIDC sign-in, « Se connecter avec ProConnect »). Reserved to
   * the Navette gateway: the assertion is made and signed by it after the provider's answer, lives a minute and is
   * accepted once (reason IDENTITY_ASSERTION_INVALID otherwise). The account is found by the verified e-mail address: an
   * identity without an active account holding a role gets UNAUTHENTICATED (reason IDENTITY_NOT_LINKED); none is created.
   */
  signInWithIdentityAssertion: Session;
  /** Closes the session: its access and refresh tokens stop working at once. */
  signOut: Scalars['Boolean']['output'];
  /** Ends a signed convention before its end date (the SIAE or its agence). */
  terminateCooperationAgreement: CooperationAgreement;
  /** Changes a draft (dates, headings). */
  updateCooperationAgreement: CooperationAgreement;
  /**
   * Withdraws the habilitation from today on (the organisation may no longer prescribe from today), with a reason.
   * Same callers as `grantHabilitation`.
   */
  withdrawHabilitation: PrescriberOrganisation;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseJobOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDraftCooperationAgreementArgs = {
  input: CooperationAgreementInput;
};


export type MutationGiveHabilitationAvisArgs = {
  favorable: Scalars['Boolean']['input'];
  prescriberOrganisationId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationGrantHabilitationArgs = {
  endOn: Scalars['Date']['input'];
  prescriberOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  prescriberOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  startOn: Scalars['Date']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationPublishJobOfferArgs = {
  input: JobOfferInput;
};


export type MutationRenewHabilitationArgs = {
  endOn: Scalars['Date']['input'];
  prescriberOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  prescriberOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  startOn: Scalars['Date']['input'];
};


export type MutationRenewSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiClientSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetNotificationPreferenceArgs = {
  delivery?: InputMaybe<NotificationDelivery>;
  email?: InputMaybe<Scalars['Boolean']['input']>;
  kind: NotificationKind;
};


export type MutationSetSiaeReferentsArgs = {
  input: SiaeReferentsInput;
  siaeId: Scalars['ID']['input'];
};


export type MutationSetUserStatusArgs = {
  status: UserStatus;
  userId: Scalars['ID']['input'];
};


export type MutationSignCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignInWithIdentityAssertionArgs = {
  assertion: Scalars['String']['input'];
};


export type MutationSignOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationTerminateCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
  input: CooperationAgreementInput;
};


export type MutationWithdrawHabilitationArgs = {
  prescriberOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  prescriberOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};

/** An in-app notification of the signed-in user: what happened and a link, never the content. */
export type Notification = {
  __typename?: 'Notification';
  /** When the event happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: NotificationKind;
  /** Path of the page, in the user's portal, where it is read and acted on (e.g. `/siae/prescriptions/…`). */
  link: Scalars['String']['output'];
  /** When the user marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The French title shown in the list. */
  title: Scalars['String']['output'];
};

/** A page of `Notification`, newest first (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<NotificationEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How the e-mails of one kind of notification reach the user (the in-app notification is always kept). */
export type NotificationDelivery =
  /** One e-mail a day, from 7 a.m. (French time), listing the notifications of every kind so chosen since the last one. */
  | 'DAILY_DIGEST'
  /** One e-mail for each notification, as it happens (the default). */
  | 'IMMEDIATE'
  /** No e-mail. */
  | 'OFF';

/** One item of a page of `Notification`, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Notification;
};

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

/** The signed-in user's choice for one kind of notification (in-app notifications are always kept). */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** How the e-mails of this kind are sent: each one, a daily digest, or none. */
  delivery: NotificationDelivery;
  /** Whether e-mails are sent for this kind at all (`delivery` is not OFF). */
  email: Scalars['Boolean']['output'];
  /** The kind of notification. */
  kind: NotificationKind;
  /** French label of the kind. */
  label: Scalars['String']['output'];
};

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

/** Where a page stands in its list (Relay cursor pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the page's last item: pass it as `after` to get the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * The work waiting for the signed-in user (issue 14 §1, "Home = my pending work"), per role: the prescripteur's fiches
 * unanswered, refusals open to appeal, bilans to read and habilitation; the SIAE's fiches to answer, requests, contracts,
 * interviews, agréments and suspensions ending, conventions to sign; the agence's decisions, appeals, conventions, CTA
 * meetings and minutes; the comité's and the État's meetings, documents and roadmap actions. Each subgraph contributes
 * the items of its own data, read under the caller's rights; this one merges and sorts them.
 */
export type PendingWork = {
  __typename?: 'PendingWork';
  /** How many items of each kind (kinds with none left out), for the navigation. */
  counts: Array<PendingWorkCount>;
  /** True when a part of the work could not be read (a service unavailable): the lists are then incomplete. */
  incomplete: Scalars['Boolean']['output'];
  /** Every item, sorted by due date (the most urgent, or the most late, first). */
  items: Array<PendingWorkItem>;
  /** Items of the parcours subgraph (fiches, requests, agréments). */
  parcoursItems?: Maybe<Array<PendingWorkItem>>;
  /** Items of the pilotage subgraph (CTA, comité de pilotage, feuille de route). */
  pilotageItems?: Maybe<Array<PendingWorkItem>>;
  /** How many items in all. */
  total: Scalars['Int']['output'];
  /** The signed-in user: the only one whose work can be read. */
  viewerId: Scalars['ID']['output'];
};

/** How many items of one kind wait: the counts shown in the navigation. */
export type PendingWorkCount = {
  __typename?: 'PendingWorkCount';
  /** How many items of this kind wait. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: PendingWorkKind;
  /** Its French name. */
  label: Scalars['String']['output'];
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

/** A prescriber organisation: de droit, or habilitée by the préfet for a period. */
export type PrescriberOrganisation = PrescriberOrganization & {
  __typename?: 'PrescriberOrganisation';
  /** Whether it may prescribe on that day (today when omitted). */
  canPrescribe: Scalars['Boolean']['output'];
  /** The town where it is. */
  city: Scalars['String']['output'];
  /** The département where it is. */
  departement: Departement;
  /** Null for prescripteurs de droit. */
  habilitation?: Maybe<Habilitation>;
  /** Every avis of the CDIAE on it, oldest first: same readers as `pendingHabilitationAvis`; null for anyone else. */
  habilitationAvis?: Maybe<Array<HabilitationAvis>>;
  /**
   * The register of the préfet's decisions on its habilitation, oldest first: for the services de l'État of its
   * département and the administrators; null for anyone else.
   */
  habilitationDecisions?: Maybe<Array<HabilitationDecision>>;
  /** Where it stands with its habilitation today (prescripteurs de droit: NEVER, they need none). */
  habilitationStatus: HabilitationStatus;
  /** French label of `habilitationStatus`. */
  habilitationStatusLabel: Scalars['String']['output'];
  /** Stable identifier of the organisation. */
  id: Scalars['ID']['output'];
  /** Prescripteur de droit (and which), or habilité. */
  kind: PrescriberKind;
  /**
   * Whether the caller may record the préfet's decisions on it (`grantHabilitation`, `renewHabilitation`,
   * `withdrawHabilitation`): true for an organisation habilitée or to habilitate (kind HABILITE) of a département the
   * caller decides for (`Viewer.habilitationDepartements`), false otherwise. Decided by the server; a portal offers the
   * decisions only when true.
   */
  mayDecideHabilitation: Scalars['Boolean']['output'];
  /**
   * Whether the caller may give its avis on the pending request (`giveHabilitationAvis`): true for the CDIAE of the
   * organisation's département, on an organisation habilitée or to habilitate, when no avis was given on that request yet.
   */
  mayGiveHabilitationAvis: Scalars['Boolean']['output'];
  /** Name of the organisation. */
  name: Scalars['String']['output'];
  /**
   * The CDIAE's avis on the pending request (the préfet's next decision), null when none was given yet: for the État of
   * its département, its CDIAE and the administrators; null for anyone else.
   */
  pendingHabilitationAvis?: Maybe<HabilitationAvis>;
};


/** A prescriber organisation: de droit, or habilitée by the préfet for a period. */
export type PrescriberOrganisationCanPrescribeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of `PrescriberOrganisation` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type PrescriberOrganisationConnection = {
  __typename?: 'PrescriberOrganisationConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<PrescriberOrganisationEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `PrescriberOrganisation`, with its cursor. */
export type PrescriberOrganisationEdge = {
  __typename?: 'PrescriberOrganisationEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: PrescriberOrganisation;
};

/** Criteria for the directory of the prescriber organisations. */
export type PrescriberOrganisationFilter = {
  /** Code of a département. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind of prescripteur. */
  kind?: InputMaybe<PrescriberKind>;
  /** Part of the name or of the city, case- and accent-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The former spelling of `PrescriberOrganisation`, kept so that fragments `on PrescriberOrganization` still apply: every
 * `PrescriberOrganisation` is one. Use `PrescriberOrganisation` (single spelling; withdrawal planned on 2027-06-04).
 */
export type PrescriberOrganization = {
  /** Whether it may prescribe on that day (today when omitted). */
  canPrescribe: Scalars['Boolean']['output'];
  /** The town where it is. */
  city: Scalars['String']['output'];
  /** The département where it is. */
  departement: Departement;
  /** Null for prescripteurs de droit. */
  habilitation?: Maybe<Habilitation>;
  /** The register of the préfet's decisions on its habilitation (see `PrescriberOrganisation.habilitationDecisions`). */
  habilitationDecisions?: Maybe<Array<HabilitationDecision>>;
  /** Where it stands with its habilitation today (prescripteurs de droit: NEVER, they need none). */
  habilitationStatus: HabilitationStatus;
  /** French label of `habilitationStatus`. */
  habilitationStatusLabel: Scalars['String']['output'];
  /** Stable identifier of the organisation. */
  id: Scalars['ID']['output'];
  /** Prescripteur de droit (and which), or habilité. */
  kind: PrescriberKind;
  /** Whether the caller may record the préfet's decisions on it (see `PrescriberOrganisation.mayDecideHabilitation`). */
  mayDecideHabilitation: Scalars['Boolean']['output'];
  /** Name of the organisation. */
  name: Scalars['String']['output'];
};


/**
 * The former spelling of `PrescriberOrganisation`, kept so that fragments `on PrescriberOrganization` still apply: every
 * `PrescriberOrganisation` is one. Use `PrescriberOrganisation` (single spelling; withdrawal planned on 2027-06-04).
 */
export type PrescriberOrganizationCanPrescribeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of the deprecated `prescriberOrganizations` (use `PrescriberOrganisationConnection`). */
export type PrescriberOrganizationConnection = {
  __typename?: 'PrescriberOrganizationConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<PrescriberOrganizationEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of the deprecated `prescriberOrganizations` (use `PrescriberOrganisationEdge`). */
export type PrescriberOrganizationEdge = {
  __typename?: 'PrescriberOrganizationEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: PrescriberOrganisation;
};

/** Criteria of the deprecated `prescriberOrganizations` (use `PrescriberOrganisationFilter`). */
export type PrescriberOrganizationFilter = {
  /** Code of a département. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Only this kind of prescripteur. */
  kind?: InputMaybe<PrescriberKind>;
  /** Part of the name or of the city, case- and accent-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type Query = {
  __typename?: 'Query';
  /** The signed-in user's open sessions, the current one first: each device where they are signed in. */
  accountSessions: Array<AccountSession>;
  /** The directory of the agences Pôle emploi, by name. */
  agencies: AgencyConnection;
  /** One agence, or null when unknown. */
  agency?: Maybe<Agency>;
  /** One API client the caller manages; null when unknown or not the caller's to manage. */
  apiClient?: Maybe<ApiClient>;
  /**
   * Organisations of that kind the caller may give an API client to, whose name contains `search` (20 at most), with
   * the scopes such a client may hold.
   */
  apiClientOrganisationChoices: Array<ApiClientOrganisationChoice>;
  /**
   * The API clients the caller manages, newest first: platform administrators all of them; a service de l'État those
   * of the organisations of its département (all of them for a regional service).
   */
  apiClients: Array<ApiClient>;
  /**
   * The audit trail, newest first: platform administrators all of it; a service de l'État the events of the
   * organisations of its département (row-level security, migration 0020).
   */
  auditEvents: AuditEventConnection;
  /** One convention, or null when the caller may not see it. */
  cooperationAgreement?: Maybe<CooperationAgreement>;
  /** Conventions the caller may see (SIAE: its own; agence: its territory; comité, État: all). */
  cooperationAgreements: CooperationAgreementConnection;
  /** One département, or null when unknown. */
  departement?: Maybe<Departement>;
  /** The départements of the region, by code. */
  departements: Array<Departement>;
  /**
   * The préfet's list of the prescripteurs habilités of a département on a day (today when omitted): the organisations
   * whose habilitation is in effect that day, by name (fiche 2: listes départementales des prescripteurs habilités).
   */
  habilitatedPrescribers: Array<PrescriberOrganisation>;
  /** One offer: open ones for everyone, closed ones for their SIAE and its agence; null otherwise. */
  jobOffer?: Maybe<JobOffer>;
  /** Open job offers, newest first (prescripteurs and API clients see these). */
  jobOffers: JobOfferConnection;
  /** The signed-in user's e-mail choice for each kind of notification their organisation may receive. */
  notificationPreferences: Array<NotificationPreference>;
  /** The signed-in user's notifications, newest first; `unreadOnly` keeps the unread ones. */
  notifications: NotificationConnection;
  /**
   * The work waiting for the signed-in user, sorted by due date, with its counts: the home page of each portal in one
   * query. Signed-in members of an organisation only (an API client or an administrator has none).
   */
  pendingWork?: Maybe<PendingWork>;
  /** One prescriber organisation, or null when unknown. */
  prescriberOrganisation?: Maybe<PrescriberOrganisation>;
  /** The directory of the prescriber organisations, by name. */
  prescriberOrganisations: PrescriberOrganisationConnection;
  /**
   * One prescriber organisation, or null when unknown.
   * @deprecated Utiliser `prescriberOrganisation` : orthographe unique, retrait prévu le 2027-06-04 (depuis le 2026-12-04).
   */
  prescriberOrganization?: Maybe<PrescriberOrganisation>;
  /**
   * The directory of the prescriber organisations, by name.
   * @deprecated Utiliser `prescriberOrganisations` : orthographe unique, retrait prévu le 2027-06-04 (depuis le 2026-12-04).
   */
  prescriberOrganizations: PrescriberOrganizationConnection;
  /** One SIAE, or null when unknown. */
  siae?: Maybe<Siae>;
  /** The directory of the SIAE, by name. */
  siaes: SiaeConnection;
  /** How many of the signed-in user's notifications are unread (the bell's count). */
  unreadNotificationCount: Scalars['Int']['output'];
  /**
   * The agents and API clients whose reads of people over a period were unusual (issue 19 §2): a burst, or people outside
   * their organisation's usual flow (@navette/domain unusual-reads.ts). Over the same events as `auditEvents` (row-level
   * security: an administrator all, a service de l'État its département's organisations), aggregated in the database,
   * the most unusual first (people outside the flow, then the peak).
   */
  unusualReaders: UnusualReaderConnection;
  /** The signed-in user. */
  viewer?: Maybe<Viewer>;
  /** The public event types a client may subscribe to, with the scope each needs. */
  webhookEventTypes: Array<WebhookEventType>;
  /** One of the calling API client's subscriptions (another client's: WEBHOOK_SUBSCRIPTION_NOT_FOUND, as an unknown one). */
  webhookSubscription: WebhookSubscription;
  /** The calling API client's subscriptions, newest first (API clients only: WEBHOOKS_API_CLIENTS_ONLY otherwise). */
  webhookSubscriptions: Array<WebhookSubscription>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryApiClientArgs = {
  id: Scalars['ID']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryApiClientOrganisationChoicesArgs = {
  kind: OrganisationKind;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryCooperationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CooperationAgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryDepartementArgs = {
  code: Scalars['ID']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryHabilitatedPrescribersArgs = {
  departement: Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryJobOfferArgs = {
  id: Scalars['ID']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryJobOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobOfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryPrescriberOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryPrescriberOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PrescriberOrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryPrescriberOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryPrescriberOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PrescriberOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QuerySiaeArgs = {
  id: Scalars['ID']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QuerySiaesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SiaeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryUnusualReadersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


/** Every read the API offers; each field says the scope it needs (`@requiresScopes`) and whom it shows. */
export type QueryWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};

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

/**
 * A signed-in session: a short-lived access token (send it as `Authorization: Bearer …`) and a refresh token to get a
 * new one with `renewSession` before it expires.
 */
export type Session = {
  __typename?: 'Session';
  /** The access token: send it as `Authorization: Bearer …`. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /**
   * Given by signIn only: failed sign-in attempts on this account since its previous sign-in (counted up to 1000),
   * so that the user notices someone guessing their password.
   */
  failedSignInsSinceLastSignIn?: Maybe<Scalars['Int']['output']>;
  /** The refresh token, for `renewSession` and `signOut`; keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** When the refresh token expires: sign in again after it. */
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  /** The signed-in user. */
  viewer: Viewer;
};

/** A structure d'insertion par l'activité économique. */
export type Siae = {
  __typename?: 'Siae';
  /** The Pôle emploi agence that follows this SIAE (its référent agence). */
  agency: Agency;
  /** The town where it is. */
  city: Scalars['String']['output'];
  /** accord, annexe 4 §2.2.8: an association intermédiaire must have a convention with its agence. */
  cooperationAgreementMandatory: Scalars['Boolean']['output'];
  /** Its conventions, newest first; null when the caller may not see them (another SIAE, a prescripteur). */
  cooperationAgreements?: Maybe<Array<CooperationAgreement>>;
  /** The département where it is. */
  departement: Departement;
  /** The bassin d'emploi where it is (and thus its CTA). */
  employmentArea: EmploymentArea;
  /** Stable identifier of the SIAE. */
  id: Scalars['ID']['output'];
  /** Its open job offers (all of them for the SIAE itself and its agence). */
  jobOffers: Array<JobOffer>;
  /** Its kind (ACI, AI, EI, ETTI, EITI). */
  kind: SiaeKind;
  /** Mandatory and none in force today: the SIAE list flags it. */
  missingCooperationAgreement: Scalars['Boolean']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its postcode. */
  postcode: Scalars['String']['output'];
  /** Null when the caller may not see them, or none is recorded. */
  referents?: Maybe<SiaeReferents>;
  /** Its SIRET number (14 digits). */
  siret: Scalars['String']['output'];
};


/** A structure d'insertion par l'activité économique. */
export type SiaeJobOffersArgs = {
  status?: InputMaybe<JobOfferStatus>;
};

/** A page of `Siae` (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type SiaeConnection = {
  __typename?: 'SiaeConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<SiaeEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `Siae`, with its cursor. */
export type SiaeEdge = {
  __typename?: 'SiaeEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Siae;
};

/** Criteria for the directory of the SIAE. */
export type SiaeFilter = {
  /** Only the SIAE this agence follows. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Code of a département. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Only this bassin d'emploi. */
  employmentAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind of SIAE. */
  kind?: InputMaybe<SiaeKind>;
  /** Only the SIAE that must have a convention de coopération locale and have none in force (annexe 4 §2.2.8). */
  missingCooperationAgreement?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name or of the city, case- and accent-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
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

/** The référent Pôle emploi of a SIAE and the SIAE's correspondent for Pôle emploi (accord, fiche 2). */
export type SiaeReferents = {
  __typename?: 'SiaeReferents';
  /** E-mail of the SIAE's correspondent. */
  correspondentEmail?: Maybe<Scalars['String']['output']>;
  /** Name of the SIAE's correspondent for Pôle emploi. */
  correspondentName?: Maybe<Scalars['String']['output']>;
  /** E-mail of the référent Pôle emploi. */
  referentEmail?: Maybe<Scalars['String']['output']>;
  /** Name of the référent Pôle emploi. */
  referentName?: Maybe<Scalars['String']['output']>;
  /** When it was last changed (set by the server). */
  updatedAt: Scalars['DateTime']['output'];
};

/** The référent Pôle emploi (set by the agence) and the SIAE's correspondent (set by the SIAE). */
export type SiaeReferentsInput = {
  /** E-mail of the SIAE's correspondent (SIAE). */
  correspondentEmail?: InputMaybe<Scalars['String']['input']>;
  /** Name of the SIAE's correspondent (SIAE). */
  correspondentName?: InputMaybe<Scalars['String']['input']>;
  /** E-mail of the référent Pôle emploi (agence). */
  referentEmail?: InputMaybe<Scalars['String']['input']>;
  /** Name of the référent Pôle emploi (agence). */
  referentName?: InputMaybe<Scalars['String']['input']>;
};

/** Why a reader is listed as unusual (issue 19 §2; @navette/domain unusual-reads.ts, thresholds to be confirmed by the DPO). */
export type UnusualReadReason =
  /** More reads of people within the window (60 minutes, sliding) than the threshold. */
  | 'BURST'
  /** Read at least one person with whom its organisation has no link: no record of the person (the person recorded, a diagnosis, a prescription, an orientation, a demande d'agrément, an agrément, a contract) names it. */
  | 'OUTSIDE_USUAL_FLOW';

/** An agent or API client whose reads of people over the period were unusual. Counts only: the people are in the audit trail (`auditEvents` filtered by the agent). */
export type UnusualReader = {
  __typename?: 'UnusualReader';
  /** Id of the agent (user) or API client. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** user or api_client */
  actorKind: Scalars['String']['output'];
  /** Id of its organisation when it read, if any. */
  actorOrganisationId?: Maybe<Scalars['ID']['output']>;
  /** The last read of that busiest window. */
  peakAt: Scalars['DateTime']['output'];
  /** The most reads within any window of `burstWindowMinutes` in the period. */
  peakReadsInWindow: Scalars['Int']['output'];
  /** Different people read in the period. */
  people: Scalars['Int']['output'];
  /** Different people read with whom its organisation has no link (see OUTSIDE_USUAL_FLOW). */
  peopleOutsideUsualFlow: Scalars['Int']['output'];
  /** PERSON_READ events in the period. */
  reads: Scalars['Int']['output'];
  /** Why it is listed (one reason at least). */
  reasons: Array<UnusualReadReason>;
};

/** A page of `UnusualReader` (Relay connection: `first`/`after`, `pageInfo.endCursor`), the most unusual first, with the rule's thresholds. */
export type UnusualReaderConnection = {
  __typename?: 'UnusualReaderConnection';
  /** A burst is strictly more reads than this within the window. */
  burstThreshold: Scalars['Int']['output'];
  /** The burst window, in minutes (sliding). */
  burstWindowMinutes: Scalars['Int']['output'];
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<UnusualReaderEdge>;
  /** The period reviewed: from (included). */
  from: Scalars['DateTime']['output'];
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** The period reviewed: to (excluded). */
  to: Scalars['DateTime']['output'];
};

/** One item of a page of `UnusualReader`, with its cursor. */
export type UnusualReaderEdge = {
  __typename?: 'UnusualReaderEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: UnusualReader;
};

/** Whether a user account may sign in. */
export type UserStatus =
  /** The account may sign in. */
  | 'ACTIVE'
  /** The account may not sign in; its sessions are closed. */
  | 'DISABLED';

/** The signed-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The user's name, as shown. */
  displayName: Scalars['String']['output'];
  /** The user's e-mail address. */
  email: Scalars['String']['output'];
  /**
   * The départements whose prescripteurs' habilitations the user records (accord, annexe 4 §2.1): its own for a service
   * de l'État of a département, every département of the region for an administrator, none for anyone else. Decided by
   * the server, by code; a portal shows the habilitations of these départements only.
   */
  habilitationDepartements: Array<Departement>;
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
  /** Null for platform administrators. */
  organisation?: Maybe<ViewerOrganisation>;
  /** The user's role. */
  role: Role;
  /** French label of the role. */
  roleLabel: Scalars['String']['output'];
};

/** The organisation the signed-in user belongs to. */
export type ViewerOrganisation = {
  __typename?: 'ViewerOrganisation';
  /** INSEE code of its département (`25`, `2A`, `971`…); null for one without (a comité de pilotage, a DREETS). */
  departementCode?: Maybe<Scalars['String']['output']>;
  /** Its id (of a SIAE, an agence, a prescriber organisation…). */
  id: Scalars['ID']['output'];
  /** What kind of organisation it is. */
  kind: OrganisationKind;
  /** Its name. */
  name: Scalars['String']['output'];
};

/** One event sent (or to send) to one subscription. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made since it was created or replayed. */
  attempts: Scalars['Int']['output'];
  /** When the event was written for this subscription. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver accepted it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event type. */
  eventType: Scalars['String']['output'];
  /** Stable identifier; also the `webhook-id` header, the receiver's key to ignore a repeated delivery. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed (`HTTP_500`, `TIMEOUT`, `ECONNREFUSED`, `PRIVATE_ADDRESS`…); null once delivered. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last answer, if one came. */
  lastStatus?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (while pending). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** A page of `WebhookDelivery`, newest first (Relay connection: `first`/`after`, `pageInfo.endCursor`). */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page, in the list's order, each with its cursor. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether more items follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page of `WebhookDelivery`, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this item: pass it as `after` to get the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Given up after the last attempt, or the subscription or client is no longer active; it can be replayed. */
  | 'FAILED'
  /** Waiting for its first or next attempt. */
  | 'PENDING';

/** A public event type a client may subscribe to (issue 15 §4), with the scope it needs. */
export type WebhookEventType = {
  __typename?: 'WebhookEventType';
  /** What happened, in French. */
  description: Scalars['String']['output'];
  /** The scope the client must hold to receive it (the data it is about). */
  scope: Scalars['String']['output'];
  /** Its name, as in the webhooks' `type` (e.g. `offer.published`). */
  type: Scalars['String']['output'];
};

/**
 * An API client's subscription (issue 15 §4): the events of the chosen types are POSTed to its URL, signed per the
 * Standard Webhooks scheme (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers). The secret is never shown
 * again after its creation or rotation.
 */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Its deliveries, newest first: what was sent, when, and what the receiver answered. */
  deliveries: WebhookDeliveryConnection;
  /** The event types it receives. */
  eventTypes: Array<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Until when the secret replaced by the last rotation still signs too (null when no overlap runs). */
  previousSecretValidUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The receiver's URL (https). */
  url: Scalars['String']['output'];
};


/**
 * An API client's subscription (issue 15 §4): the events of the chosen types are POSTed to its URL, signed per the
 * Standard Webhooks scheme (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers). The secret is never shown
 * again after its creation or rotation.
 */
export type WebhookSubscriptionDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A subscription and its signing secret, given once: store it now. */
export type WebhookSubscriptionSecret = {
  __typename?: 'WebhookSubscriptionSecret';
  /** The signing secret (`whsec_…`, Standard Webhooks format): verifies the `webhook-signature` header. */
  secret: Scalars['String']['output'];
  /** The subscription. */
  subscription: WebhookSubscription;
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
  Agency: Agency;
  CooperationAgreement: CooperationAgreement;
  Departement: Departement;
  EmploymentArea: EmploymentArea;
  JobOffer: JobOffer;
  PendingWork: PendingWork;
  PrescriberOrganisation: PrescriberOrganisation;
  Siae: Siae;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  CooperationAgreement:
    ( { __typename: 'CooperationAgreement' }
    & GraphQLRecursivePick<FederationTypes['CooperationAgreement'], {"id":true}> );
  Departement:
    ( { __typename: 'Departement' }
    & GraphQLRecursivePick<FederationTypes['Departement'], {"code":true}> );
  EmploymentArea:
    ( { __typename: 'EmploymentArea' }
    & GraphQLRecursivePick<FederationTypes['EmploymentArea'], {"id":true}> );
  JobOffer:
    ( { __typename: 'JobOffer' }
    & GraphQLRecursivePick<FederationTypes['JobOffer'], {"id":true}> );
  PendingWork:
    ( { __typename: 'PendingWork' }
    & GraphQLRecursivePick<FederationTypes['PendingWork'], {"viewerId":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}>
        | GraphQLRecursivePick<FederationTypes['PendingWork'], {"parcoursItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true},"pilotageItems":{"kind":true,"label":true,"dueOn":true,"daysLeft":true,"daysLeftInWorkingDays":true,"link":true}}> ) );
  PrescriberOrganisation:
    ( { __typename: 'PrescriberOrganisation' }
    & GraphQLRecursivePick<FederationTypes['PrescriberOrganisation'], {"id":true}> );
  Siae:
    ( { __typename: 'Siae' }
    & GraphQLRecursivePick<FederationTypes['Siae'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  PrescriberOrganization: ( PrescriberOrganisationRow );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountSession: ResolverTypeWrapper<AccountSessionRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Agency: ResolverTypeWrapper<AgencyRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgencyConnection: ResolverTypeWrapper<Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyEdge']> }>;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFilter: AgencyFilter;
  ApiClient: ResolverTypeWrapper<ApiClientRow>;
  ApiClientCredential: ResolverTypeWrapper<Omit<ApiClientCredential, 'client'> & { client: ResolversTypes['ApiClient'] }>;
  ApiClientDailyUsage: ResolverTypeWrapper<ApiClientDailyUsage>;
  ApiClientOrganisation: ResolverTypeWrapper<ApiClientOrganisationRow>;
  ApiClientOrganisationChoice: ResolverTypeWrapper<Omit<ApiClientOrganisationChoice, 'organisation'> & { organisation: ResolversTypes['ApiClientOrganisation'] }>;
  ApiClientStatus: ApiClientStatus;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  AuditEventFilter: AuditEventFilter;
  CooperationAgreement: ResolverTypeWrapper<CooperationAgreementRow>;
  CooperationAgreementConnection: ResolverTypeWrapper<Omit<CooperationAgreementConnection, 'edges'> & { edges: Array<ResolversTypes['CooperationAgreementEdge']> }>;
  CooperationAgreementEdge: ResolverTypeWrapper<Omit<CooperationAgreementEdge, 'node'> & { node: ResolversTypes['CooperationAgreement'] }>;
  CooperationAgreementFilter: CooperationAgreementFilter;
  CooperationAgreementInput: CooperationAgreementInput;
  CooperationAgreementStatus: CooperationAgreementStatus;
  CreateApiClientInput: CreateApiClientInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Departement: ResolverTypeWrapper<DepartementRow>;
  EmploymentArea: ResolverTypeWrapper<EmploymentAreaRow>;
  Habilitation: ResolverTypeWrapper<Habilitation>;
  HabilitationAvis: ResolverTypeWrapper<ShownHabilitationAvis>;
  HabilitationDecision: ResolverTypeWrapper<ShownHabilitationDecision>;
  HabilitationDecisionKind: HabilitationDecisionKind;
  HabilitationStatus: HabilitationStatus;
  JobOffer: ResolverTypeWrapper<JobOfferRow>;
  JobOfferConnection: ResolverTypeWrapper<Omit<JobOfferConnection, 'edges'> & { edges: Array<ResolversTypes['JobOfferEdge']> }>;
  JobOfferEdge: ResolverTypeWrapper<Omit<JobOfferEdge, 'node'> & { node: ResolversTypes['JobOffer'] }>;
  JobOfferFilter: JobOfferFilter;
  JobOfferInput: JobOfferInput;
  JobOfferStatus: JobOfferStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<Notification>;
  NotificationConnection: ResolverTypeWrapper<NotificationConnection>;
  NotificationDelivery: NotificationDelivery;
  NotificationEdge: ResolverTypeWrapper<NotificationEdge>;
  NotificationKind: NotificationKind;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PendingWork: ResolverTypeWrapper<PendingWorkParent>;
  PendingWorkCount: ResolverTypeWrapper<PendingWorkCount>;
  PendingWorkItem: ResolverTypeWrapper<PendingWorkItem>;
  PendingWorkKind: PendingWorkKind;
  PrescriberKind: PrescriberKind;
  PrescriberOrganisation: ResolverTypeWrapper<PrescriberOrganisationRow>;
  PrescriberOrganisationConnection: ResolverTypeWrapper<Omit<PrescriberOrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['PrescriberOrganisationEdge']> }>;
  PrescriberOrganisationEdge: ResolverTypeWrapper<Omit<PrescriberOrganisationEdge, 'node'> & { node: ResolversTypes['PrescriberOrganisation'] }>;
  PrescriberOrganisationFilter: PrescriberOrganisationFilter;
  PrescriberOrganization: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['PrescriberOrganization']>;
  PrescriberOrganizationConnection: ResolverTypeWrapper<Omit<PrescriberOrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['PrescriberOrganizationEdge']> }>;
  PrescriberOrganizationEdge: ResolverTypeWrapper<Omit<PrescriberOrganizationEdge, 'node'> & { node: ResolversTypes['PrescriberOrganisation'] }>;
  PrescriberOrganizationFilter: PrescriberOrganizationFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Session: ResolverTypeWrapper<SessionPayload>;
  Siae: ResolverTypeWrapper<SiaeRow>;
  SiaeConnection: ResolverTypeWrapper<Omit<SiaeConnection, 'edges'> & { edges: Array<ResolversTypes['SiaeEdge']> }>;
  SiaeEdge: ResolverTypeWrapper<Omit<SiaeEdge, 'node'> & { node: ResolversTypes['Siae'] }>;
  SiaeFilter: SiaeFilter;
  SiaeKind: SiaeKind;
  SiaeReferents: ResolverTypeWrapper<SiaeReferentsRow>;
  SiaeReferentsInput: SiaeReferentsInput;
  UnusualReadReason: UnusualReadReason;
  UnusualReader: ResolverTypeWrapper<UnusualReader>;
  UnusualReaderConnection: ResolverTypeWrapper<UnusualReaderConnection>;
  UnusualReaderEdge: ResolverTypeWrapper<UnusualReaderEdge>;
  UserStatus: UserStatus;
  Viewer: ResolverTypeWrapper<ViewerRow>;
  ViewerOrganisation: ResolverTypeWrapper<ViewerOrganisationRow>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEventType: ResolverTypeWrapper<WebhookEventType>;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionRow>;
  WebhookSubscriptionSecret: ResolverTypeWrapper<Omit<WebhookSubscriptionSecret, 'subscription'> & { subscription: ResolversTypes['WebhookSubscription'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountSession: AccountSessionRow;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Agency: AgencyRow;
  Int: Scalars['Int']['output'];
  AgencyConnection: Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyEdge']> };
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFilter: AgencyFilter;
  ApiClient: ApiClientRow;
  ApiClientCredential: Omit<ApiClientCredential, 'client'> & { client: ResolversParentTypes['ApiClient'] };
  ApiClientDailyUsage: ApiClientDailyUsage;
  ApiClientOrganisation: ApiClientOrganisationRow;
  ApiClientOrganisationChoice: Omit<ApiClientOrganisationChoice, 'organisation'> & { organisation: ResolversParentTypes['ApiClientOrganisation'] };
  AuditEvent: AuditEvent;
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  AuditEventFilter: AuditEventFilter;
  CooperationAgreement: CooperationAgreementRow;
  CooperationAgreementConnection: Omit<CooperationAgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['CooperationAgreementEdge']> };
  CooperationAgreementEdge: Omit<CooperationAgreementEdge, 'node'> & { node: ResolversParentTypes['CooperationAgreement'] };
  CooperationAgreementFilter: CooperationAgreementFilter;
  CooperationAgreementInput: CooperationAgreementInput;
  CreateApiClientInput: CreateApiClientInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Departement: DepartementRow;
  EmploymentArea: EmploymentAreaRow;
  Habilitation: Habilitation;
  HabilitationAvis: ShownHabilitationAvis;
  HabilitationDecision: ShownHabilitationDecision;
  JobOffer: JobOfferRow;
  JobOfferConnection: Omit<JobOfferConnection, 'edges'> & { edges: Array<ResolversParentTypes['JobOfferEdge']> };
  JobOfferEdge: Omit<JobOfferEdge, 'node'> & { node: ResolversParentTypes['JobOffer'] };
  JobOfferFilter: JobOfferFilter;
  JobOfferInput: JobOfferInput;
  Mutation: Record<PropertyKey, never>;
  Notification: Notification;
  NotificationConnection: NotificationConnection;
  NotificationEdge: NotificationEdge;
  NotificationPreference: NotificationPreference;
  PageInfo: PageInfo;
  PendingWork: PendingWorkParent;
  PendingWorkCount: PendingWorkCount;
  PendingWorkItem: PendingWorkItem;
  PrescriberOrganisation: PrescriberOrganisationRow;
  PrescriberOrganisationConnection: Omit<PrescriberOrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PrescriberOrganisationEdge']> };
  PrescriberOrganisationEdge: Omit<PrescriberOrganisationEdge, 'node'> & { node: ResolversParentTypes['PrescriberOrganisation'] };
  PrescriberOrganisationFilter: PrescriberOrganisationFilter;
  PrescriberOrganization: ResolversInterfaceTypes<ResolversParentTypes>['PrescriberOrganization'];
  PrescriberOrganizationConnection: Omit<PrescriberOrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PrescriberOrganizationEdge']> };
  PrescriberOrganizationEdge: Omit<PrescriberOrganizationEdge, 'node'> & { node: ResolversParentTypes['PrescriberOrganisation'] };
  PrescriberOrganizationFilter: PrescriberOrganizationFilter;
  Query: Record<PropertyKey, never>;
  Session: SessionPayload;
  Siae: SiaeRow;
  SiaeConnection: Omit<SiaeConnection, 'edges'> & { edges: Array<ResolversParentTypes['SiaeEdge']> };
  SiaeEdge: Omit<SiaeEdge, 'node'> & { node: ResolversParentTypes['Siae'] };
  SiaeFilter: SiaeFilter;
  SiaeReferents: SiaeReferentsRow;
  SiaeReferentsInput: SiaeReferentsInput;
  UnusualReader: UnusualReader;
  UnusualReaderConnection: UnusualReaderConnection;
  UnusualReaderEdge: UnusualReaderEdge;
  Viewer: ViewerRow;
  ViewerOrganisation: ViewerOrganisationRow;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEventType: WebhookEventType;
  WebhookSubscription: WebhookSubscriptionRow;
  WebhookSubscriptionSecret: Omit<WebhookSubscriptionSecret, 'subscription'> & { subscription: ResolversParentTypes['WebhookSubscription'] };
}>;

export type AccountSessionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['AccountSession'] = ResolversParentTypes['AccountSession']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActiveAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signedInAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AgencyResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siaes?: Resolver<ResolversTypes['SiaeConnection'], ParentType, ContextType, RequireFields<AgencySiaesArgs, 'first'>>;
}>;

export type AgencyConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['AgencyConnection'] = ResolversParentTypes['AgencyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgencyEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
}>;

export type ApiClientResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxCostPerOperation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['ApiClientOrganisation']>, ParentType, ContextType>;
  previousSecretValidUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestsPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  secretRotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiClientStatus'], ParentType, ContextType>;
  usage?: Resolver<Array<ResolversTypes['ApiClientDailyUsage']>, ParentType, ContextType, RequireFields<ApiClientUsageArgs, 'days'>>;
}>;

export type ApiClientCredentialResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['ApiClientCredential'] = ResolversParentTypes['ApiClientCredential']> = ResolversObject<{
  client?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType>;
  credential?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApiClientDailyUsageResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['ApiClientDailyUsage'] = ResolversParentTypes['ApiClientDailyUsage']> = ResolversObject<{
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ApiClientOrganisationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['ApiClientOrganisation'] = ResolversParentTypes['ApiClientOrganisation']> = ResolversObject<{
  departementCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApiClientOrganisationChoiceResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['ApiClientOrganisationChoice'] = ResolversParentTypes['ApiClientOrganisationChoice']> = ResolversObject<{
  organisation?: Resolver<ResolversTypes['ApiClientOrganisation'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldsRead?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type CooperationAgreementResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['CooperationAgreement'] = ResolversParentTypes['CooperationAgreement'], FederationReferenceType extends FederationReferenceTypes['CooperationAgreement'] = FederationReferenceTypes['CooperationAgreement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CooperationAgreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  agencySignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  exitsHeading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offersHeading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prescriptionHeading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referentsHeading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  siae?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
  siaeSignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CooperationAgreementStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terminatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type CooperationAgreementConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['CooperationAgreementConnection'] = ResolversParentTypes['CooperationAgreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CooperationAgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CooperationAgreementEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['CooperationAgreementEdge'] = ResolversParentTypes['CooperationAgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartementResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Departement'] = ResolversParentTypes['Departement'], FederationReferenceType extends FederationReferenceTypes['Departement'] = FederationReferenceTypes['Departement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Departement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  employmentAreas?: Resolver<Array<ResolversTypes['EmploymentArea']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EmploymentAreaResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['EmploymentArea'] = ResolversParentTypes['EmploymentArea'], FederationReferenceType extends FederationReferenceTypes['EmploymentArea'] = FederationReferenceTypes['EmploymentArea']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentArea']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HabilitationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Habilitation'] = ResolversParentTypes['Habilitation']> = ResolversObject<{
  endOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type HabilitationAvisResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['HabilitationAvis'] = ResolversParentTypes['HabilitationAvis']> = ResolversObject<{
  cdiaeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  favorable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  givenByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HabilitationDecisionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['HabilitationDecision'] = ResolversParentTypes['HabilitationDecision']> = ResolversObject<{
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HabilitationDecisionKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBeforeRegister?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type JobOfferResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['JobOffer'] = ResolversParentTypes['JobOffer'], FederationReferenceType extends FederationReferenceTypes['JobOffer'] = FederationReferenceTypes['JobOffer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['JobOffer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  depositedAtPoleEmploiOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prerequisites?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  siae?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobOfferStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JobOfferConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['JobOfferConnection'] = ResolversParentTypes['JobOfferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JobOfferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobOfferEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['JobOfferEdge'] = ResolversParentTypes['JobOfferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JobOffer'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changePassword?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  closeJobOffer?: Resolver<ResolversTypes['JobOffer'], ParentType, ContextType, RequireFields<MutationCloseJobOfferArgs, 'id'>>;
  createApiClient?: Resolver<ResolversTypes['ApiClientCredential'], ParentType, ContextType, RequireFields<MutationCreateApiClientArgs, 'input'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscriptionSecret'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  deleteWebhookSubscription?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookSubscriptionArgs, 'id'>>;
  draftCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationDraftCooperationAgreementArgs, 'input'>>;
  giveHabilitationAvis?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType, RequireFields<MutationGiveHabilitationAvisArgs, 'favorable' | 'prescriberOrganisationId'>>;
  grantHabilitation?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType, RequireFields<MutationGrantHabilitationArgs, 'endOn' | 'startOn'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  publishJobOffer?: Resolver<ResolversTypes['JobOffer'], ParentType, ContextType, RequireFields<MutationPublishJobOfferArgs, 'input'>>;
  renewHabilitation?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType, RequireFields<MutationRenewHabilitationArgs, 'endOn' | 'startOn'>>;
  renewSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationRenewSessionArgs, 'refreshToken'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeApiClient?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType, RequireFields<MutationRevokeApiClientArgs, 'id'>>;
  revokeOtherSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokeSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeSessionArgs, 'id'>>;
  rotateApiClientSecret?: Resolver<ResolversTypes['ApiClientCredential'], ParentType, ContextType, RequireFields<MutationRotateApiClientSecretArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookSubscriptionSecret'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  setNotificationPreference?: Resolver<ResolversTypes['NotificationPreference'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferenceArgs, 'kind'>>;
  setSiaeReferents?: Resolver<ResolversTypes['SiaeReferents'], ParentType, ContextType, RequireFields<MutationSetSiaeReferentsArgs, 'input' | 'siaeId'>>;
  setUserStatus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetUserStatusArgs, 'status' | 'userId'>>;
  signCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationSignCooperationAgreementArgs, 'id'>>;
  signIn?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signInWithIdentityAssertion?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInWithIdentityAssertionArgs, 'assertion'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSignOutArgs, 'refreshToken'>>;
  terminateCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationTerminateCooperationAgreementArgs, 'id'>>;
  updateCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationUpdateCooperationAgreementArgs, 'id' | 'input'>>;
  withdrawHabilitation?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType, RequireFields<MutationWithdrawHabilitationArgs, 'reason'>>;
}>;

export type NotificationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type NotificationPreferenceResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = ResolversObject<{
  delivery?: Resolver<ResolversTypes['NotificationDelivery'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PendingWorkResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PendingWork'] = ResolversParentTypes['PendingWork'], FederationReferenceType extends FederationReferenceTypes['PendingWork'] = FederationReferenceTypes['PendingWork']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PendingWork']> | FederationReferenceType, FederationReferenceType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['PendingWorkCount']>, ParentType, ContextType>;
  incomplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['PendingWorkItem']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PendingWorkCountResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PendingWorkCount'] = ResolversParentTypes['PendingWorkCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PendingWorkKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PendingWorkItemResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PendingWorkItem'] = ResolversParentTypes['PendingWorkItem']> = ResolversObject<{
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysLeftInWorkingDays?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PendingWorkKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PrescriberOrganisationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganisation'] = ResolversParentTypes['PrescriberOrganisation'], FederationReferenceType extends FederationReferenceTypes['PrescriberOrganisation'] = FederationReferenceTypes['PrescriberOrganisation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PrescriberOrganisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  canPrescribe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<PrescriberOrganisationCanPrescribeArgs>>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  habilitation?: Resolver<Maybe<ResolversTypes['Habilitation']>, ParentType, ContextType>;
  habilitationAvis?: Resolver<Maybe<Array<ResolversTypes['HabilitationAvis']>>, ParentType, ContextType>;
  habilitationDecisions?: Resolver<Maybe<Array<ResolversTypes['HabilitationDecision']>>, ParentType, ContextType>;
  habilitationStatus?: Resolver<ResolversTypes['HabilitationStatus'], ParentType, ContextType>;
  habilitationStatusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PrescriberKind'], ParentType, ContextType>;
  mayDecideHabilitation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mayGiveHabilitationAvis?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingHabilitationAvis?: Resolver<Maybe<ResolversTypes['HabilitationAvis']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PrescriberOrganisationConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganisationConnection'] = ResolversParentTypes['PrescriberOrganisationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PrescriberOrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PrescriberOrganisationEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganisationEdge'] = ResolversParentTypes['PrescriberOrganisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType>;
}>;

export type PrescriberOrganizationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganization'] = ResolversParentTypes['PrescriberOrganization']> = ResolversObject<{
  __resolveType: TypeResolveFn<'PrescriberOrganisation', ParentType, ContextType>;
}>;

export type PrescriberOrganizationConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganizationConnection'] = ResolversParentTypes['PrescriberOrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PrescriberOrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PrescriberOrganizationEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganizationEdge'] = ResolversParentTypes['PrescriberOrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PrescriberOrganisation'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accountSessions?: Resolver<Array<ResolversTypes['AccountSession']>, ParentType, ContextType>;
  agencies?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, RequireFields<QueryAgenciesArgs, 'first'>>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
  apiClient?: Resolver<Maybe<ResolversTypes['ApiClient']>, ParentType, ContextType, RequireFields<QueryApiClientArgs, 'id'>>;
  apiClientOrganisationChoices?: Resolver<Array<ResolversTypes['ApiClientOrganisationChoice']>, ParentType, ContextType, RequireFields<QueryApiClientOrganisationChoicesArgs, 'kind'>>;
  apiClients?: Resolver<Array<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  cooperationAgreement?: Resolver<Maybe<ResolversTypes['CooperationAgreement']>, ParentType, ContextType, RequireFields<QueryCooperationAgreementArgs, 'id'>>;
  cooperationAgreements?: Resolver<ResolversTypes['CooperationAgreementConnection'], ParentType, ContextType, RequireFields<QueryCooperationAgreementsArgs, 'first'>>;
  departement?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType, RequireFields<QueryDepartementArgs, 'code'>>;
  departements?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  habilitatedPrescribers?: Resolver<Array<ResolversTypes['PrescriberOrganisation']>, ParentType, ContextType, RequireFields<QueryHabilitatedPrescribersArgs, 'departement'>>;
  jobOffer?: Resolver<Maybe<ResolversTypes['JobOffer']>, ParentType, ContextType, RequireFields<QueryJobOfferArgs, 'id'>>;
  jobOffers?: Resolver<ResolversTypes['JobOfferConnection'], ParentType, ContextType, RequireFields<QueryJobOffersArgs, 'first'>>;
  notificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<QueryNotificationsArgs>>;
  pendingWork?: Resolver<Maybe<ResolversTypes['PendingWork']>, ParentType, ContextType>;
  prescriberOrganisation?: Resolver<Maybe<ResolversTypes['PrescriberOrganisation']>, ParentType, ContextType, RequireFields<QueryPrescriberOrganisationArgs, 'id'>>;
  prescriberOrganisations?: Resolver<ResolversTypes['PrescriberOrganisationConnection'], ParentType, ContextType, RequireFields<QueryPrescriberOrganisationsArgs, 'first'>>;
  prescriberOrganization?: Resolver<Maybe<ResolversTypes['PrescriberOrganisation']>, ParentType, ContextType, RequireFields<QueryPrescriberOrganizationArgs, 'id'>>;
  prescriberOrganizations?: Resolver<ResolversTypes['PrescriberOrganizationConnection'], ParentType, ContextType, RequireFields<QueryPrescriberOrganizationsArgs, 'first'>>;
  siae?: Resolver<Maybe<ResolversTypes['Siae']>, ParentType, ContextType, RequireFields<QuerySiaeArgs, 'id'>>;
  siaes?: Resolver<ResolversTypes['SiaeConnection'], ParentType, ContextType, RequireFields<QuerySiaesArgs, 'first'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unusualReaders?: Resolver<ResolversTypes['UnusualReaderConnection'], ParentType, ContextType, RequireFields<QueryUnusualReadersArgs, 'first' | 'from' | 'to'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  webhookEventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  webhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<QueryWebhookSubscriptionArgs, 'id'>>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failedSignInsSinceLastSignIn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type SiaeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Siae'] = ResolversParentTypes['Siae'], FederationReferenceType extends FederationReferenceTypes['Siae'] = FederationReferenceTypes['Siae']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Siae']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cooperationAgreementMandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cooperationAgreements?: Resolver<Maybe<Array<ResolversTypes['CooperationAgreement']>>, ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  employmentArea?: Resolver<ResolversTypes['EmploymentArea'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobOffers?: Resolver<Array<ResolversTypes['JobOffer']>, ParentType, ContextType, Partial<SiaeJobOffersArgs>>;
  kind?: Resolver<ResolversTypes['SiaeKind'], ParentType, ContextType>;
  missingCooperationAgreement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referents?: Resolver<Maybe<ResolversTypes['SiaeReferents']>, ParentType, ContextType>;
  siret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SiaeConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['SiaeConnection'] = ResolversParentTypes['SiaeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SiaeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SiaeEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['SiaeEdge'] = ResolversParentTypes['SiaeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Siae'], ParentType, ContextType>;
}>;

export type SiaeReferentsResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['SiaeReferents'] = ResolversParentTypes['SiaeReferents']> = ResolversObject<{
  correspondentEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correspondentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referentEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type UnusualReaderResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['UnusualReader'] = ResolversParentTypes['UnusualReader']> = ResolversObject<{
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  peakAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  peakReadsInWindow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peopleOutsideUsualFlow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['UnusualReadReason']>, ParentType, ContextType>;
}>;

export type UnusualReaderConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['UnusualReaderConnection'] = ResolversParentTypes['UnusualReaderConnection']> = ResolversObject<{
  burstThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  burstWindowMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['UnusualReaderEdge']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type UnusualReaderEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['UnusualReaderEdge'] = ResolversParentTypes['UnusualReaderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnusualReader'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  habilitationDepartements?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['ViewerOrganisation']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  roleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerOrganisationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['ViewerOrganisation'] = ResolversParentTypes['ViewerOrganisation']> = ResolversObject<{
  departementCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookEventTypeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['WebhookEventType'] = ResolversParentTypes['WebhookEventType']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookSubscriptionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookSubscriptionDeliveriesArgs>>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousSecretValidUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookSubscriptionSecretResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['WebhookSubscriptionSecret'] = ResolversParentTypes['WebhookSubscriptionSecret']> = ResolversObject<{
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = StructuresContext> = ResolversObject<{
  AccountSession?: AccountSessionResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  ApiClient?: ApiClientResolvers<ContextType>;
  ApiClientCredential?: ApiClientCredentialResolvers<ContextType>;
  ApiClientDailyUsage?: ApiClientDailyUsageResolvers<ContextType>;
  ApiClientOrganisation?: ApiClientOrganisationResolvers<ContextType>;
  ApiClientOrganisationChoice?: ApiClientOrganisationChoiceResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  CooperationAgreement?: CooperationAgreementResolvers<ContextType>;
  CooperationAgreementConnection?: CooperationAgreementConnectionResolvers<ContextType>;
  CooperationAgreementEdge?: CooperationAgreementEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Departement?: DepartementResolvers<ContextType>;
  EmploymentArea?: EmploymentAreaResolvers<ContextType>;
  Habilitation?: HabilitationResolvers<ContextType>;
  HabilitationAvis?: HabilitationAvisResolvers<ContextType>;
  HabilitationDecision?: HabilitationDecisionResolvers<ContextType>;
  JobOffer?: JobOfferResolvers<ContextType>;
  JobOfferConnection?: JobOfferConnectionResolvers<ContextType>;
  JobOfferEdge?: JobOfferEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PendingWork?: PendingWorkResolvers<ContextType>;
  PendingWorkCount?: PendingWorkCountResolvers<ContextType>;
  PendingWorkItem?: PendingWorkItemResolvers<ContextType>;
  PrescriberOrganisation?: PrescriberOrganisationResolvers<ContextType>;
  PrescriberOrganisationConnection?: PrescriberOrganisationConnectionResolvers<ContextType>;
  PrescriberOrganisationEdge?: PrescriberOrganisationEdgeResolvers<ContextType>;
  PrescriberOrganization?: PrescriberOrganizationResolvers<ContextType>;
  PrescriberOrganizationConnection?: PrescriberOrganizationConnectionResolvers<ContextType>;
  PrescriberOrganizationEdge?: PrescriberOrganizationEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Siae?: SiaeResolvers<ContextType>;
  SiaeConnection?: SiaeConnectionResolvers<ContextType>;
  SiaeEdge?: SiaeEdgeResolvers<ContextType>;
  SiaeReferents?: SiaeReferentsResolvers<ContextType>;
  UnusualReader?: UnusualReaderResolvers<ContextType>;
  UnusualReaderConnection?: UnusualReaderConnectionResolvers<ContextType>;
  UnusualReaderEdge?: UnusualReaderEdgeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  ViewerOrganisation?: ViewerOrganisationResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEventType?: WebhookEventTypeResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionSecret?: WebhookSubscriptionSecretResolvers<ContextType>;
}>;

