import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { organisationName, ROLE_LABELS, STATUS_LABELS } from './admin-labels';
import { londonToday, MEMBERSHIP_STATE_LABELS, membershipState, periodText } from './admin-logic';
import { ADMIN_USER } from './admin-queries';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

/** One account: who they are and every role they hold, held or will hold, with a way to end one. */
export function UserPage() {
  const { userId = '' } = useParams();
  const me = useMe();
  const confirmation = (useLocation().state as { confirmation?: string } | null)?.confirmation;
  const { data, error } = useQuery(ADMIN_USER, { variables: { id: userId }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const user = data?.user;
  const today = londonToday();
  return (
    <PageLayout title={user?.displayName ?? 'User'}>
      <Link className="govuk-back-link" to="/admin">Back to users</Link>
      {confirmation && <SuccessBanner id="ended" message={confirmation} />}
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {user && (
        <>
          <PageHeading caption="Administration">{user.displayName}</PageHeading>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Email address</dt>
              <dd className="govuk-summary-list__value">{user.email}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Account</dt>
              <dd className="govuk-summary-list__value">
                <strong className={`govuk-tag ${STATUS_LABELS[user.status].tag}`}>{STATUS_LABELS[user.status].text}</strong>
              </dd>
            </div>
          </dl>
          {user.status === 'ACTIVE' && user.id !== me.id && (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/admin/users/${user.id}/reset-authenticator`}>
                Reset their authenticator app<span className="govuk-visually-hidden">: {user.displayName}</span>
              </Link>{' '}
              (if they have lost it and their recovery codes)
            </p>
          )}
          <h2 className="govuk-heading-m">Memberships</h2>
          {user.membershipHistory.length === 0 ? (
            <p className="govuk-body">No memberships yet: an invited person has one once they accept.</p>
          ) : (
            <TableScroll label="Memberships">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Memberships</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Role</th>
                  <th scope="col" className="govuk-table__header">Organisation</th>
                  <th scope="col" className="govuk-table__header">Period</th>
                  <th scope="col" className="govuk-table__header">Status</th>
                  <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {user.membershipHistory.map((m) => {
                  const state = membershipState(m, today);
                  const label = `${ROLE_LABELS[m.role]}, ${organisationName(m)}`;
                  return (
                    <tr className="govuk-table__row" key={m.id}>
                      <th scope="row" className="govuk-table__header">{ROLE_LABELS[m.role]}{m.unqualified && ' (unqualified)'}</th>
                      <td className="govuk-table__cell">{organisationName(m)}</td>
                      <td className="govuk-table__cell">{periodText(m.startsOn, m.endsOn) || 'No end date'}</td>
                      <td className="govuk-table__cell">
                        <strong className={`govuk-tag ${MEMBERSHIP_STATE_LABELS[state].tag}`}>{MEMBERSHIP_STATE_LABELS[state].text}</strong>
                      </td>
                      <td className="govuk-table__cell">
                        {state !== 'ENDED' && (
                          <Link className="govuk-link" to={`/admin/users/${user.id}/memberships/${m.id}/end`}>
                            End<span className="govuk-visually-hidden"> membership: {label}</span>
                          </Link>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            </TableScroll>
          )}
        </>
      )}
    </PageLayout>
  );
}
