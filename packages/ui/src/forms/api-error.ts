// What to tell the user when a mutation fails. The API's user errors (extensions.code BAD_USER_INPUT, NOT_FOUND,
// CONFLICT, FORBIDDEN) carry a French message written for them: shown as is. Anything else (internal error, network)
// gets a generic French message; the technical error goes to the console only.
import { graphQLErrorsOf } from '../session/auth-errors.ts';

export const USER_ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'] as const;

export const genericMessages = {
  failed:
    'L’enregistrement n’a pas abouti. Réessayez dans quelques instants ; si le problème persiste, contactez l’assistance.',
  unreachable: 'Le service est injoignable. Vérifiez votre connexion à internet puis réessayez.',
} as const;

/** The French messages of the API's user errors, without duplicates (empty when there is none). */
export function userErrorMessages(error: unknown): string[] {
  const shown = graphQLErrorsOf(error)
    .filter((e) => (USER_ERROR_CODES as readonly unknown[]).includes(e.extensions?.['code']))
    .map((e) => e.message.trim())
    .filter((message) => message.length > 0);
  return [...new Set(shown)];
}

/** The French messages to show for a failed mutation (never empty). */
export function apiErrorMessages(error: unknown): string[] {
  const shown = userErrorMessages(error);
  if (shown.length > 0) return shown;
  if (graphQLErrorsOf(error).length === 0 && isNetworkFailure(error)) return [genericMessages.unreachable];
  return [genericMessages.failed];
}

function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message));
}
