import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EmploymentServiceRow, TrainingRecordRow, ImmersionRow, ServiceUseRow, PoeRow, ApprovalRef } from '../services/rows.js';
import type { FormationContext } from '../context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type Agency = {
  __typename?: 'Agency';
  /**
   * The services this agence offers to the salariés en parcours of its SIAE. Nullable like every field contributed
   * to another subgraph's entity: if this subgraph is down, the rest of the answer still comes back.
   */
  employmentServices?: Maybe<Array<EmploymentService>>;
  id: Scalars['ID']['output'];
};


export type AgencyEmploymentServicesArgs = {
  kind?: InputMaybe<EmploymentServiceKind>;
};

/**
 * An agrément of the parcours subgraph; this subgraph adds what happened during it. Personal data: seen by the SIAE that
 * entered it, its agence and the prescripteur of the parcours (row-level security). Nullable fields: if this subgraph is
 * down, the rest of the agrément still comes back.
 */
export type Approval = {
  __typename?: 'Approval';
  id: Scalars['ID']['output'];
  /** PMSMP done during the parcours (fiche 5); null if the formation subgraph cannot answer. */
  immersions?: Maybe<Array<Immersion>>;
  /** POE during the parcours (fiche 7); null if the formation subgraph cannot answer. */
  poes?: Maybe<Array<Poe>>;
  /** Pôle emploi services used during and after the parcours; null if the formation subgraph cannot answer. */
  serviceUses?: Maybe<Array<ServiceUse>>;
  /** Total training hours during the parcours. */
  trainingHours?: Maybe<Scalars['Int']['output']>;
  /** Trainings followed during the parcours (fiche 6); null if the formation subgraph cannot answer. */
  trainingRecords?: Maybe<Array<TrainingRecord>>;
};

/** A service of Pôle emploi's offer that an agence proposes to the SIAE of its territory (convention de coopération locale). */
export type EmploymentService = {
  __typename?: 'EmploymentService';
  /** What the service offers, in a few sentences. */
  description: Scalars['String']['output'];
  /** Stable identifier of the service. */
  id: Scalars['ID']['output'];
  /** Kind of service (atelier, prestation, formation, aide). */
  kind: EmploymentServiceKind;
  /** Name of the service, as Pôle emploi calls it. */
  title: Scalars['String']['output'];
};

/** Kinds of service that Pôle emploi offers to salariés en parcours (ateliers, prestations, formations, aides). */
export type EmploymentServiceKind =
  /** A financial or material aid. */
  | 'AIDE'
  /** An atelier (workshop). */
  | 'ATELIER'
  /** A training. */
  | 'FORMATION'
  /** A prestation (service delivered by Pôle emploi or on its behalf). */
  | 'PRESTATION';

/** PMSMP: période de mise en situation en milieu professionnel (accord, fiche 5). */
export type Immersion = {
  __typename?: 'Immersion';
  /** Last day of the immersion. */
  endOn: Scalars['Date']['output'];
  /** The company or structure that hosts the person. */
  hostCompany: Scalars['String']['output'];
  /** Stable identifier of the PMSMP. */
  id: Scalars['ID']['output'];
  /** What the immersion is for (discover a trade, confirm a project, start a hiring). */
  objective: Scalars['String']['output'];
  /** First day of the immersion. */
  startOn: Scalars['Date']['output'];
};

/** A PMSMP to record. */
export type ImmersionInput = {
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** Last day. */
  endOn: Scalars['Date']['input'];
  /** The host company or structure. */
  hostCompany: Scalars['String']['input'];
  /** What the immersion is for. */
  objective: Scalars['String']['input'];
  /** First day. */
  startOn: Scalars['Date']['input'];
};

/** Every change the API accepts: sign-in, then the writes of each role (scopes `*:write`, `*:request`, `*:decide`, `*:respond`, `accounts:manage`). Each accepts an `Idempotency-Key` header. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records a PMSMP (the SIAE). */
  recordImmersion: Immersion;
  /** Records a POE (the SIAE, or its agence). */
  recordPoe: Poe;
  /** Records a Pôle emploi service used (the SIAE, or its agence). */
  recordServiceUse: ServiceUse;
  /** Records a training during the parcours (the SIAE that holds the agrément). */
  recordTraining: TrainingRecord;
};


/** Every change the API accepts: sign-in, then the writes of each role (scopes `*:write`, `*:request`, `*:decide`, `*:respond`, `accounts:manage`). Each accepts an `Idempotency-Key` header. */
export type MutationRecordImmersionArgs = {
  input: ImmersionInput;
};


/** Every change the API accepts: sign-in, then the writes of each role (scopes `*:write`, `*:request`, `*:decide`, `*:respond`, `accounts:manage`). Each accepts an `Idempotency-Key` header. */
export type MutationRecordPoeArgs = {
  input: PoeInput;
};


/** Every change the API accepts: sign-in, then the writes of each role (scopes `*:write`, `*:request`, `*:decide`, `*:respond`, `accounts:manage`). Each accepts an `Idempotency-Key` header. */
export type MutationRecordServiceUseArgs = {
  input: ServiceUseInput;
};


/** Every change the API accepts: sign-in, then the writes of each role (scopes `*:write`, `*:request`, `*:decide`, `*:respond`, `accounts:manage`). Each accepts an `Idempotency-Key` header. */
export type MutationRecordTrainingArgs = {
  input: TrainingInput;
};

/** Préparation opérationnelle à l'emploi (fiche 7). */
export type Poe = {
  __typename?: 'Poe';
  /** The employer that plans to hire at the end of the POE. */
  employer: Scalars['String']['output'];
  /** Last day of the POE. */
  endOn: Scalars['Date']['output'];
  /** Hours of training of the POE. */
  hours: Scalars['Int']['output'];
  /** Stable identifier of the POE. */
  id: Scalars['ID']['output'];
  /** First day of the POE. */
  startOn: Scalars['Date']['output'];
};

/** A POE to record. */
export type PoeInput = {
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** The employer that plans to hire. */
  employer: Scalars['String']['input'];
  /** Last day. */
  endOn: Scalars['Date']['input'];
  /** Hours of training. */
  hours: Scalars['Int']['input'];
  /** First day. */
  startOn: Scalars['Date']['input'];
};

/** A Pôle emploi service used during the parcours (fiche 5), or an in-work follow-up (fiche 7). */
export type ServiceUse = {
  __typename?: 'ServiceUse';
  /** Stable identifier of this use of a service. */
  id: Scalars['ID']['output'];
  /** An in-work follow-up after the parcours (fiche 7), rather than a service during it (fiche 5). */
  inWorkFollowUp: Scalars['Boolean']['output'];
  /** The Pôle emploi service used. */
  service: EmploymentService;
  /** The day the service was used (or began). */
  usedOn: Scalars['Date']['output'];
};

/** A Pôle emploi service used, to record. */
export type ServiceUseInput = {
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** An in-work follow-up after the parcours; false when omitted. */
  inWorkFollowUp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Id of the service (`Agency.employmentServices`). */
  serviceId: Scalars['ID']['input'];
  /** The day it was used. */
  usedOn: Scalars['Date']['input'];
};

/** A training to record. */
export type TrainingInput = {
  /** Id of the agrément. */
  approvalId: Scalars['ID']['input'];
  /** Last day. */
  endOn: Scalars['Date']['input'];
  /** Hours followed. */
  hours: Scalars['Int']['input'];
  /** Kind of training. */
  kind: TrainingKind;
  /** The training organisation. */
  organisation: Scalars['String']['input'];
  /** First day. */
  startOn: Scalars['Date']['input'];
  /** Title of the training. */
  title: Scalars['String']['input'];
};

/** Kinds of training during a parcours (fiche 6). */
export type TrainingKind =
  /** Adaptation to the job. */
  | 'ADAPTATION'
  /** Basic skills (savoirs de base). */
  | 'BASIC_SKILLS'
  /** Certifying training (a diploma or a title). */
  | 'CERTIFYING'
  /** Pre-qualifying training. */
  | 'PRE_QUALIFYING'
  /** Qualifying training. */
  | 'QUALIFYING';

/** Heures de formation during the parcours (accord, fiche 6). */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  /** Last day of the training. */
  endOn: Scalars['Date']['output'];
  /** Hours of training followed. */
  hours: Scalars['Int']['output'];
  /** Stable identifier of the training record. */
  id: Scalars['ID']['output'];
  /** Kind of training (qualifying, certifying, …). */
  kind: TrainingKind;
  /** French label of `kind`, to show as it is. */
  kindLabel: Scalars['String']['output'];
  /** The training organisation. */
  organisation: Scalars['String']['output'];
  /** First day of the training. */
  startOn: Scalars['Date']['output'];
  /** Title of the training. */
  title: Scalars['String']['output'];
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
  Approval: Approval;
  EmploymentService: EmploymentService;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  Approval:
    ( { __typename: 'Approval' }
    & GraphQLRecursivePick<FederationTypes['Approval'], {"id":true}> );
  EmploymentService:
    ( { __typename: 'EmploymentService' }
    & GraphQLRecursivePick<FederationTypes['EmploymentService'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: ResolverTypeWrapper<Omit<Agency, 'employmentServices'> & { employmentServices?: Maybe<Array<ResolversTypes['EmploymentService']>> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Approval: ResolverTypeWrapper<ApprovalRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EmploymentService: ResolverTypeWrapper<EmploymentServiceRow>;
  EmploymentServiceKind: EmploymentServiceKind;
  Immersion: ResolverTypeWrapper<ImmersionRow>;
  ImmersionInput: ImmersionInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Poe: ResolverTypeWrapper<PoeRow>;
  PoeInput: PoeInput;
  ServiceUse: ResolverTypeWrapper<ServiceUseRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ServiceUseInput: ServiceUseInput;
  TrainingInput: TrainingInput;
  TrainingKind: TrainingKind;
  TrainingRecord: ResolverTypeWrapper<TrainingRecordRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agency: Omit<Agency, 'employmentServices'> & { employmentServices?: Maybe<Array<ResolversParentTypes['EmploymentService']>> } | FederationReferenceTypes['Agency'];
  ID: Scalars['ID']['output'];
  Approval: ApprovalRef;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  EmploymentService: EmploymentServiceRow;
  Immersion: ImmersionRow;
  ImmersionInput: ImmersionInput;
  Mutation: Record<PropertyKey, never>;
  Poe: PoeRow;
  PoeInput: PoeInput;
  ServiceUse: ServiceUseRow;
  Boolean: Scalars['Boolean']['output'];
  ServiceUseInput: ServiceUseInput;
  TrainingInput: TrainingInput;
  TrainingRecord: TrainingRecordRow;
  String: Scalars['String']['output'];
}>;

export type NotPersonalDataDirectiveArgs = { };

export type NotPersonalDataDirectiveResolver<Result, Parent, ContextType = FormationContext, Args = NotPersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDataDirectiveArgs = {
  owner?: Maybe<Scalars['String']['input']>;
  subject?: Maybe<Scalars['String']['input']>;
  subjectType?: Maybe<Scalars['String']['input']>;
};

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = FormationContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employmentServices?: Resolver<Maybe<Array<ResolversTypes['EmploymentService']>>, ParentType, ContextType, Partial<AgencyEmploymentServicesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ApprovalResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['Approval'] = ResolversParentTypes['Approval'], FederationReferenceType extends FederationReferenceTypes['Approval'] = FederationReferenceTypes['Approval']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Approval']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  immersions?: Resolver<Maybe<Array<ResolversTypes['Immersion']>>, ParentType, ContextType>;
  poes?: Resolver<Maybe<Array<ResolversTypes['Poe']>>, ParentType, ContextType>;
  serviceUses?: Resolver<Maybe<Array<ResolversTypes['ServiceUse']>>, ParentType, ContextType>;
  trainingHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trainingRecords?: Resolver<Maybe<Array<ResolversTypes['TrainingRecord']>>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EmploymentServiceResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['EmploymentService'] = ResolversParentTypes['EmploymentService'], FederationReferenceType extends FederationReferenceTypes['EmploymentService'] = FederationReferenceTypes['EmploymentService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EmploymentServiceKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImmersionResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['Immersion'] = ResolversParentTypes['Immersion']> = ResolversObject<{
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hostCompany?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordImmersion?: Resolver<ResolversTypes['Immersion'], ParentType, ContextType, RequireFields<MutationRecordImmersionArgs, 'input'>>;
  recordPoe?: Resolver<ResolversTypes['Poe'], ParentType, ContextType, RequireFields<MutationRecordPoeArgs, 'input'>>;
  recordServiceUse?: Resolver<ResolversTypes['ServiceUse'], ParentType, ContextType, RequireFields<MutationRecordServiceUseArgs, 'input'>>;
  recordTraining?: Resolver<ResolversTypes['TrainingRecord'], ParentType, ContextType, RequireFields<MutationRecordTrainingArgs, 'input'>>;
}>;

export type PoeResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['Poe'] = ResolversParentTypes['Poe']> = ResolversObject<{
  employer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ServiceUseResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['ServiceUse'] = ResolversParentTypes['ServiceUse']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inWorkFollowUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['EmploymentService'], ParentType, ContextType>;
  usedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type TrainingRecordResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['TrainingRecord'] = ResolversParentTypes['TrainingRecord']> = ResolversObject<{
  endOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrainingKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FormationContext> = ResolversObject<{
  Agency?: AgencyResolvers<ContextType>;
  Approval?: ApprovalResolvers<ContextType>;
  Date?: GraphQLScalarType;
  EmploymentService?: EmploymentServiceResolvers<ContextType>;
  Immersion?: ImmersionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Poe?: PoeResolvers<ContextType>;
  ServiceUse?: ServiceUseResolvers<ContextType>;
  TrainingRecord?: TrainingRecordResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FormationContext> = ResolversObject<{
  notPersonalData?: NotPersonalDataDirectiveResolver<any, any, ContextType>;
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
