// The GraphQL side of a portal, in its own chunk (issue 14 §5): the sign-in page and the legal pages never load Apollo
// Client. portal-routes.tsx puts ApolloOutlet below RequireSession and above the password reset pages (whose mutations
// go without a session), and PortalLayout loads the header's counts (layout/SignedInCounts.tsx) the same way; all
// share one client per session store.
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { useContext, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useSessionStore } from '../session/SessionContext.tsx';
import type { SessionStore } from '../session/session-store.ts';
import { createApolloClient } from './create-apollo-client.ts';

const clients = new WeakMap<SessionStore, ApolloClient>();

/** The Apollo client of a portal's session store (one per store, created the first time a screen needs it). */
export function portalApolloClient(session: SessionStore): ApolloClient {
  const existing = clients.get(session);
  if (existing) return existing;
  const client = createApolloClient({
    clientName: session.app,
    session,
    // Hashes only: the gateway accepts from a portal user's token nothing but this portal's persisted documents.
    persistedDocumentsOnly: true,
  });
  // What one user read must not be shown to the next one signing in in the same tab.
  let signedIn = session.getState().session !== null;
  session.subscribe(() => {
    const now = session.getState().session !== null;
    if (signedIn && !now) void client.clearStore();
    signedIn = now;
  });
  clients.set(session, client);
  return client;
}

/** Gives `children` the portal's client, unless one is given already (a component test's MockedProvider). */
export function PortalApollo({ children }: { children: ReactNode }) {
  const given = useContext(getApolloContext()).client;
  const store = useSessionStore();
  if (given) return children;
  return <ApolloProvider client={portalApolloClient(store)}>{children}</ApolloProvider>;
}

/** The route element above the screens that ask the API (the signed-in ones, the password reset): the client, then the screen. */
export function ApolloOutlet() {
  return (
    <PortalApollo>
      <Outlet />
    </PortalApollo>
  );
}
