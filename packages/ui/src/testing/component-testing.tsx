// Component tests of the shared screens and forms (issue 17 §3, DESIGN §5), test files only: a screen rendered as a
// portal renders it — in a router, with the session of a signed-in user, under a <main> that keeps aria-invalid in
// step with the DSFR error states as PortalLayout's does — and only the network replaced: Apollo's MockedProvider
// answers the GraphQL operations, `fakeAuthEndpoints` the gateway's /auth endpoints. Every rule (the forms' checks,
// the labels, the error messages) is the real one. Tests wait on what the user sees (findBy…), never on time.
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { cleanup, configure, render, type RenderResult } from '@testing-library/react';
import { useRef, type ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach } from 'vitest';
import { componentConditionTimeoutMs } from '../../../../vitest.timeouts.ts';
import { useAriaInvalid } from '../forms/aria-invalid.ts';
import { SessionProvider } from '../session/SessionContext.tsx';
import { createSessionApi } from '../session/session-api.ts';
import { SessionStore, type Session } from '../session/session-store.ts';
import type { PortalApp } from '../session/portal-access.ts';

afterEach(cleanup);
// Waits end on what the user sees; the limit only ends a wait that would never end (a loaded machine is slow, not wrong).
configure({ asyncUtilTimeout: componentConditionTimeoutMs });

// jsdom lays nothing out, so it has no scrolling: the error summary's links scroll to their field in a browser.
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined, configurable: true });
}

/** A session of the Espace SIAE's demo user, valid for the day. */
export function siaeSession(): Session {
  return {
    accessToken: 'jeton-de-test',
    accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    refreshTokenExpiresAt: new Date(Date.now() + 12 * 3_600_000).toISOString(),
    viewer: {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'siae@demo.navette.fr',
      displayName: 'Sarah Encadrante',
      role: 'SIAE',
      roleLabel: 'SIAE',
      organisation: { kind: 'SIAE', id: '00000000-0000-4000-8000-000000000002', name: 'Indépendants Solidaires' },
    },
  };
}

/** One answer of the gateway's /auth endpoints: its HTTP status and JSON body. */
export type AuthAnswer = { status: number; body: unknown } | 'network-down';

/**
 * The gateway's same-origin endpoints as a `fetch`: each call is recorded (`calls`) and answered by `answers`, keyed by
 * path (`/auth/sign-in`, `/auth/oidc/config`…); a path without an answer is a 404.
 */
export function fakeAuthEndpoints(answers: Record<string, AuthAnswer | ((body: unknown) => AuthAnswer)>) {
  const calls: { path: string; body: unknown }[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
    calls.push({ path, body });
    const given = answers[path];
    const answer = typeof given === 'function' ? given(body) : (given ?? { status: 404, body: null });
    if (answer === 'network-down') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  return { fetch, calls };
}

/** A portal's session store, signed in with `session` (or signed out), on `network` for its /auth calls. */
export function sessionStore(
  app: PortalApp,
  { session = null, network }: { session?: Session | null; network?: ReturnType<typeof fakeAuthEndpoints> } = {},
) {
  const storage = new Map<string, string>();
  if (session) storage.set(`navette.session.${app}`, JSON.stringify(session));
  const store = new SessionStore({
    app,
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    // No renewal timers in a test: the session is fresh for its whole duration.
    setTimer: () => null,
    clearTimer: () => undefined,
  });
  store.connect(createSessionApi(app, { fetch: network?.fetch ?? fakeAuthEndpoints({}).fetch, locks: null }));
  return store;
}

/** The portal's <main>: aria-invalid follows the DSFR error states below it (PortalLayout's useAriaInvalid). */
function Main({ children }: { children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  useAriaInvalid(main);
  return (
    <main ref={main} id="contenu">
      {children}
    </main>
  );
}

/** Where the router is now, for tests that follow a navigation. */
function Location() {
  const { pathname } = useLocation();
  return (
    <div hidden data-testid="location">
      {pathname}
    </div>
  );
}

export interface ScreenOptions {
  /** The GraphQL answers, in the order they are asked for (each used once). */
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** The session store (default: the Espace SIAE signed in). */
  store?: SessionStore;
  /** The URL the screen opens at, and its route pattern; `state`: the router's location state. */
  at?: { path: string; route?: string; state?: unknown };
}

/** Renders `screen` as a portal does, with only the network replaced. */
export function renderScreen(screen: ReactNode, options: ScreenOptions = {}): RenderResult & { store: SessionStore } {
  const store = options.store ?? sessionStore('portal-siae', { session: siaeSession() });
  const at = options.at ?? { path: '/' };
  const result = render(
    <MockedProvider mocks={options.mocks ?? []}>
      <SessionProvider store={store}>
        <MemoryRouter initialEntries={[{ pathname: at.path, state: at.state }]}>
          <Main>
            <Routes>
              <Route path={at.route ?? at.path} element={screen} />
              <Route path="*" element={<p>Autre page</p>} />
            </Routes>
          </Main>
          <Location />
        </MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
  return { ...result, store };
}
