import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { formatDateTime } from '../concerns/concern-labels';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { refusalOf } from '../register/register-form';
import { organisationName, ROLE_LABELS } from './admin-labels';
import { PENDING_INVITATIONS, RESEND_INVITATION, WITHDRAW_INVITATION } from './admin-queries';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

/** Invitations not yet accepted: sent again with a new link, or withdrawn after a confirmation. */
export function InvitationsPage() {
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const { data, error, refetch } = useQuery(PENDING_INVITATIONS, { variables: { after }, fetchPolicy: 'network-only' });
  const [resend, resending] = useMutation(RESEND_INVITATION);
  const [withdraw, withdrawing] = useMutation(WITHDRAW_INVITATION);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (errorCode(error) === 'FORBIDDEN') return <NoAccessPage />;
  const invitations = data?.invitations;

  async function act(kind: 'resend' | 'withdraw', id: string, email: string) {
    setErrors([]);
    setConfirmation('');
    try {
      if (kind === 'resend') await resend({ variables: { invitationId: id } });
      else await withdraw({ variables: { invitationId: id } });
      setConfirming(null);
      setConfirmation(kind === 'resend' ? `Invitation sent again to ${email}` : `Invitation to ${email} withdrawn`);
      await refetch();
    } catch (refusal) {
      setErrors([refusalOf(refusal, `${kind}-${id}`)]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Invitations' : 'Invitations'}>
      <Link className="govuk-back-link" to="/admin">Back to users</Link>
      <ErrorSummary errors={errors} />
      {confirmation && <SuccessBanner id="invitation-done" message={confirmation} />}
      <PageHeading caption="Administration">Invitations not yet accepted</PageHeading>
      <p className="govuk-body"><Link className="govuk-link" to="/admin/invite">Invite a user</Link></p>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {invitations && (invitations.edges.length === 0 ? (
        <p className="govuk-body">Every invitation has been accepted or withdrawn.</p>
      ) : (
        <TableScroll label="Invitations not yet accepted">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Invitations not yet accepted</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Invited</th>
              <th scope="col" className="govuk-table__header">Role</th>
              <th scope="col" className="govuk-table__header">Link</th>
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {invitations.edges.map(({ node: i }) => (
              <tr className="govuk-table__row" key={i.id}>
                <th scope="row" className="govuk-table__header">
                  {i.displayName}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{i.email}</span>
                </th>
                <td className="govuk-table__cell">{ROLE_LABELS[i.role]}, {organisationName(i)}</td>
                <td className="govuk-table__cell">
                  {i.expired ? (
                    <strong className="govuk-tag govuk-tag--grey">Expired</strong>
                  ) : (
                    <strong className="govuk-tag govuk-tag--blue">Waiting</strong>
                  )}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                    Sent {formatDateTime(i.createdAt)}; {i.expired ? 'expired' : 'expires'} {formatDateTime(i.expiresAt)}
                  </span>
                </td>
                <td className="govuk-table__cell">
                  {confirming === i.id ? (
                    <div className="govuk-button-group govuk-!-margin-bottom-0">
                      <button type="button" id={`withdraw-${i.id}`} className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" disabled={withdrawing.loading}
                        onClick={() => void act('withdraw', i.id, i.email)}>
                        Yes, withdraw<span className="govuk-visually-hidden"> the invitation to {i.email}</span>
                      </button>
                      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setConfirming(null)}>
                        Keep it<span className="govuk-visually-hidden"> (invitation to {i.email})</span>
                      </button>
                    </div>
                  ) : (
                    <div className="govuk-button-group govuk-!-margin-bottom-0">
                      <button type="button" id={`resend-${i.id}`} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={resending.loading}
                        onClick={() => void act('resend', i.id, i.email)}>
                        Send again<span className="govuk-visually-hidden"> to {i.email}</span>
                      </button>
                      <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={() => setConfirming(i.id)}>
                        Withdraw<span className="govuk-visually-hidden"> the invitation to {i.email}</span>
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      ))}
      {invitations?.pageInfo.hasNextPage && invitations.pageInfo.endCursor && (
        <nav className="govuk-pagination" aria-label="Pages of invitations">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next" to={`/admin/invitations?after=${encodeURIComponent(invitations.pageInfo.endCursor)}`}>
              <span className="govuk-pagination__link-title">Next page</span>
            </Link>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}
