import type { ReactNode } from 'react';
import { useMe } from '../auth/require-session';
import { NoAccessPage } from '../layout/status-pages';

/** The platform's admin pages are for ADMIN only; anyone else sees the no-access page (the api refuses them too). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const me = useMe();
  if (!me.memberships.some((m) => m.role === 'ADMIN')) return <NoAccessPage />;
  return <>{children}</>;
}

/** Accounts and invitations: ADMIN for everyone's, an LA manager for their authority's (the api scopes the lists). */
export function RequireAccountManager({ children }: { children: ReactNode }) {
  const me = useMe();
  if (!me.memberships.some((m) => m.role === 'ADMIN' || m.role === 'LA_MANAGER')) return <NoAccessPage />;
  return <>{children}</>;
}

/** Whether the signed-in person is a platform administrator (links to ADMIN-only pages). */
export function useIsAdmin(): boolean {
  return useMe().memberships.some((m) => m.role === 'ADMIN');
}
