/** What the portal keeps about a signed-in session (in this tab's sessionStorage). */
export interface SignedInUser {
  id: string;
  displayName: string;
  email: string;
}

export interface Session {
  accessToken: string;
  /** ISO time the access token expires. */
  accessTokenExpiresAt: string;
  /** One-time token for the next pair; a second use ends the session on the server. */
  refreshToken: string;
  user: SignedInUser;
  /** When this pair was issued (ms since the epoch), for the timeout warning's schedule. */
  issuedAt: number;
}

/** Why a session ended, shown on the sign-in page. */
export type SessionEndReason = 'signed-out' | 'timed-out' | 'ended';

const KEY = 'safeguard-hub.session';

/** The signed claims of a JWT, read without checking the signature (the api checks it). */
function tokenLifetimeMs(accessToken: string): number | null {
  try {
    const payload = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { iat, exp } = JSON.parse(atob(payload)) as { iat?: number; exp?: number };
    return typeof iat === 'number' && typeof exp === 'number' && exp > iat ? (exp - iat) * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * A session from a fresh pair of tokens. The expiry is placed on this computer's clock (issue time
 * plus the token's own lifetime), not copied from the server's: a computer whose clock is minutes
 * out would otherwise warn at once, or too late.
 */
export function sessionFromTokens(tokens: Omit<Session, 'issuedAt'>, now = Date.now()): Session {
  const lifetime = tokenLifetimeMs(tokens.accessToken);
  const accessTokenExpiresAt = lifetime === null ? tokens.accessTokenExpiresAt : new Date(now + lifetime).toISOString();
  return { ...tokens, accessTokenExpiresAt, issuedAt: now };
}

/**
 * sessionStorage, not localStorage: the refresh token works once, so two tabs sharing it would end
 * each other's session. Each tab signs in on its own; a reload keeps the tab's session.
 */
export function readStoredSession(storage: Storage = sessionStorage): Session | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return session.accessToken && session.refreshToken ? session : null;
  } catch {
    return null;
  }
}

export function storeSession(session: Session | null, storage: Storage = sessionStorage): void {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}
