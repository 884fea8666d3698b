// The operation limits in a subgraph (Apollo Server): the same numbers as the gateway (operation-limits.ts), so that a
// subgraph reached directly is no weaker; and the schema (introspection, `_service`) only for the gateway.
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import type express from 'express';
import { GraphQLError } from 'graphql';
import {
  OPERATION_LIMITS,
  asksForSchema,
  costLimitError,
  isTokenLimitError,
  limitedParseOptions,
  operationLimitError,
  operationLimitRules,
  type OperationLimits,
} from './operation-limits.js';

/** Decides whether a request comes from the gateway (the integrator's request signature); every request by default. */
export type TrustedGatewayCheck = (request: express.Request) => boolean | Promise<boolean>;

/** Set on the context of a request from the gateway (a symbol property: Apollo copies the context per operation). */
const FROM_GATEWAY = Symbol('navette.fromGateway');

export function subgraphOperationLimits<Context extends BaseContext>(limits: OperationLimits = OPERATION_LIMITS) {
  const plugin: ApolloServerPlugin<Context> = {
    requestDidStart() {
      return Promise.resolve({
        // eslint-disable-next-line @typescript-eslint/require-await -- Apollo awaits all plugins' hooks together: async keeps a refusal a rejection, so the other hooks still run
        async didResolveOperation({
          document,
          operation,
          request,
          contextValue,
          schema,
        }: GraphQLRequestContext<Context>) {
          if (!document) return;
          if ((contextValue as Record<symbol, unknown>)[FROM_GATEWAY] !== true && asksForSchema(document, operation)) {
            throw new GraphQLError('Le schéma de ce service n’est lu que par la passerelle.', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
          const refused = costLimitError(schema, document, request.variables, request.operationName, limits);
          if (refused) throw refused;
        },
      });
    },
  };
  return {
    /** Apollo Server options: token limit while parsing, depth/aliases/directives while validating, no suggestions. */
    serverOptions: {
      parseOptions: limitedParseOptions(limits),
      validationRules: operationLimitRules(limits),
      hideSchemaDetailsFromClientErrors: true,
      // No automatic persisted queries: a document is read as text, through the checks above, every time.
      persistedQueries: false,
    } satisfies Partial<ApolloServerOptions<Context>>,
    plugin,
    /** Remembers, for the plugin, that this request's context belongs to a request from the gateway. */
    markTrusted(context: Context) {
      (context as Record<symbol, unknown>)[FROM_GATEWAY] = true;
    },
    /** formatError step: graphql-js's English token-limit error becomes the French refusal. */
    translate<F extends { message: string; extensions?: Record<string, unknown> }>(
      formatted: F,
      error: unknown,
    ): F | ReturnType<GraphQLError['toJSON']> {
      const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
      return isTokenLimitError(original) || isTokenLimitError(formatted)
        ? operationLimitError('tokens', limits.tokens).toJSON()
        : formatted;
    },
  };
}
