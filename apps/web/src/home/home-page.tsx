import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useMe } from '../auth/require-session';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { MY_CONVERSATIONS } from '../messaging/messages-page';
import { MY_NETWORKS } from '../messaging/networks-page';
import { useLiveRefetch } from '../messaging/use-live-refetch';
import { AdminWork, CouncilWork, InspectorWork } from './council-work';
import { DslWork, SchoolGovernanceStatus, SchoolPressure, SchoolPreventStatus } from './school-work';

const ROLE_NAMES: Record<string, string> = {
  ADMIN: 'Administrator',
  DSL: 'Designated safeguarding lead',
  GOVERNANCE_CLERK: 'Governance clerk',
  HEADTEACHER: 'Headteacher',
  HMI: 'His Majesty’s Inspector',
  LA_MANAGER: 'Council manager',
  LA_OFFICER: 'Council officer',
  OFSTED_READER: 'Ofsted reader',
};

/** Takes part in networks and their conversations (the api's TakePartInNetworks). */
const MESSAGING_ROLES = new Set(['HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER']);
const SCHOOL_ROLES = ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK'];
const GOVERNANCE_ROLES = ['HEADTEACHER', 'GOVERNANCE_CLERK'];

/**
 * Each person's starting point, by role: who they are here, then the work waiting for them in
 * figures with a link to each (their school's status; a DSL's concerns; the council's queues; an
 * inspector's authority; an administrator's accounts), then messages.
 */
export function HomePage() {
  const me = useMe();
  const roles = new Set(me.memberships.map((m) => m.role));
  const messaging = me.memberships.some((m) => MESSAGING_ROLES.has(m.role));
  const schools = me.memberships.filter((m) => m.school);
  // One status block per school the person works at, with what their roles there let them read.
  const schoolRoles = new Map<string, { name: string; urn: number; roles: Set<string> }>();
  for (const m of me.memberships) {
    if (!m.school || !SCHOOL_ROLES.includes(m.role)) continue;
    const entry = schoolRoles.get(m.school.id) ?? { name: m.school.name, urn: m.school.urn, roles: new Set<string>() };
    entry.roles.add(m.role);
    schoolRoles.set(m.school.id, entry);
  }
  return (
    <PageLayout title="Home">
      <PageHeading caption={me.memberships.map((m) => ROLE_NAMES[m.role] ?? m.role).join(', ')}>{me.displayName}</PageHeading>
      {schools.length > 0 && schoolRoles.size === 0 && (
        <>
          <h2 className="govuk-heading-m">Your school</h2>
          <ul className="govuk-list">
            {schools.map((m) => (
              <li key={m.id}>
                <Link className="govuk-link" to={`/schools/${m.school!.id}`}>{m.school!.name}</Link> (URN {m.school!.urn})
              </li>
            ))}
          </ul>
        </>
      )}
      {[...schoolRoles.entries()].map(([schoolId, s]) => (
        <section key={schoolId} aria-labelledby={`school-${schoolId}`}>
          <h2 className="govuk-heading-m" id={`school-${schoolId}`}>
            <Link className="govuk-link" to={`/schools/${schoolId}`}>{s.name}</Link>
            <span className="govuk-caption-m">{`URN ${s.urn}`}</span>
          </h2>
          <dl className="govuk-summary-list">
            {[...s.roles].some((r) => GOVERNANCE_ROLES.includes(r)) && <SchoolGovernanceStatus schoolId={schoolId} />}
            <SchoolPreventStatus schoolId={schoolId} />
            <SchoolPressure schoolId={schoolId} />
            {s.roles.has('DSL') && <DslWork />}
          </dl>
        </section>
      ))}
      {(roles.has('LA_OFFICER') || roles.has('LA_MANAGER')) && (
        <section aria-labelledby="council-work">
          <h2 className="govuk-heading-m" id="council-work">Your council’s work</h2>
          <CouncilWork manager={roles.has('LA_MANAGER')} />
        </section>
      )}
      {roles.has('HMI') && (
        <section aria-labelledby="inspection-work">
          <h2 className="govuk-heading-m" id="inspection-work">Inspection</h2>
          <InspectorWork />
        </section>
      )}
      {roles.has('ADMIN') && (
        <section aria-labelledby="admin-work">
          <h2 className="govuk-heading-m" id="admin-work">Administration</h2>
          <AdminWork />
        </section>
      )}
      {messaging && <MessagingSummary />}
    </PageLayout>
  );
}

function MessagingSummary() {
  const conversations = useQuery(MY_CONVERSATIONS);
  const networks = useQuery(MY_NETWORKS);
  const list = conversations.data?.conversations.edges.map((e) => e.node) ?? [];
  useLiveRefetch(list, conversations.refetch);
  const unread = list.reduce((sum, c) => sum + c.unreadCount, 0);
  const mine = networks.data?.networks.edges.map((e) => e.node).filter((n) => n.myMembership?.status === 'ACTIVE') ?? [];
  return (
    <>
      <h2 className="govuk-heading-m">Messages</h2>
      <p className="govuk-body" data-testid="unread-summary">
        {conversations.data ? (
          <Link className="govuk-link" to="/messages">
            {unread === 0 ? 'No unread messages' : `${unread} unread ${unread === 1 ? 'message' : 'messages'}`}
          </Link>
        ) : (
          'Loading…'
        )}
      </p>
      <h2 className="govuk-heading-m">Your networks</h2>
      {networks.data && !mine.length && <p className="govuk-body">You are not in a network yet.</p>}
      <ul className="govuk-list govuk-list--bullet">
        {mine.map((n) => (
          <li key={n.id}>
            <Link className="govuk-link" to={`/networks/${n.id}`}>
              {n.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
