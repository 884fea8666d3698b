import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createSessionLink } from './session-link.ts';
import { SessionStore, type Session } from './session-store.ts';

const query = gql`
  query Siaes {
    siaes {
      totalCount
    }
  }
`;

function session(token: string): Session {
  return {
    accessToken: token,
    accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    refreshTokenExpiresAt: new Date(Date.now() + 12 * 3_600_000).toISOString(),
    viewer: { id: 'u', email: 'e', displayName: 'Camille', role: 'SIAE', roleLabel: 'SIAE', organisation: null },
  };
}

/** A signed-in store, a client whose "API" answers with `answer(headers)`, and what was sent. */
async function setUp(answer: (headers: Record<string, string>) => ApolloLink.Result) {
  const api = {
    signIn: vi.fn(() => Promise.resolve(session('access-1'))),
    renew: vi.fn(() => Promise.resolve(session('access-2'))),
    signOut: vi.fn(() => Promise.resolve()),
  };
  const store = new SessionStore({ app: 'portal-siae', setTimer: () => null, clearTimer: () => undefined });
  store.connect(api);
  await store.signIn('siae@demo.navette.fr', 'secret');
  const sent: Record<string, string>[] = [];
  const server = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const headers = operation.getContext()['headers'] as Record<string, string>;
        sent.push(headers);
        observer.next(answer(headers));
        observer.complete();
      }),
  );
  const client = new ApolloClient({
    link: ApolloLink.from([createSessionLink({ clientName: 'portal-siae', session: store }), server]),
    cache: new InMemoryCache(),
  });
  return { api, store, client, sent };
}

const ok = { data: { siaes: { __typename: 'SiaeConnection', totalCount: 3 } } };
const refused = (reason: string) => ({
  errors: [{ message: 'Votre session a expiré, reconnectez-vous.', extensions: { code: 'UNAUTHENTICATED', reason } }],
});

describe('session link', () => {
  it('sends the bearer token and the portal name', async () => {
    const { client, sent } = await setUp(() => ok);
    await client.query({ query });
    expect(sent).toEqual([{ authorization: 'Bearer access-1', 'x-navette-client': 'portal-siae' }]);
  });

  it('renews on TOKEN_EXPIRED and sends the request once more with the new token', async () => {
    const { client, sent, api } = await setUp((headers) =>
      headers['authorization'] === 'Bearer access-2' ? ok : refused('TOKEN_EXPIRED'),
    );
    const { data } = await client.query<{ siaes: { totalCount: number } }>({ query });
    expect(data?.siaes.totalCount).toBe(3);
    expect(api.renew).toHaveBeenCalledTimes(1);
    expect(sent.map((h) => h['authorization'])).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('retries only once, then ends the session', async () => {
    const { client, sent, store } = await setUp(() => refused('TOKEN_EXPIRED'));
    await expect(client.query({ query })).rejects.toThrow();
    expect(sent).toHaveLength(2);
    expect(store.getState()).toEqual({ session: null, notice: 'Votre session a expiré, reconnectez-vous.' });
  });

  it('ends the session on SESSION_REVOKED without renewing', async () => {
    const { client, store, api } = await setUp(() => refused('SESSION_REVOKED'));
    await expect(client.query({ query })).rejects.toThrow();
    expect(api.renew).not.toHaveBeenCalled();
    expect(store.getState().session).toBeNull();
    expect(store.getState().notice).toBe('Votre session a expiré, reconnectez-vous.');
  });

  it('keeps the session on FORBIDDEN', async () => {
    const { client, store } = await setUp(() => ({
      errors: [{ message: 'Votre rôle…', extensions: { code: 'FORBIDDEN' } }],
    }));
    await expect(client.query({ query })).rejects.toThrow();
    expect(store.accessToken).toBe('access-1');
  });
});
