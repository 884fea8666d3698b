import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionState, SessionStore } from './session-store.ts';

const SessionContext = createContext<SessionStore | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext value={store}>{children}</SessionContext>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore: wrap the portal in <SessionProvider>');
  return store;
}

/** The signed-in session (or null) and the notice for the sign-in page; re-renders when they change. */
export function useSession(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

const signedOut = { session: null, notice: null };
const noSubscription = () => () => undefined;

/** Like useSession, but signed out when the portal has no session (a layout rendered on its own). */
export function useOptionalSession(): { store: SessionStore | null; state: SessionState } {
  const store = useContext(SessionContext);
  const state = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    store?.getState ?? (() => signedOut),
    store?.getState ?? (() => signedOut),
  );
  return { store, state };
}
