import { type ReactNode, useEffect } from 'react';
import { Link, useMatch } from 'react-router';
import { useOptionalMe } from '../auth/require-session';
import { useSession } from '../auth/session-context';
import { sessionStore } from '../auth/session-store';
import { NotificationsLink } from '../notifications/notifications-link';

interface NavigationItem {
  to: string;
  text: string;
  /** Shown only to people with one of these roles (everyone when absent). */
  roles?: string[];
}

const SIGNED_IN_NAVIGATION: NavigationItem[] = [
  { to: '/', text: 'Home' },
  { to: '/messages', text: 'Messages' },
  { to: '/networks', text: 'Networks' },
  { to: '/concerns', text: 'Concerns', roles: ['HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER', 'HMI'] },
  { to: '/front-door', text: 'Front door', roles: ['LA_OFFICER', 'LA_MANAGER'] },
  { to: '/sign-off', text: 'Sign-off', roles: ['LA_MANAGER'] },
  { to: '/escalations', text: 'Escalations', roles: ['LA_MANAGER'] },
  { to: '/inspection', text: 'Inspection', roles: ['HMI', 'LA_MANAGER'] },
  { to: '/register', text: 'Register', roles: ['LA_OFFICER', 'LA_MANAGER', 'HMI'] },
  { to: '/register/school', text: 'Children on the register', roles: ['DSL', 'HEADTEACHER'] },
  { to: '/pressure', text: 'Intimidation and pressure', roles: ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK', 'LA_OFFICER', 'LA_MANAGER', 'HMI'] },
  { to: '/practice', text: 'Practice library', roles: ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK', 'LA_OFFICER', 'LA_MANAGER', 'HMI'] },
  { to: '/governance', text: 'Governance', roles: ['HEADTEACHER', 'GOVERNANCE_CLERK'] },
  { to: '/governance/completion', text: 'Governance checks', roles: ['LA_OFFICER', 'LA_MANAGER', 'HMI'] },
  { to: '/governance/returns', text: 'Safeguarding returns', roles: ['LA_OFFICER', 'LA_MANAGER', 'HMI'] },
  { to: '/admin', text: 'Administration', roles: ['ADMIN', 'LA_MANAGER'] },
  { to: '/settings/calendar', text: 'Term dates', roles: ['ADMIN'] },
  { to: '/oversight/audit', text: 'Audit trail', roles: ['LA_MANAGER'] },
  { to: '/oversight/reports', text: 'Reported messages', roles: ['LA_MANAGER'] },
  { to: '/settings', text: 'Settings', roles: ['LA_MANAGER'] },
];

/**
 * Every page's frame: skip link, header, service navigation and main (focus moves to the main
 * heading after each navigation: FocusOnNavigation).
 */
export function PageLayout({ title, children }: { title: string; children: ReactNode }) {
  const session = useSession();
  const me = useOptionalMe();

  useEffect(() => {
    document.title = `${title} – Safeguard Hub`;
  }, [title]);

  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-generic-header" role="banner">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link">
              Safeguard Hub
            </Link>
          </div>
        </div>
      </header>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            {session && (
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  {SIGNED_IN_NAVIGATION.filter((item) => !item.roles || me?.memberships.some((m) => item.roles!.includes(m.role))).map((item) => (
                    <NavigationLink key={item.to} item={item} />
                  ))}
                  {me && <NotificationsLink />}
                  <li className="govuk-service-navigation__item">
                    <button type="button" className="govuk-service-navigation__link app-link-button" onClick={() => void sessionStore.signOut()}>
                      Sign out
                    </button>
                  </li>
                </ul>
              </nav>
            )}
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
    </>
  );
}

function NavigationLink({ item }: { item: NavigationItem }) {
  const active = useMatch({ path: item.to, end: item.to === '/' });
  return (
    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
      <Link to={item.to} className="govuk-service-navigation__link" aria-current={active ? 'page' : undefined}>
        {active ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
      </Link>
    </li>
  );
}

/** The page's one h1, focusable so that navigation can move focus to it. */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <h1 className="govuk-heading-l" tabIndex={-1}>
      {caption && <span className="govuk-caption-l">{caption}</span>}
      {children}
    </h1>
  );
}
