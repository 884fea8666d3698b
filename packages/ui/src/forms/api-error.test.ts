import { describe, expect, it } from 'vitest';
import { apiErrorMessages, genericMessages, userErrorMessages } from './api-error.ts';

const graphQLError = (code: string, message: string) => ({ message, extensions: { code } });

describe('apiErrorMessages', () => {
  it('shows the French message of a user error as the API wrote it, once', () => {
    const conflict = graphQLError(
      'CONFLICT',
      'Une autre réunion du comité de pilotage est déjà enregistrée le 12/03/2026.',
    );
    expect(apiErrorMessages({ errors: [conflict, conflict] })).toEqual([conflict.message]);
    expect(apiErrorMessages({ errors: [graphQLError('BAD_USER_INPUT', 'Intitulé : champ obligatoire.')] })).toEqual([
      'Intitulé : champ obligatoire.',
    ]);
  });

  it('reads the errors of a non-2xx answer', () => {
    const bodyText = JSON.stringify({ errors: [graphQLError('FORBIDDEN', 'Accès refusé.')] });
    expect(apiErrorMessages({ bodyText })).toEqual(['Accès refusé.']);
  });

  it('never shows an internal message, and tells a network failure apart', () => {
    expect(
      apiErrorMessages({ errors: [graphQLError('INTERNAL_SERVER_ERROR', 'relation "x" does not exist')] }),
    ).toEqual([genericMessages.failed]);
    expect(apiErrorMessages(new TypeError('Failed to fetch'))).toEqual([genericMessages.unreachable]);
    expect(apiErrorMessages(undefined)).toEqual([genericMessages.failed]);
  });
});

describe('userErrorMessages', () => {
  it('is empty when the API sent no user error', () => {
    expect(userErrorMessages({ errors: [graphQLError('INTERNAL_SERVER_ERROR', 'boom')] })).toEqual([]);
    expect(userErrorMessages({ errors: [graphQLError('BAD_USER_INPUT', 'Année : année invalide.')] })).toEqual([
      'Année : année invalide.',
    ]);
  });
});
