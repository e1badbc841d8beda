import { Link } from 'react-router';
import { useMe } from '../auth/require-session';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { NoAccessPage } from '../layout/status-pages';
import { managerAuthority } from './settings-labels';

/** An LA manager's settings for their authority. */
export function SettingsPage() {
  const me = useMe();
  const authority = managerAuthority(me);
  if (!authority) return <NoAccessPage />;
  const items = [
    { to: '/settings/register-rules', text: 'Register rules', hint: 'The numbers register deadlines are counted by' },
    { to: '/settings/sign-off-window', text: 'Sign-off window for concern decisions', hint: 'Working days managers have to sign off' },
    { to: '/settings/calendar', text: 'School calendar', hint: 'Term dates and school holidays' },
  ];
  return (
    <PageLayout title="Settings">
      <PageHeading caption={authority.name}>Settings</PageHeading>
      <ul className="govuk-list govuk-list--spaced">
        {items.map((i) => (
          <li key={i.to}>
            <Link className="govuk-link govuk-link--no-visited-state" to={i.to}>{i.text}</Link>
            <p className="govuk-body-s govuk-!-margin-bottom-0">{i.hint}</p>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
