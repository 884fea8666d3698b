import type { PortalApp } from './portal-access.ts';
import { createSessionApi } from './session-api.ts';
import { SessionStore } from './session-store.ts';

/**
 * The session store of a portal, connected to the gateway's /auth endpoints. No Apollo Client here (issue 14 §5): the
 * sign-in page needs only this; the GraphQL client comes with the first signed-in screen (apollo/portal-apollo.tsx).
 */
export function createPortalSession(options: { app: PortalApp }): SessionStore {
  const session = new SessionStore({ app: options.app, storage: globalThis.sessionStorage ?? null });
  session.connect(createSessionApi(options.app));
  // A tab opened without a stored session (a link opened in a new tab) is signed in by the refresh cookie.
  void session.restore();
  return session;
}
