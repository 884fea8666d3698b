// The GraphQL side of a signed-in portal, in its own chunk (issue 14 §5): the sign-in page, the password reset and the
// legal pages never load Apollo Client. portal-routes.tsx puts SignedInOutlet below RequireSession, and PortalLayout
// loads the header's counts (layout/SignedInCounts.tsx) the same way; both share one client per session store.
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { useContext, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useSessionStore } from '../session/SessionContext.tsx';
import type { SessionStore } from '../session/session-store.ts';
import { createApolloClient } from './create-apollo-client.ts';

const clients = new WeakMap<SessionStore, ApolloClient>();

/** The Apollo client of a portal's session store (one per store, created the first time a signed-in screen needs it). */
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
export function SignedInApollo({ children }: { children: ReactNode }) {
  const given = useContext(getApolloContext()).client;
  const store = useSessionStore();
  if (given) return children;
  return <ApolloProvider client={portalApolloClient(store)}>{children}</ApolloProvider>;
}

/** The signed-in screens' route element (below RequireSession): their Apollo client, then the screen. */
export function SignedInOutlet() {
  return (
    <SignedInApollo>
      <Outlet />
    </SignedInApollo>
  );
}
