import type { GraphQLResolveInfo } from 'graphql';
import type { CtaRow } from '../services/rows.js';
import type { PilotageContext } from '../context.js';
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
  id: Scalars['ID']['output'];
};

/** A comité technique d'animation: gathers the SIAE and local actors of one employment area (accord, fiche 8). */
export type Cta = {
  __typename?: 'Cta';
  employmentArea: EmploymentArea;
  id: Scalars['ID']['output'];
  /** The agence Pôle emploi that runs it. */
  ledBy: Agency;
  name: Scalars['String']['output'];
};

export type EmploymentArea = {
  __typename?: 'EmploymentArea';
  /** The CTA of this employment area, when one is set up. */
  cta?: Maybe<Cta>;
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  ctas: Array<Cta>;
};


export type QueryCtasArgs = {
  departement?: InputMaybe<Scalars['String']['input']>;
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Cta:
    ( { __typename: 'Cta' }
    & GraphQLRecursivePick<FederationTypes['Cta'], {"id":true}> );
  EmploymentArea:
    ( { __typename: 'EmploymentArea' }
    & GraphQLRecursivePick<FederationTypes['EmploymentArea'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: ResolverTypeWrapper<Agency>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Cta: ResolverTypeWrapper<CtaRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  EmploymentArea: ResolverTypeWrapper<Omit<EmploymentArea, 'cta'> & { cta?: Maybe<ResolversTypes['Cta']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agency: Agency;
  ID: Scalars['ID']['output'];
  Cta: CtaRow;
  String: Scalars['String']['output'];
  EmploymentArea: Omit<EmploymentArea, 'cta'> & { cta?: Maybe<ResolversParentTypes['Cta']> } | FederationReferenceTypes['EmploymentArea'];
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
}>;

export type AgencyResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CtaResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Cta'] = ResolversParentTypes['Cta'], FederationReferenceType extends FederationReferenceTypes['Cta'] = FederationReferenceTypes['Cta']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cta']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employmentArea?: Resolver<ResolversTypes['EmploymentArea'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledBy?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EmploymentAreaResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['EmploymentArea'] = ResolversParentTypes['EmploymentArea'], FederationReferenceType extends FederationReferenceTypes['EmploymentArea'] = FederationReferenceTypes['EmploymentArea']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentArea']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cta?: Resolver<Maybe<ResolversTypes['Cta']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PilotageContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  ctas?: Resolver<Array<ResolversTypes['Cta']>, ParentType, ContextType, Partial<QueryCtasArgs>>;
}>;

export type Resolvers<ContextType = PilotageContext> = ResolversObject<{
  Agency?: AgencyResolvers<ContextType>;
  Cta?: CtaResolvers<ContextType>;
  EmploymentArea?: EmploymentAreaResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

