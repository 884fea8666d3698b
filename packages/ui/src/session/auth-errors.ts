// Reading the API's authentication and authorisation errors (`extensions.code`, `extensions.reason`).
// Pure: duck-typed so that it reads Apollo's CombinedGraphQLErrors (`errors`), ServerError (a non-2xx answer
// whose `bodyText` holds the GraphQL errors) and a raw result alike.
import { copy } from '../copy.tsx';

export interface ApiError {
  message: string;
  extensions?: Record<string, unknown>;
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && typeof (value as ApiError).message === 'string';
}

/** The GraphQL errors carried by an Apollo error or a result, if any. */
export function graphQLErrorsOf(error: unknown): ApiError[] {
  if (typeof error !== 'object' || error === null) return [];
  const { errors, bodyText } = error as { errors?: unknown; bodyText?: unknown };
  if (Array.isArray(errors)) return errors.filter(isApiError);
  if (typeof bodyText === 'string') {
    try {
      return graphQLErrorsOf(JSON.parse(bodyText));
    } catch {
      return [];
    }
  }
  return [];
}

const codeOf = (error: ApiError) => error.extensions?.['code'];
const reasonOf = (error: ApiError) => error.extensions?.['reason'];

/**
 * What an answer means for the session:
 * - `renew`: the access token expired; renew it and send the request once more;
 * - `signed-out`: the session is over (revoked, invalid token, or no token where one is needed): sign in again;
 * - `null`: nothing to do with the session (FORBIDDEN included: the user stays signed in).
 */
export type SessionFailure = 'renew' | 'signed-out' | null;

export function sessionFailureOf(errors: readonly ApiError[]): SessionFailure {
  const unauthenticated = errors.filter((error) => codeOf(error) === 'UNAUTHENTICATED');
  if (unauthenticated.length === 0) return null;
  return unauthenticated.every((error) => reasonOf(error) === 'TOKEN_EXPIRED') ? 'renew' : 'signed-out';
}

/** Whether the API refused because the user's role lacks the scope (the user is signed in). */
export function isForbidden(error: unknown): boolean {
  return graphQLErrorsOf(error).some((e) => codeOf(e) === 'FORBIDDEN');
}

/**
 * The French message to show when sign-in fails. The API's UNAUTHENTICATED messages (wrong email or password,
 * too many attempts) are already in French and safe to show; anything else gets a generic message.
 */
export function signInErrorMessage(error: unknown): string {
  const errors = graphQLErrorsOf(error);
  const unauthenticated = errors.find((e) => codeOf(e) === 'UNAUTHENTICATED');
  if (unauthenticated?.message) return unauthenticated.message;
  if (errors.length === 0 && isNetworkFailure(error)) return copy.session.signInUnreachable;
  return copy.session.signInFailed;
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message));
}
