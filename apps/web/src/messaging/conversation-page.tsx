import './messaging.css';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import type { ConversationPageQuery } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { CONVERSATION_PAGE } from './conversation-queries';
import { initialState } from './conversation-state';
import { ConversationView } from './conversation-view';

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
      <Link to={conversation.networkId ? `/networks/${conversation.networkId}` : '/messages'} className="govuk-back-link">
        {conversation.networkId ? 'Back to the network' : 'Back to messages'}
      </Link>
      <PageHeading caption={conversation.kind === 'CHANNEL' ? 'Channel' : 'Direct messages'}>{title}</PageHeading>
      {conversation.topic && <p className="govuk-body-l">{conversation.topic}</p>}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/messages/search?conversation=${conversation.id}`}>Search this conversation</Link>
      </p>
      <ConversationView
        key={conversation.id}
        conversation={conversation}
        initial={initialState(conversation.lastEventSequence, messages, conversation.readers)}
        initialCursor={data.messages.pageInfo.hasNextPage ? (data.messages.pageInfo.endCursor ?? null) : null}
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
