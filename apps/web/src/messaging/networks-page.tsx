import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { ConversationTable } from './conversation-list';
import { useLiveRefetch } from './use-live-refetch';

export const MY_NETWORKS = graphql(`
  query MyNetworks {
    networks(first: 50) {
      edges {
        node {
          id
          name
          description
          memberCount
          myMembership { status role }
        }
      }
    }
  }
`);

const NETWORK_PAGE = graphql(`
  query NetworkPage($id: ID!) {
    network(id: $id) {
      id
      name
      description
      memberCount
      myMembership { status role }
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

/** The networks you are in, and those of your authority you could ask to join. */
export function NetworksPage() {
  const { data, error } = useQuery(MY_NETWORKS);
  const networks = data?.networks.edges.map((e) => e.node) ?? [];
  const mine = networks.filter((n) => n.myMembership?.status === 'ACTIVE');
  return (
    <PageLayout title="Networks">
      <PageHeading>Networks</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !mine.length && <p className="govuk-body">You are not in a network yet.</p>}
      {mine.length > 0 && (
        <dl className="govuk-summary-list">
          {mine.map((n) => (
            <div className="govuk-summary-list__row" key={n.id}>
              <dt className="govuk-summary-list__key">
                <Link className="govuk-link" to={`/networks/${n.id}`}>
                  {n.name}
                </Link>
              </dt>
              <dd className="govuk-summary-list__value">
                {n.description ?? ''} ({n.memberCount} {n.memberCount === 1 ? 'member' : 'members'})
              </dd>
            </div>
          ))}
        </dl>
      )}
    </PageLayout>
  );
}

/** One network's channels, joined or not, with unread counts kept live. */
export function NetworkPage() {
  const { networkId = '' } = useParams();
  const me = useMe();
  const { data, error, refetch } = useQuery(NETWORK_PAGE, { variables: { id: networkId } });
  const [join] = useMutation(JOIN_CHANNEL);
  const channels = data?.conversations.edges.map((e) => e.node) ?? [];
  useLiveRefetch(channels.filter((c) => c.me.joined), refetch);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const unjoinedPublic = channels.filter((c) => !c.me.joined && c.visibility === 'PUBLIC');
  return (
    <PageLayout title={data?.network.name ?? 'Network'}>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <PageHeading caption="Network">{data.network.name}</PageHeading>
          {data.network.description && <p className="govuk-body-l">{data.network.description}</p>}
          <ConversationTable caption="Channels" myId={me.id} conversations={channels} />
          {unjoinedPublic.map((c) => (
            <button
              key={c.id}
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => void join({ variables: { id: c.id } }).then(() => refetch())}
            >
              Join #{c.name}
            </button>
          ))}
        </>
      )}
    </PageLayout>
  );
}
