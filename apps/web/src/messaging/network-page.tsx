import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { refusalOf } from '../register/register-form';
import { ConversationTable } from './conversation-list';
import { SuccessBanner } from '../layout/success-banner';
import { useLiveRefetch } from './use-live-refetch';

const NETWORK_PAGE = graphql(`
  query NetworkPage($id: ID!) {
    network(id: $id) {
      id
      name
      description
      memberCount
      canModerate
      myMembership { status role }
      members { userId displayName role canTakePart }
    }
    conversations(first: 50, networkId: $id) {
      edges {
        node {
          id
          kind
          name
          topic
          visibility
          unreadCount
          lastMessageAt
          lastEventSequence
          me { joined }
          readers { userId displayName }
        }
      }
    }
  }
`);

const JOIN_CHANNEL = graphql(`
  mutation JoinChannel($id: ID!) {
    joinConversation(input: { conversationId: $id }) { id }
  }
`);

export const START_DIRECT = graphql(`
  mutation StartDirectConversation($userIds: [ID!]!) {
    startDirectConversation(input: { userIds: $userIds }) { id }
  }
`);

/** One network: its channels (joined or not, unread counts kept live), its members, and what a moderator can do. */
export function NetworkPage() {
  const { networkId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const created = (useLocation().state as { created?: string } | null)?.created;
  const { data, error, refetch } = useQuery(NETWORK_PAGE, { variables: { id: networkId }, fetchPolicy: 'cache-and-network' });
  const [join] = useMutation(JOIN_CHANNEL);
  const [startDirect] = useMutation(START_DIRECT);
  const [problem, setProblem] = useState('');
  const channels = data?.conversations.edges.map((e) => e.node) ?? [];
  useLiveRefetch(channels.filter((c) => c.me.joined), refetch);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const network = data?.network;
  const active = network?.myMembership?.status === 'ACTIVE';
  const unjoinedPublic = channels.filter((c) => !c.me.joined && c.visibility === 'PUBLIC');
  const message = async (userId: string) => {
    setProblem('');
    try {
      const result = await startDirect({ variables: { userIds: [userId] } });
      if (result.data) void navigate(`/messages/${result.data.startDirectConversation.id}`);
    } catch (failure) {
      setProblem(refusalOf(failure, 'members').message);
    }
  };
  return (
    <PageLayout title={network?.name ?? 'Network'}>
      <Link to="/networks" className="govuk-back-link">Back to networks</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {network && (
        <>
          {created && <SuccessBanner id="success" message={`The channel #${created} is ready.`} />}
          <PageHeading caption="Network">{network.name}</PageHeading>
          {network.description && <p className="govuk-body-l">{network.description}</p>}
          {(active || network.canModerate) && (
            <ul className="govuk-list">
              {active && <li><Link className="govuk-link" to={`/networks/${network.id}/channels/new`}>Create a channel</Link></li>}
              {network.canModerate && <li><Link className="govuk-link" to={`/networks/${network.id}/moderation`}>Moderate this network</Link>: requests to join, invitations and members</li>}
              {network.canModerate && <li><Link className="govuk-link" to="/oversight/reports">Reported messages</Link></li>}
            </ul>
          )}
          <ConversationTable caption="Channels" myId={me.id} conversations={channels} />
          {unjoinedPublic.map((c) => (
            <button key={c.id} type="button" className="govuk-button govuk-button--secondary govuk-!-margin-right-2"
              onClick={() => void join({ variables: { id: c.id } }).then(() => refetch())}>
              Join #{c.name}
            </button>
          ))}
          {network.members && (
            <>
              <h2 className="govuk-heading-m">Members ({network.memberCount})</h2>
              {problem && <p className="govuk-error-message" role="alert" id="members"><span className="govuk-visually-hidden">Error:</span> {problem}</p>}
              <ul className="govuk-list">
                {network.members.map((m) => (
                  <li key={m.userId}>
                    {m.userId === me.id ? `${m.displayName} (you)` : m.displayName}
                    {m.role === 'MODERATOR' && <strong className="govuk-tag govuk-tag--blue govuk-!-margin-left-1">Moderator</strong>}
                    {active && m.userId !== me.id && m.canTakePart && (
                      <>
                        {' '}
                        <button type="button" className="app-link-button govuk-body-s" onClick={() => void message(m.userId)}>
                          Message<span className="govuk-visually-hidden"> {m.displayName}</span>
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </PageLayout>
  );
}
