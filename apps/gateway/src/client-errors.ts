// A client's mistake is answered as one at the gateway too (issue 11 item 8): syntax errors and variables that do not
// fit their type reached the error mask as if they were bugs (INTERNAL_SERVER_ERROR, logged with a stack), and
// validation errors came back in English with the offending literal printed whole. The texts live in
// @navette/subgraph-server (client-errors.ts), shared with the subgraphs.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { clientErrorOf, frenchValidationError } from '@navette/subgraph-server';
import { GraphQLError } from 'graphql';

/** The French client error for a graphql-js client error (syntax, variables), undefined for anything else. */
export function clientGraphQLError(error: unknown): GraphQLError | undefined {
  const client = clientErrorOf(error);
  if (!client) return undefined;
  return new GraphQLError(client.message, {
    extensions: {
      code: client.code,
      ...(client.detail ? { detail: client.detail } : {}),
      http: { status: client.status ?? 400 },
    },
  });
}

/** Validation errors (unknown field, wrong literal…) in French, without the literal. */
export function useFrenchValidationErrors(): GatewayPlugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        // Validation errors are GraphQLErrors (envelop types them `Error`); no instanceof: the runtime may hold its own graphql-js.
        if (result.length > 0) setResult(result.map((error: Error) => frenchValidationError(error as GraphQLError)));
      },
  };
}
