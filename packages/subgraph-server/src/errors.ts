import { GraphQLError } from 'graphql';

/** Stable codes a client may rely on (extensions.code). Messages are French, for the people using the portals. */
export type UserErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

/** An error the user caused and can fix: its French message is shown as is. */
export function userError(code: UserErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

const PUBLIC_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  // Issue 11: a refused burst (rate-limits.ts); its message says when to try again.
  'RATE_LIMITED',
]);

/**
 * Keeps user-facing errors, replaces anything else (SQL, stack traces, bugs) by a generic French message, and logs
 * the original in English for the operators.
 */
export function maskError(subgraph: string, formatted: { message: string; extensions?: Record<string, unknown> }, error: unknown) {
  const code = typeof formatted.extensions?.['code'] === 'string' ? (formatted.extensions['code'] as string) : '';
  if (PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error(`[${subgraph}] internal error:`, error);
  return {
    message: 'Une erreur interne est survenue. Réessayez dans quelques instants.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
