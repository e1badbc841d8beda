import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { conversationTitle } from './conversation-page';
import { messageLink } from './search-links';

const SEARCH = graphql(`
  query SearchMyMessages($query: String!, $conversationId: ID, $after: String) {
    searchMessages(query: $query, conversationId: $conversationId, first: 20, after: $after) {
      edges {
        node { id conversationId parentId bodyHtml createdAt author { id displayName } attachments { id fileName } }
      }
      pageInfo { hasNextPage endCursor }
    }
    conversations(first: 50) {
      edges { node { id kind name readers { userId displayName } } }
    }
  }
`);

/** Search across every conversation you take part in (or one), each result linking to the message in place. */
export function MessageSearchPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const conversationId = params.get('conversation');
  const after = params.get('after');
  const [typed, setTyped] = useState(query);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { data, error, loading } = useQuery(SEARCH, {
    variables: { query, conversationId, after },
    skip: !query,
    fetchPolicy: 'network-only',
  });
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN') return <NoAccessPage />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = typed.trim();
    if (!words) return setErrors([{ field: 'q', message: 'Enter words to search for' }]);
    if (words.length > 200) return setErrors([{ field: 'q', message: 'Search words must be 200 characters or fewer' }]);
    setErrors([]);
    setParams({ q: words, ...(conversationId ? { conversation: conversationId } : {}) });
  };
  const conversations = new Map((data?.conversations.edges ?? []).map((e) => [e.node.id, e.node]));
  const scope = conversationId ? conversations.get(conversationId) : undefined;
  const results = data?.searchMessages.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.searchMessages.pageInfo;
  const title = 'Search messages';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={conversationId ? `/messages/${conversationId}` : '/messages'} className="govuk-back-link">
        {conversationId ? 'Back to the conversation' : 'Back to messages'}
      </Link>
      <PageHeading caption="Messages">{title}</PageHeading>
      <ErrorSummary errors={errors} />
      <form role="search" noValidate onSubmit={submit}>
        <div className={`govuk-form-group${errors.length ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="q">
            {scope ? `Words to find in ${conversationTitle(scope, me.id)}` : 'Words to find in your conversations'}
          </label>
          <div id="q-hint" className="govuk-hint">Use "quotes" for an exact phrase, -word to leave a word out, or to find either word</div>
          <FieldErrorMessage id="q" error={errors[0]?.message} />
          <input className={`govuk-input govuk-!-width-two-thirds${errors.length ? ' govuk-input--error' : ''}`} id="q" name="q" type="search"
            value={typed} onChange={(e) => setTyped(e.target.value)} aria-describedby={`q-hint${errors.length ? ' q-error' : ''}`} />
        </div>
        <button type="submit" className="govuk-button">Search</button>
        {conversationId && (
          <p className="govuk-body"><Link className="govuk-link" to={`/messages/search${query ? `?q=${encodeURIComponent(query)}` : ''}`}>Search all my conversations instead</Link></p>
        )}
      </form>
      {query && error && !data && <ServiceProblem message={error.message} />}
      {query && loading && !data && <Loading />}
      {query && data && (
        <>
          <h2 className="govuk-heading-m" aria-live="polite">
            {results.length ? `Messages matching “${query}”` : `No messages match “${query}”`}
          </h2>
          {results.length > 0 && (
            <ol className="app-messages" aria-label="Search results">
              {results.map((m) => {
                const conversation = conversations.get(m.conversationId);
                const where = conversation ? conversationTitle(conversation, me.id) : 'A conversation';
                return (
                  <li key={m.id} className="app-message">
                    <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                      <Link className="govuk-link" to={messageLink(m)}>
                        {m.author.id === me.id ? 'You' : m.author.displayName} in {where}{m.parentId ? ' (thread reply)' : ''}
                      </Link>{' '}
                      <span className="app-message__meta govuk-!-font-weight-regular">{formatDateTime(m.createdAt)}</span>
                    </p>
                    {/* bodyHtml is the api's safe rendering of the message's Markdown. */}
                    <div className="govuk-body app-message__body" dangerouslySetInnerHTML={{ __html: m.bodyHtml ?? '' }} />
                    {m.attachments.length > 0 && (
                      <p className="govuk-body-s app-message__meta">Files: {m.attachments.map((a) => a.fileName).join(', ')}</p>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {(after || pageInfo?.hasNextPage) && (
            <nav className="govuk-pagination govuk-pagination--block" aria-label="Search results pages">
              {after && (
                <div className="govuk-pagination__prev">
                  <Link className="govuk-link govuk-pagination__link" to={`?${new URLSearchParams({ q: query, ...(conversationId ? { conversation: conversationId } : {}) })}`}>
                    <span className="govuk-pagination__link-title">First page</span>
                  </Link>
                </div>
              )}
              {pageInfo?.hasNextPage && pageInfo.endCursor && (
                <div className="govuk-pagination__next">
                  <Link className="govuk-link govuk-pagination__link"
                    to={`?${new URLSearchParams({ q: query, ...(conversationId ? { conversation: conversationId } : {}), after: pageInfo.endCursor })}`}>
                    <span className="govuk-pagination__link-title">Next page</span>
                  </Link>
                </div>
              )}
            </nav>
          )}
        </>
      )}
    </PageLayout>
  );
}
