import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import type { ConversationPageQuery } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { initialState } from './conversation-state';
import { ConversationView } from './conversation-view';

const CONVERSATION_PAGE = graphql(`
  query ConversationPage($id: ID!) {
    conversation(id: $id) {
      id
      kind
      name
      topic
      networkId
      lastEventSequence
      unreadCount
      me { joined canPost readUpTo mutedUntil }
      readers { userId displayName readUpTo }
    }
    messages(conversationId: $id, first: 30) {
      edges {
        node {
          id
          sequence
          clientId
          body
          bodyHtml
          parentId
          replyCount
          createdAt
          editedAt
          deletedAt
          hiddenAt
          author { id displayName }
          reactions { emoji count userIds }
        }
      }
    }
  }
`);

export type ConversationDetails = ConversationPageQuery['conversation'];

/** A channel or direct conversation, loaded once over GraphQL and kept live over the socket. */
export function ConversationPage() {
  const { conversationId = '' } = useParams();
  const me = useMe();
  const { data, error } = useQuery(CONVERSATION_PAGE, { variables: { id: conversationId }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  if (error && !data)
    return (
      <PageLayout title="Messages">
        <ServiceProblem message={error.message} />
      </PageLayout>
    );
  if (!data) {
    return (
      <PageLayout title="Messages">
        <Loading />
      </PageLayout>
    );
  }
  const conversation = data.conversation;
  const title = conversationTitle(conversation, me.id);
  const messages = data.messages.edges.map((e) => e.node);
  return (
    <PageLayout title={title}>
      <PageHeading caption={conversation.kind === 'CHANNEL' ? 'Channel' : 'Direct messages'}>{title}</PageHeading>
      {conversation.topic && <p className="govuk-body-l">{conversation.topic}</p>}
      <ConversationView
        key={conversation.id}
        conversation={conversation}
        initial={initialState(conversation.lastEventSequence, messages, conversation.readers)}
      />
    </PageLayout>
  );
}

/** "#general" for a channel; the other people's names for a direct conversation. */
export function conversationTitle(
  conversation: { kind: string; name?: string | null; readers: Array<{ userId: string; displayName: string }> },
  myId: string,
): string {
  if (conversation.kind === 'CHANNEL') return `#${conversation.name ?? 'channel'}`;
  const others = conversation.readers.filter((r) => r.userId !== myId).map((r) => r.displayName);
  return others.length ? others.join(', ') : 'Direct messages';
}
