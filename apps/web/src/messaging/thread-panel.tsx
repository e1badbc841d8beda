import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ServiceProblem } from '../layout/status-pages';
import { THREAD_REPLIES } from './conversation-queries';
import { type ChatMessage, type ConversationState, threadReplies } from './conversation-state';
import { MessageComposer } from './message-composer';
import { type MessageContext, MessageItem } from './message-item';
import { replies } from './messaging-labels';

/**
 * A thread beside its conversation: the first message, its replies (fetched once, then kept live
 * from the conversation's events) and a reply box. Focus moves to its heading when it opens.
 */
export function ThreadPanel({ conversationId, parent, parentLoading, state, context, connected, closeLink, highlightId }: {
  conversationId: string;
  parent: ChatMessage | undefined;
  parentLoading: boolean;
  state: ConversationState;
  context: MessageContext;
  connected: boolean;
  closeLink: string;
  highlightId?: string | null;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const threadId = parent?.id;
  const { data, error } = useQuery(THREAD_REPLIES, {
    variables: { id: conversationId, threadId: threadId ?? '' },
    skip: !threadId,
    fetchPolicy: 'network-only',
  });
  const client = useApolloClient();
  const [more, setMore] = useState<{ replies: ChatMessage[]; cursor: string | null } | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const cursor = more ? more.cursor : data?.messages.pageInfo.hasNextPage ? (data.messages.pageInfo.endCursor ?? null) : null;
  const showMore = async () => {
    if (!cursor || !threadId) return;
    const page = await client.query({ query: THREAD_REPLIES, variables: { id: conversationId, threadId, after: cursor }, fetchPolicy: 'network-only' });
    if (!page.data) return;
    const next = page.data.messages;
    setMore({
      replies: [...(more?.replies ?? []), ...next.edges.map((e) => e.node)],
      cursor: next.pageInfo.hasNextPage ? (next.pageInfo.endCursor ?? null) : null,
    });
  };
  const fetched = [...(data?.messages.edges.map((e) => e.node) ?? []), ...(more?.replies ?? [])];
  const shown = threadId ? threadReplies(state, threadId, fetched) : [];
  const gone = !!(parent?.deletedAt || parent?.hiddenAt);
  return (
    <section className="app-thread" aria-labelledby="thread-heading">
      <h2 className="govuk-heading-m" id="thread-heading" tabIndex={-1} ref={heading}>Thread</h2>
      <p className="govuk-body-s"><Link className="govuk-link" to={closeLink}>Close the thread</Link></p>
      {!parent && (parentLoading ? <p className="govuk-body">Finding the message…</p> : <p className="govuk-body">This thread is no longer here.</p>)}
      {parent && (
        <>
          <ol className="app-messages" aria-label="First message">
            <MessageItem message={parent} context={context} />
          </ol>
          {error && !data && <ServiceProblem message={error.message} />}
          <h3 className="govuk-heading-s">{Math.max(parent.replyCount, shown.length) ? replies(Math.max(parent.replyCount, shown.length)) : 'No replies yet'}</h3>
          {shown.length > 0 && (
            <ol className="app-messages" aria-label="Replies">
              {shown.map((reply) => <MessageItem key={reply.id} message={reply} context={context} highlighted={reply.id === highlightId} />)}
            </ol>
          )}
          {cursor && (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void showMore()}>Show later replies</button>
          )}
          {context.canPost && !gone && (
            <MessageComposer conversationId={conversationId} parentId={parent.id} connected={connected}
              idPrefix="reply" label="Reply in this thread" submitText="Send reply" />
          )}
        </>
      )}
    </section>
  );
}
