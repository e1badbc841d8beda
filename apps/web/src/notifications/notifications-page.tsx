import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { londonDateTime } from '../layout/london-time';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS, UNREAD_NOTIFICATIONS } from './notifications-queries';

const PAGE_SIZE = 25;

/** Only the portal's own pages: a link from the api is a path, never somewhere else. */
const portalPath = (link: string) => (link.startsWith('/') && !link.startsWith('//') ? link : '/');

/**
 * What the person should know about: decisions, sign-offs, overdue items, replies. Each links to
 * its record (whose own rules decide what it shows); opening one marks it read.
 */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const unreadOnly = params.get('show') === 'unread';
  const after = params.get('after') ?? undefined;
  const { data, error, refetch } = useQuery(NOTIFICATIONS, { variables: { first: PAGE_SIZE, after, unreadOnly }, fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: [UNREAD_NOTIFICATIONS] });

  const open = async (id: string, link: string, unread: boolean) => {
    if (unread) await markRead({ variables: { input: { ids: [id] } } }).catch(() => undefined);
    void navigate(portalPath(link));
  };

  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  return (
    <PageLayout title="Notifications">
      <PageHeading>Notifications</PageHeading>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={marking.loading}
          onClick={() => void markRead({ variables: { input: { all: true } } }).then(() => refetch())}
        >
          Mark all as read
        </button>
        <Link className="govuk-link" to={unreadOnly ? '/notifications' : '/notifications?show=unread'}>
          {unreadOnly ? 'Show all notifications' : 'Show unread only'}
        </Link>
      </div>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !items.length && <p className="govuk-body">{unreadOnly ? 'You have no unread notifications.' : 'You have no notifications.'}</p>}
      {items.length > 0 && (
        <ul className="govuk-list app-notification-list">
          {items.map((n) => (
            <li key={n.id} className="govuk-!-margin-bottom-4">
              {n.readAt ? (
                <strong className="govuk-tag govuk-tag--grey">Read</strong>
              ) : (
                <strong className="govuk-tag govuk-tag--blue">Unread</strong>
              )}{' '}
              <a
                className="govuk-link govuk-!-font-weight-bold"
                href={portalPath(n.link)}
                onClick={(event) => {
                  event.preventDefault();
                  void open(n.id, n.link, !n.readAt);
                }}
              >
                {n.title}
              </a>
              <br />
              <span className="govuk-body-s govuk-!-margin-bottom-0">{londonDateTime(n.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {data?.notifications.pageInfo.hasNextPage && (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of notifications">
          <div className="govuk-pagination__next">
            <a
              className="govuk-link govuk-pagination__link"
              href="#next"
              rel="next"
              onClick={(event) => {
                event.preventDefault();
                const next = new URLSearchParams(params);
                next.set('after', data.notifications.pageInfo.endCursor ?? '');
                setParams(next);
              }}
            >
              <span className="govuk-pagination__link-title">Next page</span>
            </a>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}
