import type { GraphQLResolveInfo } from 'graphql';
import type { EmploymentServiceRow } from '../services/rows.js';
import type { FormationContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
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
  EmploymentService: EmploymentService;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  EmploymentService:
    ( { __typename: 'EmploymentService' }
    & GraphQLRecursivePick<FederationTypes['EmploymentService'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: ResolverTypeWrapper<Omit<Agency, 'employmentServices'> & { employmentServices?: Maybe<Array<ResolversTypes['EmploymentService']>> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EmploymentService: ResolverTypeWrapper<EmploymentServiceRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  EmploymentServiceKind: EmploymentServiceKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agency: Omit<Agency, 'employmentServices'> & { employmentServices?: Maybe<Array<ResolversParentTypes['EmploymentService']>> } | FederationReferenceTypes['Agency'];
  ID: Scalars['ID']['output'];
  EmploymentService: EmploymentServiceRow;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AgencyResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employmentServices?: Resolver<Maybe<Array<ResolversTypes['EmploymentService']>>, ParentType, ContextType, Partial<AgencyEmploymentServicesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EmploymentServiceResolvers<ContextType = FormationContext, ParentType extends ResolversParentTypes['EmploymentService'] = ResolversParentTypes['EmploymentService'], FederationReferenceType extends FederationReferenceTypes['EmploymentService'] = FederationReferenceTypes['EmploymentService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EmploymentServiceKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FormationContext> = ResolversObject<{
  Agency?: AgencyResolvers<ContextType>;
  EmploymentService?: EmploymentServiceResolvers<ContextType>;
}>;

