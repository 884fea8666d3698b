// The session calls of a portal: the gateway's same-origin endpoints `/auth/sign-in`, `/auth/refresh` and
// `/auth/sign-out` (apps/gateway/src/session-endpoints.ts). The refresh token lives in an HttpOnly cookie that only
// these endpoints read and write: this code never sees it. The answers carry errors in the GraphQL shape
// (`extensions.code`, `extensions.reason`), read by auth-errors.ts.
import { graphQLErrorsOf, type ApiError } from './auth-errors.ts';
import type { PortalApp } from './portal-access.ts';
import type { Session, SessionApi } from './session-store.ts';

/** A refusal of a session endpoint; `errors` as the API sent them (empty when the answer was not its own). */
export class SessionApiError extends Error {
  override name = 'SessionApiError';
  constructor(
    readonly status: number,
    readonly errors: ApiError[],
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
  }
}

type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

export interface SessionApiOptions {
  fetch?: typeof fetch;
  /** The Web Locks API (`navigator.locks`) when the browser has it. */
  locks?: LockManagerLike | null;
  /** Sends the browser to another page (`location.assign`; tests give their own). */
  navigate?: (url: string) => void;
}

export function createSessionApi(app: PortalApp, options: SessionApiOptions = {}): SessionApi {
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const locks =
    options.locks !== undefined
      ? options.locks
      : ((globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks ?? null);

  async function post(endpoint: string, body: unknown = {}): Promise<Record<string, unknown>> {
    // Network failures throw a TypeError: the store then keeps the session and tries again later.
    const response = await send(`/auth/${endpoint}`, {
      method: 'POST',
      credentials: 'same-origin',
      // JSON and the portal's name: what a cross-site form cannot send (the gateway requires both).
      headers: { 'content-type': 'application/json', 'x-navette-client': app },
      body: JSON.stringify(body),
    });
    // Not JSON: not the API's answer (a proxy's error page), so no session error in it.
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new SessionApiError(response.status, graphQLErrorsOf(answer));
    return (answer ?? {}) as Record<string, unknown>;
  }

  const session = (answer: Record<string, unknown>): Session => {
    if (!answer['session']) throw new Error('Empty answer from the API');
    return answer['session'] as Session;
  };

  return {
    async signIn(email, password) {
      return session(await post('sign-in', { email, password }));
    },
    async renew() {
      // Renewal rotates the cookie shared by the portal's tabs: one tab at a time, so that no tab presents a token
      // another one has just replaced (which would end the session).
      const renew = async () => session(await post('refresh'));
      return locks ? locks.request(`navette-session-renewal-${app}`, renew) : renew();
    },
    async signOut() {
      const answer = await post('sign-out');
      // A session opened with ProConnect (OIDC) ends at the provider too: the browser goes to its end-session page,
      // which brings it back to the portal (issue 15 §6).
      const endSessionUrl = answer['endSessionUrl'];
      if (typeof endSessionUrl === 'string' && /^https?:\/\//.test(endSessionUrl)) {
        (options.navigate ?? ((url: string) => globalThis.location.assign(url)))(endSessionUrl);
      }
    },
  };
}
