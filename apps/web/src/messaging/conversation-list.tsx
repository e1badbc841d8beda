import { Link } from 'react-router';
import { conversationTitle } from './conversation-page';
import { TableScroll } from '../layout/table-scroll';

export interface ConversationSummary {
  id: string;
  kind: string;
  name?: string | null;
  topic?: string | null;
  unreadCount: number;
  lastMessageAt?: string | null;
  me: { joined: boolean };
  readers: Array<{ userId: string; displayName: string }>;
}

/** Conversations as a GOV.UK table, with unread counts as tags (in words, not colour alone). */
export function ConversationTable({ conversations, myId, caption }: { conversations: ConversationSummary[]; myId: string; caption: string }) {
  if (!conversations.length) return <p className="govuk-body">There are no conversations here yet.</p>;
  return (
    <TableScroll label={caption}>
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Conversation
          </th>
          <th scope="col" className="govuk-table__header">
            Last message
          </th>
          <th scope="col" className="govuk-table__header">
            Unread
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {conversations.map((c) => (
          <tr className="govuk-table__row" key={c.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/messages/${c.id}`}>
                {conversationTitle(c, myId)}
              </Link>
              {!c.me.joined && <span className="govuk-body-s app-message__meta"> (not joined)</span>}
            </td>
            <td className="govuk-table__cell">
              {c.lastMessageAt ? new Date(c.lastMessageAt).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : 'None yet'}
            </td>
            <td className="govuk-table__cell">
              {c.unreadCount > 0 ? <strong className="govuk-tag govuk-tag--blue">{c.unreadCount} unread</strong> : 'None'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}
