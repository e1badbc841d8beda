import type { ReactNode } from 'react';
import { useMe } from '../auth/require-session';
import { NoAccessPage } from '../layout/status-pages';

/** The admin pages are for ADMIN only; anyone else sees the no-access page (the api refuses them too). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const me = useMe();
  if (!me.memberships.some((m) => m.role === 'ADMIN')) return <NoAccessPage />;
  return <>{children}</>;
}

