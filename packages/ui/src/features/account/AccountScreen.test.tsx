// @vitest-environment jsdom
// « Mon compte » (issue 14 §2), its change of password as a user meets it: the checks before sending (a focused summary
// in French, aria-invalid on the fields in error), the API's refusal of the current password told in French with what
// was typed kept, and a change that closes the other sessions said so, the list of sessions asked again. Only the
// network is replaced (MockedProvider); the checks and messages are the real ones.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AccountSessionsDocument,
  ChangeAccountPasswordDocument,
  NotificationPreferencesDocument,
} from '../../generated/graphql.ts';
import { renderScreen } from '../../testing/component-testing.tsx';
import { AccountScreen } from './AccountScreen.tsx';

const session = (id: string, device: string, current: boolean) => ({
  __typename: 'AccountSession' as const,
  id,
  device,
  signedInAt: '2026-11-23T08:00:00.000Z',
  lastActiveAt: '2026-11-23T08:30:00.000Z',
  expiresAt: '2026-11-23T20:00:00.000Z',
  current,
});
const sessions = (list: ReturnType<typeof session>[]) => ({
  request: { query: AccountSessionsDocument },
  result: { data: { accountSessions: list } },
});
const here = session('5b0c1c39-7a0e-5a35-9f31-6a2c0f6f9b01', 'Firefox sur Linux', true);
const phone = session('5b0c1c39-7a0e-5a35-9f31-6a2c0f6f9b02', 'Safari sur iPhone', false);
const preferences = {
  request: { query: NotificationPreferencesDocument },
  result: { data: { notificationPreferences: [] } },
};
const NEW_PASSWORD = 'Un-Nouveau-Mot-2026!';
const change = (current: string) => ({
  query: ChangeAccountPasswordDocument,
  variables: { currentPassword: current, newPassword: NEW_PASSWORD },
});

const field = {
  current: () => screen.getByLabelText('Mot de passe actuel'),
  next: () => screen.getByLabelText(/^Nouveau mot de passe/),
  confirmation: () => screen.getByLabelText('Confirmation du nouveau mot de passe'),
};
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Changer mon mot de passe' }));
async function typeAll(current: string, next: string, confirmation: string) {
  await userEvent.type(field.current(), current);
  await userEvent.type(field.next(), next);
  await userEvent.type(field.confirmation(), confirmation);
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // ApiErrorAlert logs the technical error
});
afterEach(() => vi.restoreAllMocks());

describe('AccountScreen: change of password', () => {
  it('checks before sending: a focused summary in French, aria-invalid on the fields in error only', async () => {
    renderScreen(<AccountScreen />, { mocks: [preferences, sessions([here, phone])] });
    expect(await screen.findByText('Safari sur iPhone')).toBeTruthy();
    await submit();

    const summary = screen.getByTestId('error-summary');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Saisissez votre mot de passe actuel.', 'Saisissez le nouveau mot de passe.']);
    expect(field.current().getAttribute('aria-invalid')).toBe('true');
    expect(field.next().getAttribute('aria-invalid')).toBe('true');
    expect(field.confirmation().getAttribute('aria-invalid')).toBeNull();

    await typeAll('Navette-Demo-2026!', NEW_PASSWORD, 'Autre-Chose-2026!');
    await submit();
    expect(
      within(screen.getByTestId('error-summary'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['La confirmation ne correspond pas au nouveau mot de passe.']);
    await waitFor(() => expect(field.current().getAttribute('aria-invalid')).toBeNull());
    expect(field.confirmation().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('error-summary'));
  });

  it('tells the API’s refusal of the current password in French, focused, and keeps what was typed', async () => {
    renderScreen(<AccountScreen />, {
      mocks: [
        preferences,
        sessions([here, phone]),
        {
          request: change('pas-le-bon'),
          result: {
            errors: [
              {
                message: 'Le mot de passe actuel est incorrect.',
                extensions: { code: 'BAD_USER_INPUT', reason: 'CURRENT_PASSWORD_INCORRECT' },
              },
            ],
          },
        },
      ],
    });
    await typeAll('pas-le-bon', NEW_PASSWORD, NEW_PASSWORD);
    await submit();

    const alert = await screen.findByTestId('api-error');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.textContent).toContain('Le mot de passe n’a pas été changé');
    expect(alert.textContent).toContain('Le mot de passe actuel est incorrect.');
    expect(field.next()).toHaveProperty('value', NEW_PASSWORD);
    expect(screen.queryByTestId('password-changed')).toBeNull();
  });

  it('changed: says the other device was signed out, empties the form and shows the sessions left', async () => {
    renderScreen(<AccountScreen />, {
      mocks: [
        preferences,
        sessions([here, phone]),
        { request: change('Navette-Demo-2026!'), result: { data: { changePassword: 1 } } },
        sessions([here]),
      ],
    });
    expect(await screen.findByText('Safari sur iPhone')).toBeTruthy();
    await typeAll('Navette-Demo-2026!', NEW_PASSWORD, NEW_PASSWORD);
    await submit();

    const done = await screen.findByTestId('password-changed');
    expect(done.textContent).toContain('Mot de passe changé');
    expect(done.textContent).toContain('Votre session sur l’autre appareil a été fermée.');
    expect(field.current()).toHaveProperty('value', '');
    await waitFor(() => expect(screen.queryByText('Safari sur iPhone')).toBeNull());
    expect(screen.getByText('Firefox sur Linux')).toBeTruthy();
  });
});
