import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { AccessRefusedError, SessionStore, type Session, type SessionApi } from './session-store.ts';

const minute = 60_000;

function session(role: Session['viewer']['role'], now: number, token = 'access-1'): Session {
  return {
    accessToken: token,
    accessTokenExpiresAt: new Date(now + 15 * minute).toISOString(),
    refreshTokenExpiresAt: new Date(now + 12 * 60 * minute).toISOString(),
    viewer: {
      id: 'u1',
      email: 'siae@demo.navette.fr',
      displayName: 'Camille Martin',
      role,
      roleLabel: 'SIAE',
      organisation: { kind: 'SIAE', id: 'o1', name: 'Jardins de Besançon' },
    },
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const unauthenticated = (reason: string) => ({
  errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED', reason } }],
});

describe('session store', () => {
  let api: { [K in keyof SessionApi]: Mock<SessionApi[K]> };
  let storage: ReturnType<typeof memoryStorage>;

  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T09:00:00Z') });
    storage = memoryStorage();
    let renewals = 0;
    api = {
      signIn: vi.fn(() => Promise.resolve(session('SIAE', Date.now()))),
      renew: vi.fn(() => {
        renewals += 1;
        return Promise.resolve(session('SIAE', Date.now(), `access-${renewals + 1}`));
      }),
      signOut: vi.fn(() => Promise.resolve()),
    };
  });
  afterEach(() => vi.useRealTimers());

  const newStore = () => {
    const store = new SessionStore({ app: 'portal-siae', storage });
    store.connect(api);
    return store;
  };

  it('keeps the access token of this portal in the storage given (sessionStorage), never a refresh token', async () => {
    const store = newStore();
    await store.signIn('siae@demo.navette.fr', 'secret');
    expect(store.accessToken).toBe('access-1');
    const stored = storage.items.get('navette.session.portal-siae')!;
    expect(JSON.parse(stored).accessToken).toBe('access-1');
    expect(stored).not.toMatch(/refreshToken"/);
    expect(newStore().getState().session?.viewer.displayName).toBe('Camille Martin');
  });

  it('drops anything but the session fields the API sends (a refresh token included)', async () => {
    const answer = { ...session('SIAE', Date.now()), refreshToken: 'nvt_rt_secret' }; // more than a Session: the API's extra field
    api.signIn.mockResolvedValueOnce(answer);
    const store = newStore();
    await store.signIn('siae@demo.navette.fr', 'secret');
    expect(JSON.stringify(store.getState())).not.toContain('nvt_rt_secret');
    expect(storage.items.get('navette.session.portal-siae')).not.toContain('nvt_rt_secret');
  });

  it('renews one minute before the access token expires, then again 14 minutes later', async () => {
    const store = newStore();
    await store.signIn('siae@demo.navette.fr', 'secret');
    await vi.advanceTimersByTimeAsync(14 * minute - 1);
    expect(api.renew).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(api.renew).toHaveBeenCalledTimes(1);
    expect(store.accessToken).toBe('access-2');
    await vi.advanceTimersByTimeAsync(14 * minute);
    expect(api.renew).toHaveBeenCalledTimes(2);
    expect(store.accessToken).toBe('access-3');
  });

  it('renews only once when several requests need it at the same time', async () => {
    const store = newStore();
    await store.signIn('siae@demo.navette.fr', 'secret');
    vi.setSystemTime(Date.now() + 14.5 * minute);
    const tokens = await Promise.all([store.freshAccessToken(), store.freshAccessToken(), store.renew()]);
    expect(api.renew).toHaveBeenCalledTimes(1);
    expect(tokens.slice(0, 2)).toEqual(['access-2', 'access-2']);
  });

  it('ends the session with the French notice when the refresh token is refused', async () => {
    const store = newStore();
    await store.signIn('siae@demo.navette.fr', 'secret');
    api.renew.mockRejectedValueOnce(unauthenticated('SESSION_REVOKED'));
    expect(await store.renew()).toBe(false);
    expect(store.getState()).toEqual({ session: null, notice: 'Votre session a expiré, reconnectez-vous.' });
    expect(storage.items.size).toBe(0);
  });

  it('keeps the session when renewal fails for lack of network', async () => {
    const store = newStore();
    await store.signIn('siae@demo.navette.fr', 'secret');
    api.renew.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await store.renew()).toBe(false);
    expect(store.accessToken).toBe('access-1');
  });

  it('refuses an account of another role and closes the session it opened', async () => {
    api.signIn.mockResolvedValueOnce(session('AGENCY', Date.now()));
    const store = newStore();
    await expect(store.signIn('agence@demo.navette.fr', 'secret')).rejects.toThrow(AccessRefusedError);
    expect(api.signOut).toHaveBeenCalledTimes(1);
    expect(store.getState().session).toBeNull();
    await expect(store.signIn('agence@demo.navette.fr', 'secret')).resolves.toBeDefined();
  });

  it('signs out at the API, forgets the session and stops renewing', async () => {
    const store = newStore();
    await store.signIn('siae@demo.navette.fr', 'secret');
    const listener = vi.fn();
    store.subscribe(listener);
    await store.signOut();
    expect(api.signOut).toHaveBeenCalledTimes(1);
    expect(store.getState()).toEqual({ session: null, notice: null });
    expect(storage.items.size).toBe(0);
    expect(listener).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60 * minute);
    expect(api.renew).not.toHaveBeenCalled();
  });

  it('drops a stored session whose refresh token has expired, and ignores a corrupted one', () => {
    storage.setItem('navette.session.portal-siae', JSON.stringify(session('SIAE', Date.now() - 13 * 60 * minute)));
    expect(newStore().getState()).toEqual({ session: null, notice: 'Votre session a expiré, reconnectez-vous.' });
    storage.setItem('navette.session.portal-siae', '{pas du json');
    expect(newStore().getState().session).toBeNull();
  });

  it('renews at once a stored session whose access token already expired', async () => {
    storage.setItem('navette.session.portal-siae', JSON.stringify(session('SIAE', Date.now() - 20 * minute)));
    const store = newStore();
    expect(await store.freshAccessToken()).toBe('access-2');
  });

  it('closes the session at the API before forgetting it, once, after a renewal under way', async () => {
    const store = newStore();
    await store.signIn('siae@demo.navette.fr', 'secret');
    let finishRenewal = () => undefined as void;
    api.renew.mockImplementationOnce(
      () => new Promise((resolve) => (finishRenewal = () => resolve(session('SIAE', Date.now(), 'access-9')))),
    );
    void store.renew();
    const order: string[] = [];
    api.signOut.mockImplementation(() => {
      order.push(`api signOut, signed in: ${store.getState().session !== null}`);
      return Promise.resolve();
    });
    const first = store.signOut();
    const second = store.signOut('ignored');
    expect(api.signOut).not.toHaveBeenCalled(); // waits for the renewal
    finishRenewal();
    await Promise.all([first, second]);
    expect(order).toEqual(['api signOut, signed in: true']);
    expect(store.getState()).toEqual({ session: null, notice: null });
  });

  it('forgets a session stored before the refresh token moved to the cookie', () => {
    storage.setItem(
      'navette.session.portal-siae',
      JSON.stringify({ ...session('SIAE', Date.now()), refreshToken: 'nvt_rt_old' }),
    );
    expect(newStore().getState().session).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  describe('a tab without a stored session (a link opened in a new tab)', () => {
    it('is signed in by the refresh cookie, and says it is restoring meanwhile', async () => {
      const store = newStore();
      const restored = store.restore();
      expect(store.getState()).toEqual({ session: null, notice: null, restoring: true });
      await restored;
      expect(api.renew).toHaveBeenCalledTimes(1);
      expect(store.accessToken).toBe('access-2');
      expect(store.getState().restoring).toBeUndefined();
      expect(JSON.parse(storage.items.get('navette.session.portal-siae')!).accessToken).toBe('access-2');
    });

    it('asks for the sign-in form, without a notice, when there is no cookie', async () => {
      api.renew.mockRejectedValueOnce(unauthenticated('NO_SESSION'));
      const store = newStore();
      await store.restore();
      expect(store.getState()).toEqual({ session: null, notice: null });
    });

    it('says the session expired when the cookie is refused', async () => {
      api.renew.mockRejectedValueOnce(unauthenticated('SESSION_REVOKED'));
      const store = newStore();
      await store.restore();
      expect(store.getState()).toEqual({ session: null, notice: 'Votre session a expiré, reconnectez-vous.' });
    });

    it('does not ask the cookie when the tab has its own session', async () => {
      const first = newStore();
      await first.signIn('siae@demo.navette.fr', 'secret');
      const reloaded = newStore();
      await reloaded.restore();
      expect(api.renew).not.toHaveBeenCalled();
      expect(reloaded.accessToken).toBe('access-1');
    });
  });
});
