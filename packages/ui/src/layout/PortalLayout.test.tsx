// @vitest-environment jsdom
// The frame of every portal with its routes (portalRoutes) as the user meets it (issue 14 §5): the sign-in page needs
// no GraphQL at all; once signed in, "Chargement en cours…" while the signed-in chunk (Apollo Client) comes, then the
// screen, with the bell's unread count and the navigation's pending count from their queries (SignedInCounts).
// Only the network is replaced (MockedProvider answers GraphQL, fakeAuthEndpoints the /auth endpoints).
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { EMPTY } from 'rxjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PendingWorkDocument, UnreadNotificationCountDocument } from '../generated/graphql.ts';
import { SessionProvider } from '../session/SessionContext.tsx';
import type { PortalNavigationItem } from './PortalLayout.tsx';
import { portalRoutes } from '../session/portal-routes.tsx';
import type { SessionStore } from '../session/session-store.ts';
import { sessionStore, siaeSession } from '../testing/component-testing.tsx';

const counts: MockLink.MockedResponse[] = [
  {
    request: { query: PendingWorkDocument },
    result: {
      data: {
        __typename: 'Query',
        pendingWork: {
          __typename: 'PendingWork',
          viewerId: '00000000-0000-4000-8000-000000000001',
          total: 2,
          incomplete: false,
          counts: [
            {
              __typename: 'PendingWorkCount',
              kind: 'PRESCRIPTION_TO_ANSWER',
              label: 'Fiches navette à traiter',
              count: 2,
            },
          ],
          items: [],
        },
      },
    },
  },
  { request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: 3 } } },
];

// The signed-in chunks, transformed once before the tests (in a browser they are built already): what the first render
// meets is still a chunk not loaded yet (React.lazy), and what the tests wait for is the page, not the transform.
beforeAll(async () => {
  await Promise.all([
    import('../apollo/portal-apollo.tsx'),
    import('./SignedInCounts.tsx'),
    import('../features/password-reset/ForgotPasswordPage.tsx'),
  ]);
});

/**
 * Renders the portal at `path`; GraphQL answered by `mocks`, or by `client` when given, or (`client: null`) by no
 * provider at all, as in each portal's main.tsx.
 */
function renderPortal(
  store: SessionStore,
  path: string,
  {
    mocks = [],
    client,
    navigation = [{ text: 'Mon travail', to: '/', pending: 'all' }],
  }: { mocks?: MockLink.MockedResponse[]; client?: ApolloClient | null; navigation?: PortalNavigationItem[] } = {},
) {
  const router = createMemoryRouter(
    portalRoutes({
      portalName: 'Espace SIAE',
      navigation,
      screens: [
        { index: true, element: <h1>Mon travail en attente</h1> },
        { path: 'personnes', element: <h1>Mes personnes</h1> },
      ],
    }),
    { initialEntries: [path] },
  );
  const portal = (
    <SessionProvider store={store}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
  if (client === null) return render(portal);
  return render(
    client ? (
      <ApolloProvider client={client}>{portal}</ApolloProvider>
    ) : (
      <MockedProvider mocks={mocks}>{portal}</MockedProvider>
    ),
  );
}

describe('a portal’s frame and routes', () => {
  it('signed in: tells the screen is loading, then shows it with the bell’s and the navigation’s counts', async () => {
    renderPortal(sessionStore('portal-siae', { session: siaeSession() }), '/', { mocks: counts });
    // The signed-in chunk is not there yet on the first render.
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveProperty('textContent', 'Chargement en cours…');
    await screen.findByRole('heading', { level: 1, name: 'Mon travail en attente' });
    // The DSFR renders the header's links without their href here (startDsfr needs a real browser): by their text.
    expect((await screen.findAllByTestId('unread-count'))[0]!.textContent).toBe('3');
    expect(screen.getAllByTestId('unread-count')[0]!.parentElement?.textContent).toBe('Notifications, 3 non lues');
    const pending = (await screen.findAllByTestId('pending-count'))[0]!;
    expect(pending.textContent).toBe('2');
    const describedBy = pending.closest('[aria-describedby]')?.getAttribute('aria-describedby');
    expect(document.getElementById(describedBy!)?.textContent).toBe('2 en attente');
  });

  it('groups entries under a menu, the menu and the current link marked active (the agence’s « Prescrire »)', async () => {
    renderPortal(sessionStore('portal-siae', { session: siaeSession() }), '/personnes/abc', {
      mocks: counts,
      navigation: [
        { text: 'Mon travail', to: '/', pending: 'all' },
        {
          text: 'Prescrire',
          to: '/personnes',
          menu: [
            { text: 'Mes personnes', to: '/personnes', matchPrefix: true },
            { text: 'Mes prescriptions', to: '/prescriptions', matchPrefix: true },
          ],
        },
      ],
    });
    const button = (await screen.findAllByRole('button', { name: 'Prescrire' }))[0]!;
    expect(button.getAttribute('aria-current')).toBe('true');
    const menu = document.getElementById(button.getAttribute('aria-controls')!)!;
    const links = within(menu).getAllByText(/^Mes /);
    expect(links.map((link) => link.textContent)).toEqual(['Mes personnes', 'Mes prescriptions']);
    expect(links.map((link) => link.closest('a')?.getAttribute('aria-current'))).toEqual(['page', null]);
  });

  it('signed out: the sign-in page, with no bell and no GraphQL request', async () => {
    const asked: string[] = [];
    const client = new ApolloClient({
      link: new ApolloLink((operation) => {
        asked.push(operation.operationName ?? '?');
        return EMPTY;
      }),
      cache: new InMemoryCache(),
    });
    renderPortal(sessionStore('portal-siae'), '/', { client });
    await screen.findByRole('heading', { level: 1, name: 'Se connecter' });
    expect(screen.queryByText('Notifications')).toBeNull();
    expect(screen.queryByTestId('signed-in-user')).toBeNull();
    expect(asked).toEqual([]);
  });

  it('signed out: the password reset page has Apollo Client for its mutation, with no provider above', async () => {
    renderPortal(sessionStore('portal-siae'), '/mot-de-passe/oublie', { client: null });
    await screen.findByRole('heading', { level: 1, name: 'Mot de passe oublié' });
    expect(screen.getByRole('button', { name: 'Recevoir un lien de réinitialisation' })).toBeDefined();
  });
});
