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
  immersions?: Maybe<Array<Immersion>>;
  poes?: Maybe<Array<Poe>>;
  serviceUses?: Maybe<Array<ServiceUse>>;
  /** Total training hours during the parcours. */
  trainingHours?: Maybe<Scalars['Int']['output']>;
  trainingRecords?: Maybe<Array<TrainingRecord>>;
};

/** A service of Pôle emploi's offer that an agence proposes to the SIAE of its territory (convention de coopération locale). */
export type EmploymentService = {
  __typename?: 'EmploymentService';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: EmploymentServiceKind;
  title: Scalars['String']['output'];
};

/** Kinds of service that Pôle emploi offers to salariés en parcours (ateliers, prestations, formations, aides). */
export type EmploymentServiceKind =
  | 'AIDE'
  | 'ATELIER'
  | 'FORMATION'
  | 'PRESTATION';

/** PMSMP: période de mise en situation en milieu professionnel (accord, fiche 5). */
export type Immersion = {
  __typename?: 'Immersion';
  endOn: Scalars['Date']['output'];
  hostCompany: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  objective: Scalars['String']['output'];
  startOn: Scalars['Date']['output'];
};

export type ImmersionInput = {
  approvalId: Scalars['ID']['input'];
  endOn: Scalars['Date']['input'];
  hostCompany: Scalars['String']['input'];
  objective: Scalars['String']['input'];
  startOn: Scalars['Date']['input'];
};

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


export type MutationRecordImmersionArgs = {
  input: ImmersionInput;
};


export type MutationRecordPoeArgs = {
  input: PoeInput;
};


export type MutationRecordServiceUseArgs = {
  input: ServiceUseInput;
};


export type MutationRecordTrainingArgs = {
  input: TrainingInput;
};

/** Préparation opérationnelle à l'emploi (fiche 7). */
export type Poe = {
  __typename?: 'Poe';
  employer: Scalars['String']['output'];
  endOn: Scalars['Date']['output'];
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  startOn: Scalars['Date']['output'];
};

export type PoeInput = {
  approvalId: Scalars['ID']['input'];
  employer: Scalars['String']['input'];
  endOn: Scalars['Date']['input'];
  hours: Scalars['Int']['input'];
  startOn: Scalars['Date']['input'];
};

/** A Pôle emploi service used during the parcours (fiche 5), or an in-work follow-up (fiche 7). */
export type ServiceUse = {
  __typename?: 'ServiceUse';
  id: Scalars['ID']['output'];
  inWorkFollowUp: Scalars['Boolean']['output'];
  service: EmploymentService;
  usedOn: Scalars['Date']['output'];
};

export type ServiceUseInput = {
  approvalId: Scalars['ID']['input'];
  inWorkFollowUp?: InputMaybe<Scalars['Boolean']['input']>;
  serviceId: Scalars['ID']['input'];
  usedOn: Scalars['Date']['input'];
};

export type TrainingInput = {
  approvalId: Scalars['ID']['input'];
  endOn: Scalars['Date']['input'];
  hours: Scalars['Int']['input'];
  kind: TrainingKind;
  organisation: Scalars['String']['input'];
  startOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type TrainingKind =
  | 'ADAPTATION'
  | 'BASIC_SKILLS'
  | 'CERTIFYING'
  | 'PRE_QUALIFYING'
  | 'QUALIFYING';

/** Heures de formation during the parcours (accord, fiche 6). */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  endOn: Scalars['Date']['output'];
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: TrainingKind;
  kindLabel: Scalars['String']['output'];
  organisation: Scalars['String']['output'];
  startOn: Scalars['Date']['output'];
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
