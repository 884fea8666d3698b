import type { ApolloClient } from '@apollo/client';
import { createApolloClient } from '../apollo/create-apollo-client.ts';
import type { PortalApp } from './portal-access.ts';
import { createSessionApi } from './session-api.ts';
import { SessionStore } from './session-store.ts';

/** The Apollo client of a portal and its session store, wired to each other. */
export function createPortalClient(options: { app: PortalApp; persistedDocumentsOnly?: boolean }): {
  client: ApolloClient;
  session: SessionStore;
} {
  const session = new SessionStore({ app: options.app, storage: globalThis.sessionStorage ?? null });
  const client = createApolloClient({
    clientName: options.app,
    session,
    persistedDocumentsOnly: options.persistedDocumentsOnly ?? false,
  });
  session.connect(createSessionApi(options.app));
  // What one user read must not be shown to the next one signing in in the same tab.
  let signedIn = session.getState().session !== null;
  session.subscribe(() => {
    const now = session.getState().session !== null;
    if (signedIn && !now) void client.clearStore();
    signedIn = now;
  });
  // A tab opened without a stored session (a link opened in a new tab) is signed in by the refresh cookie.
  void session.restore();
  return { client, session };
}
