import { readStoredSession, type Session, type SessionEndReason, storeSession } from './session';
import { refreshTokens, signOutOnServer } from './auth-requests';

type Listener = (session: Session | null, reason?: SessionEndReason) => void;

/**
 * The one owner of the tokens: Apollo, the socket and the pages read them from here, and a refresh
 * is done once however many callers ask for it at the same moment (the refresh token works once).
 */
class SessionStore {
  private session: Session | null = readStoredSession();
  private refreshing: Promise<Session | null> | null = null;
  private ended: SessionEndReason | null = null;
  private readonly listeners = new Set<Listener>();

  get current(): Session | null {
    return this.session;
  }

  /** Why the last session in this tab ended, until the next one starts: the sign-in page says so. */
  get endReason(): SessionEndReason | null {
    return this.ended;
  }

  get accessToken(): string | null {
    return this.session?.accessToken ?? null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(session: Session): void {
    this.set(session);
  }

  /** Exchanges the refresh token for a new pair; null (and signed out) if the server refuses. */
  refresh(): Promise<Session | null> {
    const session = this.session;
    if (!session) return Promise.resolve(null);
    this.refreshing ??= refreshTokens(session.refreshToken)
      .then((next) => {
        this.set(next);
        return next;
      })
      .catch(() => {
        this.end('ended');
        return null;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  async signOut(reason: SessionEndReason = 'signed-out'): Promise<void> {
    const token = this.session?.accessToken;
    this.end(reason);
    if (token) await signOutOnServer(token).catch(() => undefined);
  }

  /** Forgets the session locally (the server already ended it, or the user timed out). */
  end(reason: SessionEndReason): void {
    if (!this.session) return;
    this.session = null;
    this.ended = reason;
    storeSession(null);
    for (const listener of this.listeners) listener(null, reason);
  }

  private set(session: Session): void {
    this.session = session;
    this.ended = null;
    storeSession(session);
    for (const listener of this.listeners) listener(session);
  }
}

export const sessionStore = new SessionStore();
