import { describe, expect, it } from 'vitest';
import { mutationFailureOf } from './mutation-error.ts';

const fallback = 'La décision n’a pas pu être enregistrée. Réessayez.';

describe('mutationFailureOf', () => {
  it('shows the French message of a user error and keeps its code', () => {
    const error = {
      errors: [{ message: 'Cette demande a déjà été traitée par un autre agent.', extensions: { code: 'CONFLICT' } }],
    };
    expect(mutationFailureOf(error, fallback)).toEqual({
      code: 'CONFLICT',
      message: 'Cette demande a déjà été traitée par un autre agent.',
    });
  });

  it('reads the errors of a non-2xx answer too', () => {
    const error = {
      bodyText: JSON.stringify({ errors: [{ message: 'Motif inconnu.', extensions: { code: 'BAD_USER_INPUT' } }] }),
    };
    expect(mutationFailureOf(error, fallback)).toEqual({ code: 'BAD_USER_INPUT', message: 'Motif inconnu.' });
  });

  it('never shows a technical message', () => {
    expect(
      mutationFailureOf(
        { errors: [{ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
        fallback,
      ),
    ).toEqual({ code: null, message: fallback });
    expect(mutationFailureOf(new TypeError('Failed to fetch'), fallback)).toEqual({ code: null, message: fallback });
  });
});
