import { type FormEvent, useEffect, useRef, useState } from 'react';
import { emitWithAck } from '../api/socket';
import { useMe } from '../auth/require-session';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import type { ConversationDetails } from './conversation-page';
import { type ChatMessage, type ConversationState, newestMessageSequence, readBy } from './conversation-state';
import { useLiveConversation } from './use-live-conversation';
import { MESSAGE_MAX_LENGTH, TYPING_SEND_EVERY_MS } from './messaging-limits';

interface Pending {
  clientId: string;
  body: string;
}

export function ConversationView({ conversation, initial }: { conversation: ConversationDetails; initial: ConversationState }) {
  const me = useMe();
  const { state, connected, typingUserIds } = useLiveConversation(conversation.id, initial);
  const [draft, setDraft] = useState('');
  const [pending, setPending] = useState<Pending[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const lastTypingSent = useRef(0);
  const myReadUpTo = state.readers.find((r) => r.userId === me.id)?.readUpTo ?? conversation.me.readUpTo;
  const newest = newestMessageSequence(state);

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

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const body = draft.trim();
    if (!body) return setErrors([{ field: 'message', message: 'Enter a message' }]);
    if (body.length > MESSAGE_MAX_LENGTH) return setErrors([{ field: 'message', message: `Message must be ${MESSAGE_MAX_LENGTH} characters or fewer` }]);
    setErrors([]);
    const message = { clientId: crypto.randomUUID(), body };
    setPending((current) => [...current, message]);
    setDraft('');
    // Sends are idempotent by clientId: retrying after a lost acknowledgement never posts twice.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const ack = await emitWithAck('message.send', { conversationId: conversation.id, ...message });
        setPending((current) => current.filter((p) => p.clientId !== message.clientId));
        if (!ack.ok) {
          setDraft(body);
          setErrors([{ field: 'message', message: ack.error.message }]);
        }
        return;
      } catch {
        // No acknowledgement in time: try again with the same clientId.
      }
    }
    setPending((current) => current.filter((p) => p.clientId !== message.clientId));
    setDraft(body);
    setErrors([{ field: 'message', message: 'Your message could not be sent. Check your connection and try again' }]);
  };

  const onType = (value: string) => {
    setDraft(value);
    if (connected && Date.now() - lastTypingSent.current > TYPING_SEND_EVERY_MS) {
      lastTypingSent.current = Date.now();
      void emitWithAck('typing', { conversationId: conversation.id }).catch(() => undefined);
    }
  };

  const shown = new Set(state.messages.map((m) => m.clientId));
  const typingNames = typingUserIds
    .filter((id) => id !== me.id)
    .map((id) => state.readers.find((r) => r.userId === id)?.displayName)
    .filter(Boolean);

  return (
    <>
      <p className="govuk-body-s" role="status">
        {connected ? 'Connected: new messages appear as they are sent.' : 'Connecting…'}
      </p>
      <ol className="app-messages" aria-label="Messages">
        {state.messages.map((message) => (
          <MessageItem key={message.id} message={message} mine={message.author.id === me.id} readers={readBy(state, message)} />
        ))}
        {pending
          .filter((p) => !shown.has(p.clientId))
          .map((p) => (
            <li key={p.clientId} className="app-message app-message--mine">
              <p className="govuk-body govuk-!-margin-bottom-1">{p.body}</p>
              <p className="govuk-body-s app-message__meta">Sending…</p>
            </li>
          ))}
      </ol>
      <p className="govuk-body-s app-typing" aria-live="polite">
        {typingNames.length ? `${typingNames.join(', ')} ${typingNames.length === 1 ? 'is' : 'are'} typing…` : ''}
      </p>
      {conversation.me.canPost ? (
        <form onSubmit={(event) => void send(event)} noValidate>
          <ErrorSummary errors={errors} />
          <div className={`govuk-form-group${errors.length ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="message">
              Message
            </label>
            <FieldErrorMessage id="message" error={errors[0]?.message} />
            <textarea
              className={`govuk-textarea${errors.length ? ' govuk-textarea--error' : ''}`}
              id="message"
              name="message"
              rows={3}
              value={draft}
              aria-describedby={errors.length ? 'message-error' : undefined}
              onChange={(event) => onType(event.target.value)}
            />
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send message
          </button>
        </form>
      ) : (
        <div className="govuk-inset-text">
          {conversation.me.joined ? 'You cannot post here at the moment.' : 'Join this channel to post in it.'}
        </div>
      )}
    </>
  );
}

function MessageItem({ message, mine, readers }: { message: ChatMessage; mine: boolean; readers: Array<{ displayName: string }> }) {
  const when = new Date(message.createdAt);
  return (
    <li className={`app-message${mine ? ' app-message--mine' : ''}`} data-sequence={message.sequence}>
      <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
        {mine ? 'You' : message.author.displayName}{' '}
        <time className="app-message__meta govuk-!-font-weight-regular" dateTime={message.createdAt}>
          {when.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}
        </time>
      </p>
      {message.deletedAt || message.hiddenAt ? (
        <p className="govuk-body govuk-hint">{message.deletedAt ? 'This message was deleted.' : 'A moderator hid this message.'}</p>
      ) : (
        // bodyHtml is the api's rendering of a safe Markdown subset: escaped, no script, no attributes but links.
        <div className="govuk-body app-message__body" dangerouslySetInnerHTML={{ __html: message.bodyHtml ?? '' }} />
      )}
      {(message.reactions.length > 0 || message.replyCount > 0 || message.editedAt) && (
        <p className="govuk-body-s app-message__meta">
          {message.reactions.map((r) => `${r.emoji} ${r.count}`).join('  ')}
          {message.replyCount > 0 && ` ${message.replyCount} ${message.replyCount === 1 ? 'reply' : 'replies'}`}
          {message.editedAt && ' (edited)'}
        </p>
      )}
      {mine && (
        <p className="govuk-body-s app-message__meta app-receipt">
          {readers.length ? `Read by ${readers.map((r) => r.displayName).join(', ')}` : 'Sent'}
        </p>
      )}
    </li>
  );
}
