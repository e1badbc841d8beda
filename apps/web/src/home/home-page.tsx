import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/require-session';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { MY_CONVERSATIONS } from '../messaging/messages-page';
import { MY_NETWORKS } from '../messaging/networks-page';
import { useLiveRefetch } from '../messaging/use-live-refetch';

const ROLE_NAMES: Record<string, string> = {
  ADMIN: 'Administrator',
  DSL: 'Designated safeguarding lead',
  GOVERNANCE_CLERK: 'Governance clerk',
  HEADTEACHER: 'Headteacher',
  HMI: 'His Majesty’s Inspector',
  LA_MANAGER: 'Council manager',
  LA_OFFICER: 'Council officer',
  OFSTED_READER: 'Ofsted reader',
};

/** Takes part in networks and their conversations (the api's TakePartInNetworks). */
const MESSAGING_ROLES = new Set(['HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER']);

/** Each person's starting point: who they are here, their unread messages, networks and school. */
export function HomePage() {
  const me = useMe();
  const messaging = me.memberships.some((m) => MESSAGING_ROLES.has(m.role));
  const schools = me.memberships.filter((m) => m.school);
  return (
    <PageLayout title="Home">
      <PageHeading caption={me.memberships.map((m) => ROLE_NAMES[m.role] ?? m.role).join(', ')}>{me.displayName}</PageHeading>
      {schools.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Your school</h2>
          <ul className="govuk-list">
            {schools.map((m) => (
              <li key={m.id}>
                <Link className="govuk-link" to={`/schools/${m.school!.id}`}>
                  {m.school!.name}
                </Link>{' '}
                (URN {m.school!.urn})
              </li>
            ))}
          </ul>
        </>
      )}
      {messaging && <MessagingSummary />}
    </PageLayout>
  );
}

function MessagingSummary() {
  const conversations = useQuery(MY_CONVERSATIONS);
  const networks = useQuery(MY_NETWORKS);
  const list = conversations.data?.conversations.edges.map((e) => e.node) ?? [];
  useLiveRefetch(list, conversations.refetch);
  const unread = list.reduce((sum, c) => sum + c.unreadCount, 0);
  const mine = networks.data?.networks.edges.map((e) => e.node).filter((n) => n.myMembership?.status === 'ACTIVE') ?? [];
  return (
    <>
      <h2 className="govuk-heading-m">Messages</h2>
      <p className="govuk-body" data-testid="unread-summary">
        {conversations.data ? (
          <Link className="govuk-link" to="/messages">
            {unread === 0 ? 'No unread messages' : `${unread} unread ${unread === 1 ? 'message' : 'messages'}`}
          </Link>
        ) : (
          'Loading…'
        )}
      </p>
      <h2 className="govuk-heading-m">Your networks</h2>
      {networks.data && !mine.length && <p className="govuk-body">You are not in a network yet.</p>}
      <ul className="govuk-list govuk-list--bullet">
        {mine.map((n) => (
          <li key={n.id}>
            <Link className="govuk-link" to={`/networks/${n.id}`}>
              {n.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
