import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { copy } from '../copy.tsx';
import { accessRefusedMessage, canUsePortal } from './portal-access.ts';
import { useSession, useSessionStore } from './SessionContext.tsx';

export const signInPath = '/connexion';

/** Where the sign-in page sends the user back to once signed in. */
export interface SignInLocationState {
  from?: string;
}

/**
 * Guards the routes below it: without a session, to the sign-in page (then back here); with a session whose
 * role may not use this portal, signed out with the reason. The API enforces the same rules on every field.
 */
export function RequireSession() {
  const store = useSessionStore();
  const { session, restoring } = useSession();
  const location = useLocation();
  const allowed = session !== null && canUsePortal(store.app, session.viewer.role);

  useEffect(() => {
    if (session && !allowed) void store.signOut(accessRefusedMessage(store.app));
  }, [session, allowed, store]);

  // A new tab asks the refresh cookie for the session first: no detour through the sign-in page meanwhile.
  if (!session && restoring) {
    return (
      <p className="fr-sr-only" role="status">
        {copy.session.restoring}
      </p>
    );
  }
  if (!session) {
    const state: SignInLocationState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to={signInPath} replace state={state} />;
  }
  if (!allowed) return null;
  return <Outlet />;
}
