import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { ROLE_LABELS, STATUS_LABELS } from './admin-labels';
import { ADMIN_USERS } from './admin-queries';
import { useIsAdmin } from './require-admin';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

/** Everyone with an account (invited ones too), with the roles they hold today; searchable by name or e-mail. */
export function UsersPage() {
  const [params] = useSearchParams();
  const search = params.get('search') ?? '';
  const after = params.get('after') ?? undefined;
  const [typed, setTyped] = useState(search);
  const navigate = useNavigate();
  const confirmation = (useLocation().state as { confirmation?: string } | null)?.confirmation;
  const isAdmin = useIsAdmin();
  const { data, error } = useQuery(ADMIN_USERS, { variables: { search: search || undefined, after }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return <NoAccessPage />;
  const users = data?.users;

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(typed.trim() ? `/admin?search=${encodeURIComponent(typed.trim())}` : '/admin');
  }

  return (
    <PageLayout title="Users">
      {confirmation && (
        <SuccessBanner id="invite-done" message={confirmation} />
      )}
      <PageHeading caption="Administration">Users</PageHeading>
      <p className="govuk-body">
        <Link className="govuk-button govuk-!-margin-right-2" to="/admin/invite">Invite a user</Link>
      </p>
      <ul className="govuk-list">
        <li><Link className="govuk-link" to="/admin/invitations">Invitations not yet accepted</Link></li>
        {isAdmin && (
          <>
            <li><Link className="govuk-link" to="/admin/organisations">Organisations</Link></li>
            <li><Link className="govuk-link" to="/admin/gias-imports">GIAS imports</Link></li>
            <li><Link className="govuk-link" to="/admin/hmi-assignments">HMI assignments</Link></li>
          </>
        )}
      </ul>
      <form onSubmit={submit} role="search" aria-label="Users">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="search">Search by name or email address</label>
          <input className="govuk-input govuk-input--width-20 govuk-!-margin-right-2" id="search" name="search" type="search"
            value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Search</button>
        </div>
      </form>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {users && (
        <>
          <p className="govuk-body" role="status">
            {users.totalCount ?? users.edges.length} {(users.totalCount ?? users.edges.length) === 1 ? 'user' : 'users'}
            {search && ` matching “${search}”`}
          </p>
          <TableScroll label="Users">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Users</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Name</th>
                <th scope="col" className="govuk-table__header">Email address</th>
                <th scope="col" className="govuk-table__header">Status</th>
                <th scope="col" className="govuk-table__header">Roles today</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {users.edges.map(({ node: user }) => (
                <tr className="govuk-table__row" key={user.id}>
                  <th scope="row" className="govuk-table__header"><Link className="govuk-link" to={`/admin/users/${user.id}`}>{user.displayName}</Link></th>
                  <td className="govuk-table__cell">{user.email}</td>
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag ${STATUS_LABELS[user.status].tag}`}>{STATUS_LABELS[user.status].text}</strong>
                  </td>
                  <td className="govuk-table__cell">
                    {user.memberships.length === 0 ? (
                      'None yet'
                    ) : (
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        {user.memberships.map((m) => (
                          <li key={m.id}>
                            {ROLE_LABELS[m.role]}
                            {(m.school ?? m.localAuthority) && `, ${(m.school ?? m.localAuthority)!.name}`}
                            {m.endsOn && ` (until ${m.endsOn})`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
          {users.pageInfo.hasNextPage && users.pageInfo.endCursor && (
            <nav className="govuk-pagination" aria-label="Pages of users">
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" rel="next"
                  to={`/admin?${new URLSearchParams({ ...(search ? { search } : {}), after: users.pageInfo.endCursor }).toString()}`}>
                  <span className="govuk-pagination__link-title">Next page of users</span>
                </Link>
              </div>
            </nav>
          )}
        </>
      )}
    </PageLayout>
  );
}
