import { useQuery } from '@apollo/client/react';

import { londonToday as today } from '../layout/london-time';
import { formatDate } from '../register/register-labels';
import { countOnly, countText, numberText, totalOverdue } from './home-summary';
import { HOME_ADMIN, HOME_CLOSURES, HOME_COUNCIL, HOME_HMI } from './home-queries';
import { StatusRow } from './school-work';


/** An officer's (and a manager's) queues: the front door, the register, pressure reports and returns. */
export function CouncilWork({ manager }: { manager: boolean }) {
  const { data, error } = useQuery(HOME_COUNCIL, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <p className="govuk-body">Your council’s figures are not available just now.</p>;
  if (!data) return <p className="govuk-body" role="status">Loading…</p>;
  const f = data.frontDoorDashboard;
  const overdue = totalOverdue(data.registerDashboard.overdue);
  const r = data.safeguardingReturns;
  return (
    <>
      <dl className="govuk-summary-list">
        <StatusRow name="Front door" link={{ to: '/front-door', text: 'Open the queue', hidden: 'of the front door' }}>
          <span data-testid="home-front-door">
            {`${numberText(f.waiting, 'concern')} waiting for a decision, ${f.waitingOverdue} overdue`}
            {f.waitingImmediateRisk > 0 && <> <strong className="govuk-tag govuk-tag--red">{`${f.waitingImmediateRisk} immediate risk`}</strong></>}
          </span>
        </StatusRow>
        <StatusRow name="Register" link={{ to: '/register?overdue=yes', text: 'Overdue items', hidden: 'on the register' }}>
          <span data-testid="home-register-overdue">{overdue === 0 ? 'Nothing overdue' : `${numberText(overdue, 'entry', 'entries')} with a deadline passed`}</span>
        </StatusRow>
        <StatusRow name="Pressure reports to acknowledge" link={{ to: '/pressure', text: 'See reports', hidden: 'of intimidation and pressure' }}>
          <span data-testid="home-pressure-to-acknowledge">
            {`${countOnly(data.toAcknowledge)} waiting to be acknowledged, ${countOnly(data.acknowledgementOverdue)} past the deadline`}
          </span>
        </StatusRow>
        <StatusRow name={`Safeguarding returns, ${r.termLabel}`} link={{ to: '/governance/returns', text: 'See returns', hidden: 'for this term' }}>
          {`${r.returned} of ${r.schoolCount} schools returned, ${r.missing} missing`}
        </StatusRow>
        {manager && <ManagerQueues signOff={f.awaitingSignOff} signOffOverdue={f.signOffOverdue} />}
      </dl>
    </>
  );
}

/** A manager's sign-off queues: decisions and CME closures waiting for a second pair of eyes. */
function ManagerQueues({ signOff, signOffOverdue }: { signOff: number; signOffOverdue: number }) {
  const { data } = useQuery(HOME_CLOSURES, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <StatusRow name="Decisions to sign off" link={{ to: '/sign-off', text: 'Sign-off queue', hidden: 'for decisions' }}>
        <span data-testid="home-sign-off">{`${numberText(signOff, 'decision')} awaiting sign-off, ${signOffOverdue} overdue`}</span>
      </StatusRow>
      <StatusRow name="Closures to sign off" link={{ to: '/register?status=AWAITING_SIGN_OFF', text: 'See closures', hidden: 'awaiting sign-off' }}>
        {countText(data?.registerEntries, 'closure')}
      </StatusRow>
    </>
  );
}

/** An inspector's starting point: the authority assigned, its dashboard and the termly report. */
export function InspectorWork() {
  const { data, error } = useQuery(HOME_HMI, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <p className="govuk-body">Your assignments are not available just now.</p>;
  if (!data) return <p className="govuk-body" role="status">Loading…</p>;
  const names = new Map(data.localAuthorities.map((la) => [la.id, la.name]));
  const now = today();
  const current = data.hmiAssignments.filter((a) => a.startsOn <= now && a.endsOn >= now);
  const latest = data.termlyReports[0];
  return (
    <dl className="govuk-summary-list">
      <StatusRow name="Assigned authority" link={{ to: '/inspection', text: 'Dashboard', hidden: 'of the assigned authority' }}>
        <span data-testid="home-assignment">
          {current.length
            ? current.map((a) => `${names.get(a.localAuthorityId) ?? 'An authority'} until ${formatDate(a.endsOn)}`).join('; ')
            : 'No current assignment'}
        </span>
      </StatusRow>
      <StatusRow name="Termly report" link={latest ? { to: `/inspection/reports/${latest.id}`, text: 'Open the report', hidden: latest.termLabel } : { to: '/inspection', text: 'Build one' }}>
        {latest ? (
          <>
            {`${latest.termLabel} (version ${latest.version}) `}
            <strong className={`govuk-tag ${latest.status === 'SUBMITTED' ? 'govuk-tag--green' : 'govuk-tag--yellow'}`}>
              {latest.status === 'SUBMITTED' ? `Submitted ${formatDate(latest.submittedAt)}` : 'Draft'}
            </strong>
          </>
        ) : (
          'No report built yet'
        )}
      </StatusRow>
      <StatusRow name="Safeguarding returns" link={{ to: '/governance/returns', text: 'See returns', hidden: 'for this term' }}>
        The schools’ termly returns and their figures.
      </StatusRow>
    </dl>
  );
}

/** An administrator's starting point: accounts and HMI assignments. */
export function AdminWork() {
  const { data } = useQuery(HOME_ADMIN, { fetchPolicy: 'cache-and-network' });
  const users = data?.users;
  const invited = users?.edges.filter((e) => e.node.status === 'INVITED').length ?? 0;
  const now = today();
  const current = data?.hmiAssignments.filter((a) => a.startsOn <= now && a.endsOn >= now).length ?? 0;
  return (
    <dl className="govuk-summary-list">
      <StatusRow name="Accounts" link={{ to: '/admin', text: 'Users and invitations' }}>
        <span data-testid="home-users">{users ? `${countText(users, 'account')}, ${invited} invited and not yet signed in` : 'Loading…'}</span>
      </StatusRow>
      <StatusRow name="HMI assignments" link={{ to: '/admin/hmi-assignments', text: 'Assign inspectors' }}>
        {data ? `${numberText(current, 'assignment')} in force today, ${data.hmiAssignments.length} in all` : 'Loading…'}
      </StatusRow>
      <StatusRow name="Invite someone" link={{ to: '/admin/invite', text: 'Send an invitation' }}>
        A new headteacher, DSL, officer or inspector.
      </StatusRow>
    </dl>
  );
}

