import { useQuery } from '@apollo/client/react';
import { Link, useMatch } from 'react-router';
import { UNREAD_NOTIFICATIONS } from './notifications-queries';

/** Checked each half minute: notifications also reach people by e-mail, so a short delay costs little. */
const POLL_MS = 30_000;

/** The navigation's "Notifications" item, with how many are unread in words. */
export function NotificationsLink() {
  const active = useMatch({ path: '/notifications' });
  const { data } = useQuery(UNREAD_NOTIFICATIONS, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = data?.unreadNotificationCount ?? 0;
  const text = unread ? `Notifications (${unread} unread)` : 'Notifications';
  return (
    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
      <Link to="/notifications" className="govuk-service-navigation__link" aria-current={active ? 'page' : undefined}>
        {active ? <strong className="govuk-service-navigation__active-fallback">{text}</strong> : text}
      </Link>
    </li>
  );
}
