// @vitest-environment jsdom
// The sign-in page of every portal, as a user meets it: a refusal of the API told in French in an alert (its message
// as the API wrote it), the page asked for opened once signed in, an account of another portal refused and its new
// session closed, the service unreachable, ProConnect offered when the gateway says so. Only the network is replaced
// (the gateway's /auth endpoints); the session store and the messages are the real ones.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fakeAuthEndpoints,
  renderScreen,
  sessionStore,
  siaeSession,
  type AuthAnswer,
} from '../../testing/component-testing.tsx';
import { SignInPage } from './SignInPage.tsx';

const invalidCredentials: AuthAnswer = {
  status: 401,
  body: {
    errors: [
      {
        message: 'Adresse électronique ou mot de passe incorrect.',
        extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
      },
    ],
  },
};

/** The sign-in page of the Espace SIAE, signed out, on `answers` for the gateway's /auth endpoints. */
function signInPage(answers: Parameters<typeof fakeAuthEndpoints>[0], state?: unknown) {
  const network = fakeAuthEndpoints(answers);
  vi.stubGlobal('fetch', network.fetch); // the page asks /auth/oidc/config itself
  const store = sessionStore('portal-siae', { network });
  const view = renderScreen(<SignInPage />, { store, at: { path: '/connexion', state } });
  return { ...view, network };
}

async function signIn(email: string, password: string) {
  await userEvent.type(screen.getByLabelText(/Adresse électronique/), email);
  await userEvent.type(screen.getByLabelText('Mot de passe'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // the page logs unexpected failures for developers
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('SignInPage', () => {
  it('tells a refusal in French, as the API wrote it, and keeps the user on the page', async () => {
    const { network } = signInPage({ '/auth/sign-in': invalidCredentials });
    await signIn('  siae@demo.navette.fr ', 'pas-le-bon');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Connexion impossible');
    expect(alert.textContent).toContain('Adresse électronique ou mot de passe incorrect.');
    expect(network.calls.find((c) => c.path === '/auth/sign-in')?.body).toEqual({
      email: 'siae@demo.navette.fr',
      password: 'pas-le-bon',
    });
    expect(screen.getByRole('button', { name: 'Se connecter' })).toHaveProperty('disabled', false);
    expect(screen.getByTestId('location').textContent).toBe('/connexion');
  });

  it('signed in, opens the page that asked for it', async () => {
    const { store } = signInPage(
      { '/auth/sign-in': { status: 200, body: { session: siaeSession() } } },
      {
        from: '/prescriptions/recues',
      },
    );
    await signIn('siae@demo.navette.fr', 'Navette-Demo-2026!');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/prescriptions/recues'));
    expect(store.getState().session?.viewer.email).toBe('siae@demo.navette.fr');
  });

  it('refuses an account of another portal, closes the session it opened, and says where to go', async () => {
    const agent = siaeSession();
    agent.viewer = { ...agent.viewer, role: 'AGENCY', roleLabel: 'Agence Pôle emploi' };
    const { network, store } = signInPage({
      '/auth/sign-in': { status: 200, body: { session: agent } },
      '/auth/sign-out': { status: 200, body: {} },
    });
    await signIn('agence@demo.navette.fr', 'Navette-Demo-2026!');

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Ce compte n’a pas accès à l’espace SIAE : il est réservé aux structures d’insertion par l’activité économique.',
    );
    expect(network.calls.map((c) => c.path)).toContain('/auth/sign-out');
    expect(store.getState().session).toBeNull();
  });

  it('says the service is unreachable when the network is down', async () => {
    signInPage({ '/auth/sign-in': 'network-down' });
    await signIn('siae@demo.navette.fr', 'Navette-Demo-2026!');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Le service est injoignable. Vérifiez votre connexion à internet puis réessayez.',
    );
  });

  it('offers ProConnect when the gateway has it', async () => {
    signInPage({ '/auth/oidc/config': { status: 200, body: { enabled: true } } });
    expect(await screen.findByRole('heading', { name: 'Se connecter avec ProConnect' })).toBeTruthy();
    expect(
      screen.getAllByRole('link').some((link) => link.getAttribute('href') === '/auth/oidc/start?portal=portal-siae'),
    ).toBe(true);
  });
});
