import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
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
  useEffect(() => heading.current?.focus(), []);

  const fetched = data?.messages.edges.map((e) => e.node) ?? [];
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
          <h3 className="govuk-heading-s">{shown.length ? replies(shown.length) : 'No replies yet'}</h3>
          {data?.messages.pageInfo.hasNextPage && (
            <p className="govuk-body-s">Showing the first {fetched.length} replies.</p>
          )}
          {shown.length > 0 && (
            <ol className="app-messages" aria-label="Replies">
              {shown.map((reply) => <MessageItem key={reply.id} message={reply} context={context} highlighted={reply.id === highlightId} />)}
            </ol>
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
