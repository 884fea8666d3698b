// Operation limits checked before anything runs, with the same numbers at the gateway and in every subgraph (a
// subgraph reachable on the network must not be weaker than the gateway, issue 11). The numbers come from the
// portals' real operations (operation-limits.test.ts runs every persisted document through them) and are explained in
// docs/security.md, "Operation limits".
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isListType,
  getNullableType,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './connections.js';

export interface OperationLimits {
  /** Nesting of fields (fragments do not count as a level). */
  depth: number;
  /** Aliased fields in the whole operation, fragments included. */
  aliases: number;
  /** Lexical tokens of the document (names, punctuation, values): bounds parsing itself. */
  tokens: number;
  /** Directives used in the operation (`@include`, `@skip`…). */
  directives: number;
  /** Estimated cost: 1 per object, multiplied by the size of every list on the way (see {@link operationCost}). */
  cost: number;
  /** The size assumed for a list without `first` (and for `first` left out where the schema has no default). */
  defaultListSize: number;
}

/**
 * The limits of Navette's public API. Largest values among the portals' 117 persisted documents, with page sizes of
 * 100 (measured by apps/gateway/src/operation-limits.test.ts, which prints them): depth 6, aliases 48 (the console's
 * SIAE counts: 8 départements × 6 kinds), tokens 1,043, directives 0, cost 2,301. docs/security.md says why each.
 */
export const OPERATION_LIMITS: Readonly<OperationLimits> = Object.freeze({
  depth: 10,
  aliases: 64,
  tokens: 3_000,
  directives: 10,
  cost: 10_000,
  defaultListSize: 20,
});

export type OperationLimit = 'depth' | 'aliases' | 'tokens' | 'directives' | 'cost';

/**
 * A refused operation: the client's mistake (HTTP 400, GRAPHQL_VALIDATION_FAILED), with what was exceeded in French
 * and in `extensions.limit` for programs.
 */
export function operationLimitError(limit: OperationLimit, maximum: number): GraphQLError {
  const messages: Record<OperationLimit, string> = {
    depth: `Requête refusée : elle imbrique trop de niveaux de champs (${maximum} au plus).`,
    aliases: `Requête refusée : elle utilise trop d’alias (${maximum} au plus).`,
    tokens: `Requête refusée : elle est trop longue (${maximum} éléments au plus).`,
    directives: `Requête refusée : elle utilise trop de directives (${maximum} au plus).`,
    cost: `Requête refusée : elle demanderait trop de données (coût estimé au-delà de ${maximum} ; réduisez les listes imbriquées ou leur argument « first »).`,
  };
  // `spec: false`: Yoga would otherwise answer a validation error with HTTP 200 to an `application/json` client.
  return new GraphQLError(messages[limit], {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, maximum, http: { status: 400, spec: false } },
  });
}

/** graphql-js's own token limit (what GraphQL Armor's max-tokens re-implements with a lexer proxy): no extra pass. */
export function limitedParseOptions(limits: OperationLimits = OPERATION_LIMITS): ParseOptions {
  return { maxTokens: limits.tokens };
}

/** Whether an error is graphql-js's parse error for too many tokens (English; "more that" in graphql 16). */
export function isTokenLimitError(error: unknown): boolean {
  return error instanceof Error && /Document contains more th(?:an|at) \d+ tokens/.test(error.message);
}

/**
 * The validation rules for depth, aliases and directives (GraphQL Armor's), each reporting a French
 * {@link operationLimitError} instead of throwing its English one. They depend on the document only, so a cached
 * validation (Yoga's, Apollo's document store) stays right.
 */
export function operationLimitRules(limits: OperationLimits = OPERATION_LIMITS): ValidationRule[] {
  const report =
    (limit: OperationLimit, maximum: number) =>
    (context: ValidationContext | null): void => {
      context?.reportError(operationLimitError(limit, maximum));
    };
  const common = { exposeLimits: false, propagateOnRejection: false } as const;
  return [
    maxDepthRule({ ...common, n: limits.depth, flattenFragments: true, onReject: [report('depth', limits.depth)] }),
    maxAliasesRule({ ...common, n: limits.aliases, onReject: [report('aliases', limits.aliases)] }),
    maxDirectivesRule({ ...common, n: limits.directives, onReject: [report('directives', limits.directives)] }),
  ] as ValidationRule[];
}

/**
 * 1 per object (a scalar is free), times the size of each list on the way: `first` where the field takes it (its
 * schema default, else the default size; at most MAX_PAGE_SIZE, which clampFirst enforces), the default size for any other list. The `edges`/`nodes` of a connection
 * are the list its field's `first` already counted. So `departement { employmentAreas { departement {
 * employmentAreas … } } }` grows as 20ⁿ and a cycle cannot fan out within the budget.
 */
function listCostEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const own = isCompositeType(getNamedType(field.type)) ? 1 : 0;
    if (field.args.some((arg) => arg.name === 'first')) {
      // Over MAX_PAGE_SIZE the resolver refuses the page itself (clampFirst, BAD_USER_INPUT) before reading anything.
      const first =
        typeof args['first'] === 'number' ? Math.min(MAX_PAGE_SIZE, Math.max(1, args['first'])) : defaultListSize;
      return own + first * childComplexity;
    }
    if (isListType(getNullableType(field.type))) {
      const counted = type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
      return (counted ? 1 : defaultListSize) * (own + childComplexity);
    }
    return own + childComplexity;
  };
}

/**
 * The estimated cost of the operation with its variables (graphql-query-complexity). Throws the French cost error
 * when the document is too large even to be costed (its node budget).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  limits: OperationLimits = OPERATION_LIMITS,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [listCostEstimator(limits.defaultListSize)],
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw operationLimitError('cost', limits.cost);
    }
    // Variables that do not fit their types: execution refuses them itself, in its own words, before running anything.
    if (error instanceof GraphQLError && /^Variable "\$/.test(error.message)) return 0;
    throw error;
  }
}

/**
 * The cost check, run per request after validation (it reads the variables, so it cannot live in a cached
 * validation rule): the error to answer with, or undefined.
 */
export function costLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  limits: OperationLimits = OPERATION_LIMITS,
): GraphQLError | undefined {
  try {
    return operationCost(schema, document, variables, operationName, limits) > limits.cost
      ? operationLimitError('cost', limits.cost)
      : undefined;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '_service']);

/**
 * Whether the operation asks for the schema (introspection, or federation's `_service { sdl }`), at its root or in a
 * fragment spread there.
 */
export function asksForSchema(document: DocumentNode, operation: OperationDefinitionNode | undefined): boolean {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const seen = new Set<string>();
  const visit = (selections: OperationDefinitionNode['selectionSet']['selections']): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  const operations = operation
    ? [operation]
    : document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operations.some((op) => visit(op.selectionSet.selections));
}
