import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SiaeRow, AgencyRow, PrescriberOrganizationRow, DepartementRow, EmploymentAreaRow, CooperationAgreementRow, SiaeReferentsRow, JobOfferRow } from '../services/rows.js';
import type { ViewerRow } from '../services/identity/viewer.js';
import type { SessionPayload } from '../services/identity/sessions.js';
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

/** An agence Pôle emploi. */
export type Agency = {
  __typename?: 'Agency';
  city: Scalars['String']['output'];
  code: Scalars['String']['output'];
  departement: Departement;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The SIAE of its territory. */
  siaes: SiaeConnection;
};


/** An agence Pôle emploi. */
export type AgencySiaesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type AgencyFilter = {
  departement?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One entry of the append-only audit trail: who did what, when, from which client. Never editable through the API. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ACCESS_CHANGED, … (and later PERSON_READ, APPROVAL_DECIDED …) */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  /** user, api_client, anonymous or system */
  actorKind: Scalars['String']['output'];
  actorOrganisationId?: Maybe<Scalars['ID']['output']>;
  /** The portal or API client that sent the request. */
  client?: Maybe<Scalars['String']['output']>;
  /** For a read (PERSON_READ): the fields read, as Type.field. */
  fieldsRead?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The gateway's request id: the events one request wrote share it. */
  requestId?: Maybe<Scalars['String']['output']>;
  subjectId?: Maybe<Scalars['String']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  /** The agent (user) or API client. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** The agent's organisation. */
  actorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** From this instant included. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** The person (or other subject) the event is about. */
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
  agency: Agency;
  agencySignedOn?: Maybe<Scalars['Date']['output']>;
  endOn?: Maybe<Scalars['Date']['output']>;
  /** Préparation des sorties (fiche 7). */
  exitsHeading: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  /** Offres d'emploi déposées à Pôle emploi (fiche 4). */
  offersHeading: Scalars['String']['output'];
  /** Prescription et recrutement (fiche 4). */
  prescriptionHeading: Scalars['String']['output'];
  /** Référents et correspondants (fiche 2). */
  referentsHeading: Scalars['String']['output'];
  siae: Siae;
  siaeSignedOn?: Maybe<Scalars['Date']['output']>;
  /** The day the second party signed. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  startOn: Scalars['Date']['output'];
  /** Status today (a signed convention past its end is EXPIRED). */
  status: CooperationAgreementStatus;
  statusLabel: Scalars['String']['output'];
  terminatedOn?: Maybe<Scalars['Date']['output']>;
};

export type CooperationAgreementConnection = {
  __typename?: 'CooperationAgreementConnection';
  edges: Array<CooperationAgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CooperationAgreementEdge = {
  __typename?: 'CooperationAgreementEdge';
  cursor: Scalars['String']['output'];
  node: CooperationAgreement;
};

export type CooperationAgreementFilter = {
  departement?: InputMaybe<Scalars['String']['input']>;
  siaeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CooperationAgreementStatus>;
};

export type CooperationAgreementInput = {
  endOn?: InputMaybe<Scalars['Date']['input']>;
  exitsHeading?: InputMaybe<Scalars['String']['input']>;
  offersHeading?: InputMaybe<Scalars['String']['input']>;
  prescriptionHeading?: InputMaybe<Scalars['String']['input']>;
  referentsHeading?: InputMaybe<Scalars['String']['input']>;
  siaeId: Scalars['ID']['input'];
  startOn: Scalars['Date']['input'];
};

export type CooperationAgreementStatus =
  | 'DRAFT'
  | 'EXPIRED'
  | 'SIGNED'
  | 'TERMINATED';

/** A French département, by its INSEE code. */
export type Departement = {
  __typename?: 'Departement';
  code: Scalars['ID']['output'];
  employmentAreas: Array<EmploymentArea>;
  name: Scalars['String']['output'];
};

/** A bassin d'emploi: the territory of a CTA. */
export type EmploymentArea = {
  __typename?: 'EmploymentArea';
  code: Scalars['String']['output'];
  departement: Departement;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Habilitation = {
  __typename?: 'Habilitation';
  endOn?: Maybe<Scalars['Date']['output']>;
  startOn: Scalars['Date']['output'];
};

/** A SIAE's job offer, deposited at Pôle emploi on a date (accord, fiche 4). Open offers are public. */
export type JobOffer = {
  __typename?: 'JobOffer';
  depositedAtPoleEmploiOn?: Maybe<Scalars['Date']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  positions: Scalars['Int']['output'];
  prerequisites: Scalars['String']['output'];
  publishedOn: Scalars['Date']['output'];
  siae: Siae;
  status: JobOfferStatus;
  title: Scalars['String']['output'];
};

export type JobOfferConnection = {
  __typename?: 'JobOfferConnection';
  edges: Array<JobOfferEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JobOfferEdge = {
  __typename?: 'JobOfferEdge';
  cursor: Scalars['String']['output'];
  node: JobOffer;
};

export type JobOfferFilter = {
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Part of the title, case- and accent-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  siaeId?: InputMaybe<Scalars['ID']['input']>;
  siaeKind?: InputMaybe<SiaeKind>;
};

export type JobOfferInput = {
  depositedAtPoleEmploiOn?: InputMaybe<Scalars['Date']['input']>;
  description: Scalars['String']['input'];
  positions?: InputMaybe<Scalars['Int']['input']>;
  prerequisites?: InputMaybe<Scalars['String']['input']>;
  siaeId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type JobOfferStatus =
  | 'CLOSED'
  | 'OPEN';

export type Mutation = {
  __typename?: 'Mutation';
  closeJobOffer: JobOffer;
  /** A draft convention, by the SIAE or its agence. */
  draftCooperationAgreement: CooperationAgreement;
  /** A job offer of the SIAE (by the SIAE, or its agence on its behalf). */
  publishJobOffer: JobOffer;
  /**
   * A new access token (and a new refresh token: the one given stops working). Presenting a refresh token that was
   * already rotated away revokes the whole session (it was copied): sign in again.
   */
  renewSession: Session;
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
  /** Closes the session: its access and refresh tokens stop working at once. */
  signOut: Scalars['Boolean']['output'];
  terminateCooperationAgreement: CooperationAgreement;
  /** Changes a draft (dates, headings). */
  updateCooperationAgreement: CooperationAgreement;
};


export type MutationCloseJobOfferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDraftCooperationAgreementArgs = {
  input: CooperationAgreementInput;
};


export type MutationPublishJobOfferArgs = {
  input: JobOfferInput;
};


export type MutationRenewSessionArgs = {
  refreshToken: Scalars['String']['input'];
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

export type OrganisationKind =
  | 'AGENCY'
  | 'PRESCRIBER_ORGANIZATION'
  | 'SIAE'
  | 'STATE_SERVICE'
  | 'STEERING_COMMITTEE';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Prescripteurs de droit (Pôle emploi, Mission locale, Cap emploi) and organisations habilitées by the préfet. */
export type PrescriberKind =
  | 'CAP_EMPLOI'
  | 'HABILITE'
  | 'MISSION_LOCALE'
  | 'POLE_EMPLOI';

/** A prescriber organisation: de droit, or habilitée by the préfet for a period. */
export type PrescriberOrganization = {
  __typename?: 'PrescriberOrganization';
  /** Whether it may prescribe on that day (today when omitted). */
  canPrescribe: Scalars['Boolean']['output'];
  city: Scalars['String']['output'];
  departement: Departement;
  /** Null for prescripteurs de droit. */
  habilitation?: Maybe<Habilitation>;
  id: Scalars['ID']['output'];
  kind: PrescriberKind;
  name: Scalars['String']['output'];
};


/** A prescriber organisation: de droit, or habilitée by the préfet for a period. */
export type PrescriberOrganizationCanPrescribeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type PrescriberOrganizationConnection = {
  __typename?: 'PrescriberOrganizationConnection';
  edges: Array<PrescriberOrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PrescriberOrganizationEdge = {
  __typename?: 'PrescriberOrganizationEdge';
  cursor: Scalars['String']['output'];
  node: PrescriberOrganization;
};

export type PrescriberOrganizationFilter = {
  departement?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PrescriberKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  agencies: AgencyConnection;
  agency?: Maybe<Agency>;
  /**
   * The audit trail, newest first: platform administrators all of it; a service de l'État the events of the
   * organisations of its département (row-level security, migration 0020).
   */
  auditEvents: AuditEventConnection;
  cooperationAgreement?: Maybe<CooperationAgreement>;
  /** Conventions the caller may see (SIAE: its own; agence: its territory; comité, État: all). */
  cooperationAgreements: CooperationAgreementConnection;
  departement?: Maybe<Departement>;
  departements: Array<Departement>;
  /** One offer: open ones for everyone, closed ones for their SIAE and its agence; null otherwise. */
  jobOffer?: Maybe<JobOffer>;
  /** Open job offers, newest first (prescripteurs and API clients see these). */
  jobOffers: JobOfferConnection;
  prescriberOrganization?: Maybe<PrescriberOrganization>;
  prescriberOrganizations: PrescriberOrganizationConnection;
  siae?: Maybe<Siae>;
  siaes: SiaeConnection;
  /** The signed-in user. */
  viewer?: Maybe<Viewer>;
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCooperationAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCooperationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CooperationAgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartementArgs = {
  code: Scalars['ID']['input'];
};


export type QueryJobOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobOfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPrescriberOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPrescriberOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PrescriberOrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySiaeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySiaesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SiaeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a member of an organisation may do (see docs/security.md). */
export type Role =
  /** Platform administrator */
  | 'ADMIN'
  /** Agence Pôle emploi */
  | 'AGENCY'
  /** Prescripteur (de droit or habilité) */
  | 'PRESCRIBER'
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
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /**
   * Given by signIn only: failed sign-in attempts on this account since its previous sign-in (counted up to 1000),
   * so that the user notices someone guessing their password.
   */
  failedSignInsSinceLastSignIn?: Maybe<Scalars['Int']['output']>;
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  viewer: Viewer;
};

/** A structure d'insertion par l'activité économique. */
export type Siae = {
  __typename?: 'Siae';
  /** The Pôle emploi agence that follows this SIAE (its référent agence). */
  agency: Agency;
  city: Scalars['String']['output'];
  /** accord, annexe 4 §2.2.8: an association intermédiaire must have a convention with its agence. */
  cooperationAgreementMandatory: Scalars['Boolean']['output'];
  /** Its conventions, newest first; null when the caller may not see them (another SIAE, a prescripteur). */
  cooperationAgreements?: Maybe<Array<CooperationAgreement>>;
  departement: Departement;
  employmentArea: EmploymentArea;
  id: Scalars['ID']['output'];
  /** Its open job offers (all of them for the SIAE itself and its agence). */
  jobOffers: Array<JobOffer>;
  kind: SiaeKind;
  /** Mandatory and none in force today: the SIAE list flags it. */
  missingCooperationAgreement: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  postcode: Scalars['String']['output'];
  /** Null when the caller may not see them, or none is recorded. */
  referents?: Maybe<SiaeReferents>;
  siret: Scalars['String']['output'];
};


/** A structure d'insertion par l'activité économique. */
export type SiaeJobOffersArgs = {
  status?: InputMaybe<JobOfferStatus>;
};

export type SiaeConnection = {
  __typename?: 'SiaeConnection';
  edges: Array<SiaeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SiaeEdge = {
  __typename?: 'SiaeEdge';
  cursor: Scalars['String']['output'];
  node: Siae;
};

export type SiaeFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  departement?: InputMaybe<Scalars['String']['input']>;
  employmentAreaId?: InputMaybe<Scalars['ID']['input']>;
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
  correspondentEmail?: Maybe<Scalars['String']['output']>;
  correspondentName?: Maybe<Scalars['String']['output']>;
  referentEmail?: Maybe<Scalars['String']['output']>;
  referentName?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type SiaeReferentsInput = {
  correspondentEmail?: InputMaybe<Scalars['String']['input']>;
  correspondentName?: InputMaybe<Scalars['String']['input']>;
  referentEmail?: InputMaybe<Scalars['String']['input']>;
  referentName?: InputMaybe<Scalars['String']['input']>;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** The signed-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null for platform administrators. */
  organisation?: Maybe<ViewerOrganisation>;
  role: Role;
  /** French label of the role. */
  roleLabel: Scalars['String']['output'];
};

export type ViewerOrganisation = {
  __typename?: 'ViewerOrganisation';
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  name: Scalars['String']['output'];
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
  PrescriberOrganization: PrescriberOrganization;
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
  PrescriberOrganization:
    ( { __typename: 'PrescriberOrganization' }
    & GraphQLRecursivePick<FederationTypes['PrescriberOrganization'], {"id":true}> );
  Siae:
    ( { __typename: 'Siae' }
    & GraphQLRecursivePick<FederationTypes['Siae'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: ResolverTypeWrapper<AgencyRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgencyConnection: ResolverTypeWrapper<Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyEdge']> }>;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFilter: AgencyFilter;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  AuditEventFilter: AuditEventFilter;
  CooperationAgreement: ResolverTypeWrapper<CooperationAgreementRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CooperationAgreementConnection: ResolverTypeWrapper<Omit<CooperationAgreementConnection, 'edges'> & { edges: Array<ResolversTypes['CooperationAgreementEdge']> }>;
  CooperationAgreementEdge: ResolverTypeWrapper<Omit<CooperationAgreementEdge, 'node'> & { node: ResolversTypes['CooperationAgreement'] }>;
  CooperationAgreementFilter: CooperationAgreementFilter;
  CooperationAgreementInput: CooperationAgreementInput;
  CooperationAgreementStatus: CooperationAgreementStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Departement: ResolverTypeWrapper<DepartementRow>;
  EmploymentArea: ResolverTypeWrapper<EmploymentAreaRow>;
  Habilitation: ResolverTypeWrapper<Habilitation>;
  JobOffer: ResolverTypeWrapper<JobOfferRow>;
  JobOfferConnection: ResolverTypeWrapper<Omit<JobOfferConnection, 'edges'> & { edges: Array<ResolversTypes['JobOfferEdge']> }>;
  JobOfferEdge: ResolverTypeWrapper<Omit<JobOfferEdge, 'node'> & { node: ResolversTypes['JobOffer'] }>;
  JobOfferFilter: JobOfferFilter;
  JobOfferInput: JobOfferInput;
  JobOfferStatus: JobOfferStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PrescriberKind: PrescriberKind;
  PrescriberOrganization: ResolverTypeWrapper<PrescriberOrganizationRow>;
  PrescriberOrganizationConnection: ResolverTypeWrapper<Omit<PrescriberOrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['PrescriberOrganizationEdge']> }>;
  PrescriberOrganizationEdge: ResolverTypeWrapper<Omit<PrescriberOrganizationEdge, 'node'> & { node: ResolversTypes['PrescriberOrganization'] }>;
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
  UserStatus: UserStatus;
  Viewer: ResolverTypeWrapper<ViewerRow>;
  ViewerOrganisation: ResolverTypeWrapper<ViewerOrganisation>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agency: AgencyRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AgencyConnection: Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyEdge']> };
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFilter: AgencyFilter;
  AuditEvent: AuditEvent;
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  AuditEventFilter: AuditEventFilter;
  CooperationAgreement: CooperationAgreementRow;
  Boolean: Scalars['Boolean']['output'];
  CooperationAgreementConnection: Omit<CooperationAgreementConnection, 'edges'> & { edges: Array<ResolversParentTypes['CooperationAgreementEdge']> };
  CooperationAgreementEdge: Omit<CooperationAgreementEdge, 'node'> & { node: ResolversParentTypes['CooperationAgreement'] };
  CooperationAgreementFilter: CooperationAgreementFilter;
  CooperationAgreementInput: CooperationAgreementInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Departement: DepartementRow;
  EmploymentArea: EmploymentAreaRow;
  Habilitation: Habilitation;
  JobOffer: JobOfferRow;
  JobOfferConnection: Omit<JobOfferConnection, 'edges'> & { edges: Array<ResolversParentTypes['JobOfferEdge']> };
  JobOfferEdge: Omit<JobOfferEdge, 'node'> & { node: ResolversParentTypes['JobOffer'] };
  JobOfferFilter: JobOfferFilter;
  JobOfferInput: JobOfferInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PrescriberOrganization: PrescriberOrganizationRow;
  PrescriberOrganizationConnection: Omit<PrescriberOrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PrescriberOrganizationEdge']> };
  PrescriberOrganizationEdge: Omit<PrescriberOrganizationEdge, 'node'> & { node: ResolversParentTypes['PrescriberOrganization'] };
  PrescriberOrganizationFilter: PrescriberOrganizationFilter;
  Query: Record<PropertyKey, never>;
  Session: SessionPayload;
  Siae: SiaeRow;
  SiaeConnection: Omit<SiaeConnection, 'edges'> & { edges: Array<ResolversParentTypes['SiaeEdge']> };
  SiaeEdge: Omit<SiaeEdge, 'node'> & { node: ResolversParentTypes['Siae'] };
  SiaeFilter: SiaeFilter;
  SiaeReferents: SiaeReferentsRow;
  SiaeReferentsInput: SiaeReferentsInput;
  Viewer: ViewerRow;
  ViewerOrganisation: ViewerOrganisation;
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
  closeJobOffer?: Resolver<ResolversTypes['JobOffer'], ParentType, ContextType, RequireFields<MutationCloseJobOfferArgs, 'id'>>;
  draftCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationDraftCooperationAgreementArgs, 'input'>>;
  publishJobOffer?: Resolver<ResolversTypes['JobOffer'], ParentType, ContextType, RequireFields<MutationPublishJobOfferArgs, 'input'>>;
  renewSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationRenewSessionArgs, 'refreshToken'>>;
  setSiaeReferents?: Resolver<ResolversTypes['SiaeReferents'], ParentType, ContextType, RequireFields<MutationSetSiaeReferentsArgs, 'input' | 'siaeId'>>;
  setUserStatus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetUserStatusArgs, 'status' | 'userId'>>;
  signCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationSignCooperationAgreementArgs, 'id'>>;
  signIn?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSignOutArgs, 'refreshToken'>>;
  terminateCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationTerminateCooperationAgreementArgs, 'id'>>;
  updateCooperationAgreement?: Resolver<ResolversTypes['CooperationAgreement'], ParentType, ContextType, RequireFields<MutationUpdateCooperationAgreementArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PrescriberOrganizationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganization'] = ResolversParentTypes['PrescriberOrganization'], FederationReferenceType extends FederationReferenceTypes['PrescriberOrganization'] = FederationReferenceTypes['PrescriberOrganization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PrescriberOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  canPrescribe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<PrescriberOrganizationCanPrescribeArgs>>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  habilitation?: Resolver<Maybe<ResolversTypes['Habilitation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PrescriberKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PrescriberOrganizationConnectionResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganizationConnection'] = ResolversParentTypes['PrescriberOrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PrescriberOrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PrescriberOrganizationEdgeResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['PrescriberOrganizationEdge'] = ResolversParentTypes['PrescriberOrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PrescriberOrganization'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agencies?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, RequireFields<QueryAgenciesArgs, 'first'>>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  cooperationAgreement?: Resolver<Maybe<ResolversTypes['CooperationAgreement']>, ParentType, ContextType, RequireFields<QueryCooperationAgreementArgs, 'id'>>;
  cooperationAgreements?: Resolver<ResolversTypes['CooperationAgreementConnection'], ParentType, ContextType, RequireFields<QueryCooperationAgreementsArgs, 'first'>>;
  departement?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType, RequireFields<QueryDepartementArgs, 'code'>>;
  departements?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  jobOffer?: Resolver<Maybe<ResolversTypes['JobOffer']>, ParentType, ContextType, RequireFields<QueryJobOfferArgs, 'id'>>;
  jobOffers?: Resolver<ResolversTypes['JobOfferConnection'], ParentType, ContextType, RequireFields<QueryJobOffersArgs, 'first'>>;
  prescriberOrganization?: Resolver<Maybe<ResolversTypes['PrescriberOrganization']>, ParentType, ContextType, RequireFields<QueryPrescriberOrganizationArgs, 'id'>>;
  prescriberOrganizations?: Resolver<ResolversTypes['PrescriberOrganizationConnection'], ParentType, ContextType, RequireFields<QueryPrescriberOrganizationsArgs, 'first'>>;
  siae?: Resolver<Maybe<ResolversTypes['Siae']>, ParentType, ContextType, RequireFields<QuerySiaeArgs, 'id'>>;
  siaes?: Resolver<ResolversTypes['SiaeConnection'], ParentType, ContextType, RequireFields<QuerySiaesArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
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

export type ViewerResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['ViewerOrganisation']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  roleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerOrganisationResolvers<ContextType = StructuresContext, ParentType extends ResolversParentTypes['ViewerOrganisation'] = ResolversParentTypes['ViewerOrganisation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = StructuresContext> = ResolversObject<{
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
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
  JobOffer?: JobOfferResolvers<ContextType>;
  JobOfferConnection?: JobOfferConnectionResolvers<ContextType>;
  JobOfferEdge?: JobOfferEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PrescriberOrganization?: PrescriberOrganizationResolvers<ContextType>;
  PrescriberOrganizationConnection?: PrescriberOrganizationConnectionResolvers<ContextType>;
  PrescriberOrganizationEdge?: PrescriberOrganizationEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Siae?: SiaeResolvers<ContextType>;
  SiaeConnection?: SiaeConnectionResolvers<ContextType>;
  SiaeEdge?: SiaeEdgeResolvers<ContextType>;
  SiaeReferents?: SiaeReferentsResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  ViewerOrganisation?: ViewerOrganisationResolvers<ContextType>;
}>;

