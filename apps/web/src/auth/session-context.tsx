import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Session, SessionEndReason } from './session';
import { sessionStore } from './session-store';
import { SessionTimeoutDialog } from './session-timeout-dialog';

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session | null {
  return useContext(SessionContext);
}

/** Holds the session for the pages, and sends the user to sign in when it ends, saying why. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(sessionStore.current);
  const navigate = useNavigate();

  useEffect(
    () =>
      sessionStore.subscribe((next, reason?: SessionEndReason) => {
        setSession(next);
        if (!next) {
          const returnTo = reason === 'signed-out' ? undefined : window.location.pathname;
          void navigate('/sign-in', { state: { reason, returnTo } });
        }
      }),
    [navigate],
  );

  return (
    <SessionContext.Provider value={session}>
      {children}
      {session && <SessionTimeoutDialog session={session} />}
    </SessionContext.Provider>
  );
}
