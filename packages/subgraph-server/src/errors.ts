import { UniqueViolation, uniqueViolationOf } from '@navette/db';
import { GraphQLError } from 'graphql';
import { currentLogger, serializeError } from './logging.js';
import { clientErrorOf, validationMessage } from './client-errors.js';
import { serviceUnavailable } from './unavailable.js';

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
  'SERVICE_UNAVAILABLE',
  // Issue 11: a refused burst (rate-limits.ts); its message says when to try again.
  'RATE_LIMITED',
]);

/**
 * Keeps user-facing errors, replaces anything else (SQL, stack traces, bugs) by a generic French message, and logs
 * the original in English for the operators.
 */
export function maskError(
  subgraph: string,
  formatted: { message: string; extensions?: Record<string, unknown> },
  error: unknown,
) {
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : '';
  // An operation limit's refusal (operation-limits.ts): already in French, with what was exceeded.
  if (formatted.extensions?.['limit'] !== undefined) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  }
  // graphql-js's own client errors (syntax, variables, validation): in French, without the value (client-errors.ts).
  const client = clientErrorOf(error);
  if (client)
    return {
      message: client.message,
      extensions: { code: client.code, ...(client.detail ? { detail: client.detail } : {}) },
    };
  if (code === 'GRAPHQL_VALIDATION_FAILED')
    return { message: validationMessage(formatted.message), extensions: { code } };
  const conflict = conflictOf(error);
  if (conflict) {
    // A duplicate write is the user's conflict, not an internal error (issue 12). Logged by constraint only: the key's
    // values may be personal data.
    currentLogger().warn({ subgraph, constraint: conflict.extensions.constraint }, 'unique violation');
    return { ...formatted, message: conflict.message, extensions: conflict.extensions };
  }
  if (PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const unavailable = serviceUnavailable(error);
  if (unavailable) {
    // The reason only: a Drizzle error's message holds the SQL and its parameters (personal data).
    currentLogger().warn({ subgraph, reason: unavailable.extensions.reason }, 'database unavailable');
    return unavailable;
  }
  currentLogger().error({ subgraph, err: serializeError(error) }, 'internal error');
  return {
    message: 'Une erreur interne est survenue. Réessayez dans quelques instants.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** The conflict behind an error: a `UniqueViolation` (existing row named) or a bare 23505 (a generic message). */
function conflictOf(error: unknown): { message: string; extensions: Record<string, unknown> } | null {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (original instanceof UniqueViolation || (original as { name?: unknown } | null)?.name === 'UniqueViolation') {
    const v = original as UniqueViolation;
    return {
      message: v.message,
      extensions: { code: 'CONFLICT', constraint: v.constraint, ...(v.existing ? { existing: v.existing } : {}) },
    };
  }
  const facts = uniqueViolationOf(original);
  if (!facts) return null;
  return {
    message: 'Cet enregistrement existe déjà : rechargez la page pour le voir.',
    extensions: { code: 'CONFLICT', constraint: facts.constraint },
  };
}
