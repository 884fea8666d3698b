// What the user sees when a dependency cannot serve in time (database timeouts, lost connection, full pool queue,
// a frozen subgraph): one stable code, SERVICE_UNAVAILABLE, and a French message; the cause goes to the log in
// English, without personal data (issue 12).
import { databaseUnavailability, type UnavailableReason } from '@navette/db';
import { GraphQLError } from 'graphql';

export const SERVICE_UNAVAILABLE_MESSAGE =
  'Le service est momentanément indisponible ou surchargé. Réessayez dans quelques instants : rien n’a été enregistré pour cette action.';

/** The formatted error for a database that could not serve, or undefined when `error` is something else. */
export function serviceUnavailable(
  error: unknown,
): { message: string; extensions: { code: 'SERVICE_UNAVAILABLE'; reason: UnavailableReason } } | undefined {
  const reason = databaseUnavailability(error);
  if (!reason) return undefined;
  return { message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', reason } };
}

/** Same, as a GraphQLError to throw. */
export function serviceUnavailableError(reason: string): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE', reason } });
}

/** Rejects when `work` takes longer than `ms` (health checks must answer even when the database does not). */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
