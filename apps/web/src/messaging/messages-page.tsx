import { useQuery } from '@apollo/client/react';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { ConversationTable } from './conversation-list';
import { useLiveRefetch } from './use-live-refetch';

export const MY_CONVERSATIONS = graphql(`
  query MyConversations {
    conversations(first: 50) {
      edges {
        node {
          id
          kind
          name
          topic
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

/** Every conversation you take part in, direct ones first, with live unread counts. */
export function MessagesPage() {
  const me = useMe();
  const { data, error, refetch } = useQuery(MY_CONVERSATIONS, { fetchPolicy: 'cache-and-network' });
  const conversations = data?.conversations.edges.map((e) => e.node) ?? [];
  useLiveRefetch(conversations, refetch);
  return (
    <PageLayout title="Messages">
      <PageHeading>Messages</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <ConversationTable caption="Direct messages" myId={me.id} conversations={conversations.filter((c) => c.kind === 'DIRECT')} />
          <ConversationTable caption="Channels" myId={me.id} conversations={conversations.filter((c) => c.kind === 'CHANNEL')} />
        </>
      )}
    </PageLayout>
  );
}
