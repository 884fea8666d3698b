import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ParcoursContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type Departement = {
  __typename?: 'Departement';
  code: Scalars['ID']['output'];
};

export type Siae = {
  __typename?: 'Siae';
  /**
   * The last day on which Pôle emploi may answer a complete agrément request received on `receivedOn`
   * for a person hired by this SIAE: 5 jours ouvrés, 2 for an ETTI (accord, annexe 4 §2.2.2).
   * Nullable: null (with an error) only when the parcours subgraph cannot answer.
   */
  approvalDecisionDeadline?: Maybe<Scalars['Date']['output']>;
  departement: Departement;
  id: Scalars['ID']['output'];
  kind: SiaeKind;
};


export type SiaeApprovalDecisionDeadlineArgs = {
  receivedOn: Scalars['Date']['input'];
};

export type SiaeKind =
  | 'ACI'
  | 'AI'
  | 'EI'
  | 'EITI'
  | 'ETTI';

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
  Siae: Siae;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Siae:
    ( { __typename: 'Siae' }
    & GraphQLRecursivePick<FederationTypes['Siae'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Siae'], {"kind":true,"departement":{"code":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Departement: ResolverTypeWrapper<Departement>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Siae: ResolverTypeWrapper<Siae>;
  SiaeKind: SiaeKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  Departement: Departement;
  ID: Scalars['ID']['output'];
  Siae: Siae | FederationReferenceTypes['Siae'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DepartementResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Departement'] = ResolversParentTypes['Departement']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SiaeResolvers<ContextType = ParcoursContext, ParentType extends ResolversParentTypes['Siae'] = ResolversParentTypes['Siae'], FederationReferenceType extends FederationReferenceTypes['Siae'] = FederationReferenceTypes['Siae']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Siae']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvalDecisionDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType, RequireFields<SiaeApprovalDecisionDeadlineArgs, 'receivedOn'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ParcoursContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  Departement?: DepartementResolvers<ContextType>;
  Siae?: SiaeResolvers<ContextType>;
}>;

