// The signed-in session of one portal, in one tab.
//
// The refresh token never reaches this code: the gateway keeps it in an `HttpOnly; Secure; SameSite=Strict` cookie
// on `/auth` (one per portal, apps/gateway/src/session-endpoints.ts), so an XSS cannot carry a 12-hour session
// away. What the store keeps is the short-lived access token (15 minutes), its expiry, the session's end and the
// viewer, in sessionStorage: one tab's, emptied when the tab closes, and a reload needs no round trip. Keeping the
// access token in memory only would not protect it better: a script running in the page can ask /auth/refresh for
// a new one anyway; what it can no longer do is take the refresh token elsewhere.
// A tab without a stored session (a link opened in a new tab, a reopened portal) asks /auth/refresh once: the
// cookie, shared by the portal's tabs, signs it in. The cookie ends with the browser; closing a tab no longer signs
// out; "Se déconnecter" does, in every tab of the portal (the session is revoked).
// Each portal keeps its own entry and its own cookie, since the gateway serves the four portals from one origin.
import { accessRefusedMessage, canUsePortal, type PortalApp, type Role } from './portal-access.ts';
import { sessionFailureOf, graphQLErrorsOf } from './auth-errors.ts';
import { isRefreshExpired, needsRenewal, renewalDelay } from './renewal-schedule.ts';
import { copy } from '../copy.tsx';

export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  organisation?: { kind: string; id: string; name: string } | null;
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  /** When the session ends at the latest (its refresh token, kept in the HttpOnly cookie, expires). */
  refreshTokenExpiresAt: string;
  viewer: Viewer;
}

/** The three session calls the store needs (session-api.ts: the gateway's /auth endpoints and their cookie). */
export interface SessionApi {
  signIn(email: string, password: string): Promise<Session>;
  /** A new access token from the refresh cookie (which rotates). */
  renew(): Promise<Session>;
  /** Revokes the session of the refresh cookie and clears it. */
  signOut(): Promise<void>;
}

export interface SessionState {
  session: Session | null;
  /** A French notice for the sign-in page (session expired, account refused by this portal). */
  notice: string | null;
  /** True while a tab without a stored session asks the refresh cookie for one (see {@link SessionStore.restore}). */
  restoring?: boolean;
}

/** Thrown by {@link SessionStore.signIn} when the account's role may not use this portal. */
export class AccessRefusedError extends Error {
  override name = 'AccessRefusedError';
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionStoreOptions {
  app: PortalApp;
  storage?: StorageLike | null;
  now?: () => number;
  setTimer?: (callback: () => void, delay: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

function isSession(value: unknown): value is Session {
  const s = value as Session | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.accessToken === 'string' &&
    typeof s.accessTokenExpiresAt === 'string' &&
    typeof s.refreshTokenExpiresAt === 'string' &&
    typeof s.viewer?.role === 'string' &&
    typeof s.viewer.displayName === 'string'
  );
}

/** Keeps only the fields of a session (drops `__typename` and anything else the API adds). */
function pickSession(s: Session): Session {
  const { id, email, displayName, role, roleLabel, organisation } = s.viewer;
  return {
    accessToken: s.accessToken,
    accessTokenExpiresAt: s.accessTokenExpiresAt,
    refreshTokenExpiresAt: s.refreshTokenExpiresAt,
    viewer: {
      id,
      email,
      displayName,
      role,
      roleLabel,
      organisation: organisation ? { kind: organisation.kind, id: organisation.id, name: organisation.name } : null,
    },
  };
}

export class SessionStore {
  readonly app: PortalApp;
  private readonly storage: StorageLike | null;
  private readonly storageKey: string;
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, delay: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private api: SessionApi | null = null;
  private state: SessionState = { session: null, notice: null };
  private readonly listeners = new Set<() => void>();
  private timer: unknown = null;
  private renewing: Promise<boolean> | null = null;
  private signingOut: Promise<void> | null = null;

  constructor(options: SessionStoreOptions) {
    this.app = options.app;
    this.storage = options.storage ?? null;
    this.storageKey = `navette.session.${options.app}`;
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? ((callback, delay) => setTimeout(callback, delay));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    const stored = this.read();
    if (stored && isRefreshExpired(stored.refreshTokenExpiresAt, this.now())) {
      this.storage?.removeItem(this.storageKey);
      this.state = { session: null, notice: copy.session.expired };
    } else if (stored) {
      this.state = { session: stored, notice: null };
    }
  }

  /** Gives the store its API (the Apollo client needs the store first, hence not in the constructor). */
  connect(api: SessionApi): void {
    this.api = api;
    if (this.state.session) this.schedule(this.state.session);
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get accessToken(): string | null {
    return this.state.session?.accessToken ?? null;
  }

  /**
   * A tab without a stored session asks the refresh cookie for one (a link opened in a new tab, the portal reopened
   * in the same browser). Without a cookie the user simply signs in; with a refused one (expired, revoked) the
   * sign-in page says the session expired.
   */
  async restore(): Promise<void> {
    if (this.state.session || this.state.restoring || !this.api) return;
    this.set({ ...this.state, restoring: true });
    try {
      const session = pickSession(await this.api.renew());
      if (this.state.session) return; // signed in meanwhile
      this.start(session);
    } catch (error) {
      if (this.state.session) return;
      const errors = graphQLErrorsOf(error);
      const refused =
        sessionFailureOf(errors) !== null && !errors.some((e) => e.extensions?.['reason'] === 'NO_SESSION');
      this.set({ session: null, notice: refused ? copy.session.expired : this.state.notice });
    }
  }

  /** Signs in; refuses (and closes the new session) an account whose role may not use this portal. */
  async signIn(email: string, password: string): Promise<Session> {
    const session = pickSession(await this.requireApi().signIn(email, password));
    if (!canUsePortal(this.app, session.viewer.role)) {
      await this.requireApi()
        .signOut()
        .catch(() => undefined);
      throw new AccessRefusedError(accessRefusedMessage(this.app));
    }
    this.start(session);
    return session;
  }

  /** The access token to send now, renewed first when it expires within the margin. */
  async freshAccessToken(): Promise<string | null> {
    const session = this.state.session;
    if (session && needsRenewal(session.accessTokenExpiresAt, this.now())) await this.renew();
    return this.accessToken;
  }

  /**
   * Renews the session (one renewal at a time: the refresh cookie rotates, a second call with the old one would
   * be refused; session-api.ts also serialises the renewals of the portal's tabs). False when it could not; a refused refresh token ends the session.
   */
  renew(): Promise<boolean> {
    this.renewing ??= this.renewOnce().finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async renewOnce(): Promise<boolean> {
    const session = this.state.session;
    if (!session || !this.api) return false;
    try {
      const renewed = pickSession(await this.api.renew());
      if (this.state.session !== session) return false; // signed out meanwhile
      this.start(renewed);
      return true;
    } catch (error) {
      // The API refused the refresh token (expired, revoked): sign in again. A network failure keeps the
      // session: the next request tries again.
      if (sessionFailureOf(graphQLErrorsOf(error)) !== null && this.state.session === session) this.expire();
      return false;
    }
  }

  /** Ends the session without asking the API (it already refused it) and says so on the sign-in page. */
  expire(notice: string = copy.session.expired): void {
    if (!this.state.session) return;
    this.end(notice);
  }

  /**
   * Signs out: closes the session at the API (best effort), then forgets it. The API goes first, so that the cookie
   * is cleared before the portal shows the sign-in page (a reload then finds no session to restore); a renewal under
   * way finishes first (signing out with the cookie it is replacing would close nothing).
   */
  signOut(notice: string | null = null): Promise<void> {
    this.signingOut ??= (async () => {
      this.cancelTimer();
      const api = this.api;
      if (this.state.session && api) {
        await this.renewing;
        await api.signOut().catch(() => undefined);
      }
      this.end(notice);
    })().finally(() => {
      this.signingOut = null;
    });
    return this.signingOut;
  }

  dismissNotice(): void {
    if (this.state.notice) this.set({ ...this.state, notice: null });
  }

  private start(session: Session): void {
    this.storage?.setItem(this.storageKey, JSON.stringify(session));
    this.set({ session, notice: null });
    this.schedule(session);
  }

  private end(notice: string | null): void {
    this.cancelTimer();
    this.storage?.removeItem(this.storageKey);
    this.set({ session: null, notice });
  }

  private schedule(session: Session): void {
    this.cancelTimer();
    if (!this.api) return;
    this.timer = this.setTimer(
      () => {
        this.timer = null;
        void this.renew();
      },
      renewalDelay(session.accessTokenExpiresAt, this.now()),
    );
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private read(): Session | null {
    try {
      const raw = this.storage?.getItem(this.storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      // An entry stored before the refresh token moved to the cookie still holds one: dropped, the cookie decides.
      if (parsed && typeof parsed === 'object' && 'refreshToken' in parsed) {
        this.storage?.removeItem(this.storageKey);
        return null;
      }
      return isSession(parsed) ? pickSession(parsed) : null;
    } catch {
      return null;
    }
  }

  private requireApi(): SessionApi {
    if (!this.api) throw new Error('SessionStore.connect(api) was not called');
    return this.api;
  }
}
