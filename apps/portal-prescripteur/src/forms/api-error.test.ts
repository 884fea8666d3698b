import { describe, expect, it } from 'vitest';
import { apiErrorMessages, genericMessages } from './api-error.ts';

const graphQLError = (code: string, message: string) => ({ message, extensions: { code } });

describe('messages of a failed mutation', () => {
  it('shows the French message of a user error as is', () => {
    const error = { errors: [graphQLError('CONFLICT', 'Cette prescription a déjà reçu une réponse.')] };
    expect(apiErrorMessages(error)).toEqual(['Cette prescription a déjà reçu une réponse.']);
  });

  it('keeps every distinct user message once', () => {
    const error = {
      errors: [
        graphQLError('BAD_USER_INPUT', 'La date est invalide.'),
        graphQLError('BAD_USER_INPUT', 'La date est invalide.'),
        graphQLError('NOT_FOUND', 'Personne introuvable.'),
      ],
    };
    expect(apiErrorMessages(error)).toEqual(['La date est invalide.', 'Personne introuvable.']);
  });

  it('reads the errors of a non-2xx answer body', () => {
    const error = { bodyText: JSON.stringify({ errors: [graphQLError('FORBIDDEN', 'Accès refusé.')] }) };
    expect(apiErrorMessages(error)).toEqual(['Accès refusé.']);
  });

  it('never shows an internal or unknown error', () => {
    const error = { errors: [graphQLError('INTERNAL_SERVER_ERROR', 'relation "x" does not exist')] };
    expect(apiErrorMessages(error)).toEqual([genericMessages.failed]);
    expect(apiErrorMessages(new Error('boom'))).toEqual([genericMessages.failed]);
  });

  it('says when the service cannot be reached', () => {
    expect(apiErrorMessages(new TypeError('Failed to fetch'))).toEqual([genericMessages.unreachable]);
  });
});
