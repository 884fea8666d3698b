import { describe, expect, it, vi } from 'vitest';
import { sessionFailureOf, signInErrorMessage, graphQLErrorsOf } from './auth-errors.ts';
import { createSessionApi, SessionApiError } from './session-api.ts';

const session = {
  accessToken: 'access-1',
  accessTokenExpiresAt: '2026-03-02T09:15:00Z',
  refreshTokenExpiresAt: '2026-03-02T21:00:00Z',
  viewer: { id: 'u', email: 'e', displayName: 'Camille', role: 'SIAE', roleLabel: 'SIAE', organisation: null },
};

function fakeFetch(status: number, body: unknown) {
  return vi.fn((_url: string, _init?: RequestInit) =>
    Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })),
  );
}

describe('session calls of a portal (/auth endpoints)', () => {
  it('posts JSON with the portal name to the same-origin endpoint, never a token', async () => {
    const fetch = fakeFetch(200, { session });
    const api = createSessionApi('portal-siae', { fetch: fetch as unknown as typeof globalThis.fetch, locks: null });
    expect(await api.signIn('siae@demo.navette.fr', 'secret')).toEqual(session);
    await api.renew();
    await api.signOut();
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/auth/sign-in', '/auth/refresh', '/auth/sign-out']);
    for (const [, init] of fetch.mock.calls) {
      expect(init).toMatchObject({
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-navette-client': 'portal-siae' },
      });
    }
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({
      email: 'siae@demo.navette.fr',
      password: 'secret',
    });
    expect(fetch.mock.calls[1]![1]!.body).toBe('{}');
  });

  it('sends the browser to the provider’s end-session page after signing out of a ProConnect session', async () => {
    const navigate = vi.fn();
    const endSessionUrl = 'https://proconnect.example/session/end?id_token_hint=x';
    const withProvider = createSessionApi('portal-siae', {
      fetch: fakeFetch(200, { signedOut: true, endSessionUrl }) as unknown as typeof globalThis.fetch,
      locks: null,
      navigate,
    });
    await withProvider.signOut();
    expect(navigate).toHaveBeenCalledWith(endSessionUrl);
    // A password session, or anything but an http(s) URL: no navigation.
    for (const body of [{ signedOut: true }, { signedOut: true, endSessionUrl: 'javascript:alert(1)' }]) {
      const api = createSessionApi('portal-siae', {
        fetch: fakeFetch(200, body) as unknown as typeof globalThis.fetch,
        locks: null,
        navigate,
      });
      await api.signOut();
    }
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('renews under a Web Lock of the portal, so that two tabs never rotate the cookie at once', async () => {
    const names: string[] = [];
    const locks = {
      request: async <T>(name: string, callback: () => Promise<T>) => {
        names.push(name);
        return callback();
      },
    };
    const api = createSessionApi('portal-agence', {
      fetch: fakeFetch(200, { session }) as unknown as typeof fetch,
      locks,
    });
    await api.renew();
    expect(names).toEqual(['navette-session-renewal-portal-agence']);
  });

  it('throws the API errors, which the store and the sign-in page read', async () => {
    const refused = {
      errors: [
        {
          message: 'Adresse électronique ou mot de passe incorrect.',
          extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
        },
      ],
    };
    const api = createSessionApi('portal-siae', {
      fetch: fakeFetch(401, refused) as unknown as typeof fetch,
      locks: null,
    });
    const error = await api.signIn('a@b.fr', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionApiError);
    expect(signInErrorMessage(error)).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(sessionFailureOf(graphQLErrorsOf(error))).toBe('signed-out');
  });

  it('throws no session error for an answer that is not the API’s (a proxy page): the session is kept', async () => {
    const api = createSessionApi('portal-siae', {
      fetch: fakeFetch(502, '<html>502</html>') as unknown as typeof fetch,
      locks: null,
    });
    const error = await api.renew().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionApiError);
    expect(sessionFailureOf(graphQLErrorsOf(error))).toBeNull();
  });
});
