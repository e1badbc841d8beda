import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { emitWithAck } from '../api/socket';
import { useMe } from '../auth/require-session';
import type { ConversationDetails } from './conversation-page';
import { EARLIER_MESSAGES } from './conversation-queries';
import { type ChatMessage, type ConversationState, isMuted, newestMessageSequence, readBy } from './conversation-state';
import { MemberMute } from './member-mute';
import { MessageComposer } from './message-composer';
import { type MessageContext, MessageItem } from './message-item';
import { PRESENCE_TEXT } from './messaging-labels';
import { ThreadPanel } from './thread-panel';
import { useLiveConversation } from './use-live-conversation';

/** Pages of earlier messages fetched at most to find a message a link points at. */
const MAX_PAGES_TO_FIND = 10;

export function ConversationView({ conversation, initial, initialCursor }: {
  conversation: ConversationDetails;
  initial: ConversationState;
  /** Where the next page of earlier messages starts, if there is one. */
  initialCursor: string | null;
}) {
  const me = useMe();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const threadId = params.get('thread');
  const highlightId = params.get('message');
  // The message that must be on the page: the thread's first message when a thread is open.
  const focusId = threadId ?? highlightId;
  const { state, connected, typingUserIds, presence, addEarlier } = useLiveConversation(conversation.id, initial);
  const [cursor, setCursor] = useState(initialCursor);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const myReadUpTo = state.readers.find((r) => r.userId === me.id)?.readUpTo ?? conversation.me.readUpTo;
  const newest = newestMessageSequence(state);
  const muted = isMuted(state, me.id, conversation.me.mutedUntil);
  const canPost = conversation.me.joined && !muted && (conversation.me.canPost || (!!conversation.me.mutedUntil && !muted));

  // Reading the page moves the read receipt: the others see it live.
  useEffect(() => {
    if (!conversation.me.joined || newest <= myReadUpTo || !connected) return;
    const send = () => {
      if (document.visibilityState === 'visible') {
        void emitWithAck('conversation.read', { conversationId: conversation.id, upToSequence: newest });
      }
    };
    send();
    document.addEventListener('visibilitychange', send);
    return () => document.removeEventListener('visibilitychange', send);
  }, [conversation.id, conversation.me.joined, newest, myReadUpTo, connected]);

  const loadEarlier = useCallback(async (after: string): Promise<string | null> => {
    setLoadingEarlier(true);
    try {
      const { data } = await client.query({ query: EARLIER_MESSAGES, variables: { id: conversation.id, after }, fetchPolicy: 'network-only' });
      if (!data) return null;
      addEarlier(data.messages.edges.map((e) => e.node));
      const next = data.messages.pageInfo.hasNextPage ? (data.messages.pageInfo.endCursor ?? null) : null;
      setCursor(next);
      return next;
    } finally {
      setLoadingEarlier(false);
    }
  }, [client, conversation.id, addEarlier]);

  // A link to a message (from search) or a thread: fetch earlier pages until it is on the page, then show it.
  const focusLoaded = !focusId || state.messages.some((m) => m.id === focusId);
  useEffect(() => {
    if (!focusId) return;
    if (focusLoaded) {
      document.getElementById(`message-${highlightId ?? focusId}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    let cancelled = false;
    void (async () => {
      let next = cursor;
      for (let page = 0; next && page < MAX_PAGES_TO_FIND && !cancelled; page++) next = await loadEarlier(next);
    })();
    return () => { cancelled = true; };
    // The search runs once per target, not again as each page arrives.
  }, [focusId, focusLoaded]);

  const nameOf = (userId: string) => state.readers.find((r) => r.userId === userId)?.displayName;
  const context: MessageContext = { conversationId: conversation.id, myId: me.id, canPost, canModerate: conversation.me.canModerate, nameOf };
  const typingNames = typingUserIds.filter((id) => id !== me.id).map(nameOf).filter(Boolean);
  const parent = threadId ? state.messages.find((m) => m.id === threadId) : undefined;
  const base = `/messages/${conversation.id}`;

  return (
    <div className="govuk-grid-row">
      <div className={threadId ? 'govuk-grid-column-one-half' : 'govuk-grid-column-two-thirds'}>
        <p className="govuk-body-s" role="status">
          {connected ? 'Connected: new messages appear as they are sent.' : 'Connecting…'}
        </p>
        {cursor && (
          <button type="button" className="govuk-button govuk-button--secondary" disabled={loadingEarlier} onClick={() => void loadEarlier(cursor)}>
            {loadingEarlier ? 'Loading earlier messages…' : 'Show earlier messages'}
          </button>
        )}
        {focusId && !focusLoaded && !cursor && !loadingEarlier && (
          <div className="govuk-inset-text">That message is no longer in this conversation.</div>
        )}
        <ol className="app-messages" aria-label="Messages">
          {state.messages.map((message: ChatMessage) => (
            <MessageItem
              key={message.id}
              message={message}
              context={context}
              readers={readBy(state, message)}
              threadLink={`${base}?thread=${message.id}`}
              highlighted={message.id === highlightId}
            />
          ))}
        </ol>
        <p className="govuk-body-s app-typing" aria-live="polite">
          {typingNames.length ? `${typingNames.join(', ')} ${typingNames.length === 1 ? 'is' : 'are'} typing…` : ''}
        </p>
        {canPost ? (
          <MessageComposer conversationId={conversation.id} connected={connected} />
        ) : (
          <div className="govuk-inset-text">
            {!conversation.me.joined
              ? 'Join this channel to post in it.'
              : muted
                ? 'A moderator has muted you here for now: you can read but not post.'
                : 'You cannot post here at the moment.'}
          </div>
        )}
      </div>
      <div className={threadId ? 'govuk-grid-column-one-half' : 'govuk-grid-column-one-third'}>
        {threadId && (
          <ThreadPanel
            key={threadId}
            conversationId={conversation.id}
            parent={parent}
            parentLoading={!focusLoaded && (loadingEarlier || !!cursor)}
            state={state}
            context={context}
            connected={connected}
            closeLink={base}
            highlightId={highlightId}
          />
        )}
        <h2 className="govuk-heading-s">People here</h2>
        <ul className="govuk-list govuk-body-s" aria-label="People in this conversation">
          {state.readers.map((r) => {
            const status = presence[r.userId] ?? 'offline';
            return (
              <li key={r.userId}>
                {r.userId === me.id ? `${r.displayName} (you)` : r.displayName}:{' '}
                <strong className={`govuk-tag govuk-tag--${status === 'online' ? 'green' : status === 'away' ? 'yellow' : 'grey'}`}>
                  {PRESENCE_TEXT[status]}
                </strong>
                {isMuted(state, r.userId, null) && ' (muted)'}
                {conversation.me.canModerate && r.userId !== me.id && (
                  <>
                    {' '}
                    <MemberMute conversationId={conversation.id} userId={r.userId} displayName={r.displayName} muted={isMuted(state, r.userId, null)} />
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
