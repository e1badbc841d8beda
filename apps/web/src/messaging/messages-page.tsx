import './messaging.css';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
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
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(MY_CONVERSATIONS, { fetchPolicy: 'cache-and-network' });
  const conversations = data?.conversations.edges.map((e) => e.node) ?? [];
  useLiveRefetch(conversations, refetch);
  return (
    <PageLayout title="Messages">
      <PageHeading>Messages</PageHeading>
      <form
        role="search"
        className="govuk-!-margin-bottom-6"
        onSubmit={(event) => {
          event.preventDefault();
          const words = String(new FormData(event.currentTarget).get('q') ?? '').trim();
          void navigate(words ? `/messages/search?${new URLSearchParams({ q: words })}` : '/messages/search');
        }}
      >
        <div className="govuk-form-group govuk-!-margin-bottom-2">
          <label className="govuk-label govuk-label--s" htmlFor="q">Search your messages</label>
          <input className="govuk-input govuk-!-width-one-half" id="q" name="q" type="search" />
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Search</button>
      </form>
      <p className="govuk-body">
        <Link className="govuk-link" to="/messages/new">Start a direct conversation</Link>
      </p>
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
