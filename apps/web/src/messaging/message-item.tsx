import { useState } from 'react';
import { Link } from 'react-router';
import { emitWithAck } from '../api/socket';
import type { ChatMessage } from './conversation-state';
import { AttachmentList } from './attachment-list';
import { MessageActions } from './message-actions';
import { REACTIONS, reactionWord, replies, whoReacted } from './messaging-labels';

export interface MessageContext {
  conversationId: string;
  myId: string;
  canPost: boolean;
  canModerate: boolean;
  nameOf: (userId: string) => string | undefined;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * One message with what people do to it: react, reply in its thread, download its files, and edit,
 * delete, report or hide it. Reactions are toggle buttons (aria-pressed) with the meaning in words.
 */
export function MessageItem({ message, context, readers, threadLink, highlighted }: {
  message: ChatMessage;
  context: MessageContext;
  /** Who has read it (the read receipt under your own messages); omitted in threads. */
  readers?: Array<{ displayName: string }>;
  /** Where "Reply in thread" goes; omitted for replies, which have no thread of their own. */
  threadLink?: string;
  highlighted?: boolean;
}) {
  const mine = message.author.id === context.myId;
  const gone = !!(message.deletedAt || message.hiddenAt);
  const [problem, setProblem] = useState('');

  const toggle = async (emoji: string, add: boolean) => {
    setProblem('');
    try {
      const ack = await emitWithAck(add ? 'reaction.add' : 'reaction.remove', { messageId: message.id, emoji });
      if (!ack.ok) setProblem(ack.error.message);
    } catch {
      setProblem('Your reaction was not saved. Check your connection and try again');
    }
  };
  const myReactions = new Set(message.reactions.filter((r) => r.userIds.includes(context.myId)).map((r) => r.emoji));

  return (
    <li
      id={`message-${message.id}`}
      className={`app-message${mine ? ' app-message--mine' : ''}${highlighted ? ' app-message--highlighted' : ''}`}
      data-sequence={message.sequence}
      tabIndex={highlighted ? -1 : undefined}
    >
      <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
        {mine ? 'You' : message.author.displayName}{' '}
        <time className="app-message__meta govuk-!-font-weight-regular" dateTime={message.createdAt}>
          {when(message.createdAt)}
        </time>
        {message.editedAt && <span className="app-message__meta govuk-!-font-weight-regular"> (edited)</span>}
        {message.hiddenAt && <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-2">Hidden by a moderator</strong>}
      </p>
      {message.deletedAt && <p className="govuk-body govuk-hint govuk-!-margin-bottom-1">This message was deleted.</p>}
      {!message.deletedAt && message.hiddenAt && !message.bodyHtml && (
        <p className="govuk-body govuk-hint govuk-!-margin-bottom-1">A moderator hid this message.</p>
      )}
      {!message.deletedAt && message.bodyHtml && (
        // bodyHtml is the api's rendering of a safe Markdown subset: escaped, no script, no attributes but links.
        <div className="govuk-body app-message__body" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
      )}
      {!gone && <AttachmentList attachments={message.attachments ?? []} />}

      {message.reactions.length > 0 && (
        <ul className="app-reactions" aria-label="Reactions">
          {message.reactions.map((r) => {
            const pressed = myReactions.has(r.emoji);
            return (
              <li key={r.emoji} className="app-reactions__item">
                <button
                  type="button"
                  className="app-reaction"
                  aria-pressed={pressed}
                  disabled={!context.canPost || gone}
                  onClick={() => void toggle(r.emoji, !pressed)}
                >
                  <span aria-hidden="true">{r.emoji}</span> {reactionWord(r.emoji)} <strong>{r.count}</strong>
                </button>
                <span className="govuk-body-s app-message__meta"> by {whoReacted(r.userIds, context.myId, context.nameOf)}</span>
              </li>
            );
          })}
        </ul>
      )}

      {problem && <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {problem}</p>}

      <div className="app-message__actions govuk-body-s">
        {threadLink && (!gone || message.replyCount > 0) && (
          <Link className="govuk-link" to={threadLink}>
            {message.replyCount > 0 ? `View thread: ${replies(message.replyCount)}` : 'Reply in thread'}
          </Link>
        )}
        {context.canPost && !gone && (
          <details className="app-inline-details">
            <summary className="app-link-button">React</summary>
            <div className="app-inline-details__panel">
              {REACTIONS.map((r) => (
                <button key={r.emoji} type="button" className="app-reaction" aria-pressed={myReactions.has(r.emoji)}
                  onClick={() => void toggle(r.emoji, !myReactions.has(r.emoji))}>
                  <span aria-hidden="true">{r.emoji}</span> {r.word}
                </button>
              ))}
            </div>
          </details>
        )}
        <MessageActions message={message} context={context} mine={mine} />
      </div>

      {mine && readers && (
        <p className="govuk-body-s app-message__meta app-receipt">
          {readers.length ? `Read by ${readers.map((r) => r.displayName).join(', ')}` : 'Sent'}
        </p>
      )}
    </li>
  );
}
