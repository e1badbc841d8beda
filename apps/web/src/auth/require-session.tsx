import { createContext, type ReactNode, useContext } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../graphql/generated';
import type { MeQuery } from '../graphql/generated/graphql';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { PageLayout } from '../layout/page-layout';
import { useSession } from './session-context';
import { sessionStore } from './session-store';

const ME = graphql(`
  query Me {
    me {
      id
      displayName
      email
      memberships {
        id
        role
        unqualified
        school { id name urn }
        localAuthority { id name code }
      }
    }
  }
`);

export type Me = MeQuery['me'];
const MeContext = createContext<Me | null>(null);

/** The signed-in person with their roles; only inside <RequireSession>. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside RequireSession');
  return me;
}

/** The signed-in person if inside <RequireSession>, else null (the frame's role-based navigation). */
export function useOptionalMe(): Me | null {
  return useContext(MeContext);
}

/** Pages behind sign-in: without a session, go to sign in and come back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { data, error } = useQuery(ME, { skip: !session, fetchPolicy: 'cache-first' });
  if (!session) {
    // Rendered in the same moment as the store's own redirect, so it must carry the reason too.
    const reason = sessionStore.endReason ?? undefined;
    return <Navigate to="/sign-in" replace state={{ reason, returnTo: reason === 'signed-out' ? undefined : location.pathname }} />;
  }
  if (error && !data)
    return (
      <PageLayout title="Sorry, there is a problem with the service">
        <ServiceProblem message={error.message} />
      </PageLayout>
    );
  if (!data) return <Loading />;
  return <MeContext.Provider value={data.me}>{children}</MeContext.Provider>;
}
