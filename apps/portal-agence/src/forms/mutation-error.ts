// Reading why a mutation failed. The API answers user errors with a stable `extensions.code` and a French message
// written for the user (BAD_USER_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN): show it as is. Anything else (network,
// internal error) gets a generic French message; the technical error goes to the console only.
import { graphQLErrorsOf } from '@navette/ui';

export const USER_ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export interface MutationFailure {
  /** The user error's code, or null when the failure is not one (network, internal error). */
  code: UserErrorCode | null;
  message: string;
}

export function mutationFailureOf(error: unknown, fallbackMessage: string): MutationFailure {
  for (const graphQLError of graphQLErrorsOf(error)) {
    const code = graphQLError.extensions?.['code'];
    if (
      typeof code === 'string' &&
      (USER_ERROR_CODES as readonly string[]).includes(code) &&
      graphQLError.message.trim()
    )
      return { code: code as UserErrorCode, message: graphQLError.message };
  }
  return { code: null, message: fallbackMessage };
}
