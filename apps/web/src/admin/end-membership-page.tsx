import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { refusalOf } from '../register/register-form';
import { organisationName, ROLE_LABELS } from './admin-labels';
import { londonToday, membershipState } from './admin-logic';
import { ADMIN_USER, END_MEMBERSHIP } from './admin-queries';

/** Asks before ending a membership: the person loses that role's access at once. */
export function EndMembershipPage() {
  const { userId = '', membershipId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(ADMIN_USER, { variables: { id: userId }, fetchPolicy: 'network-only' });
  const [end, { loading }] = useMutation(END_MEMBERSHIP);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const user = data?.user;
  const membership = user?.membershipHistory.find((m) => m.id === membershipId);
  if (user && (!membership || membershipState(membership, londonToday()) === 'ENDED')) return <NoAccessPage />;
  const label = membership ? `${ROLE_LABELS[membership.role]}, ${organisationName(membership)}` : '';

  async function confirm() {
    try {
      await end({ variables: { membershipId } });
      void navigate(`/admin/users/${userId}`, { state: { confirmation: `${user!.displayName} is no longer ${label}` } });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'end-membership')]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: End membership' : 'End membership'}>
      <Link className="govuk-back-link" to={`/admin/users/${userId}`}>Back to {user?.displayName ?? 'the user'}</Link>
      <ErrorSummary errors={errors} />
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {user && membership && (
        <>
          <PageHeading caption={user.displayName}>Are you sure you want to end this membership?</PageHeading>
          <p className="govuk-body">{user.displayName} ({user.email}) will no longer be <strong>{label}</strong>.</p>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Their access through this role stops at once. To give it back, invite them again.
            </strong>
          </div>
          <div className="govuk-button-group">
            <button type="button" id="end-membership" className="govuk-button govuk-button--warning" disabled={loading} onClick={() => void confirm()}>
              End membership
            </button>
            <Link className="govuk-link" to={`/admin/users/${userId}`}>Cancel</Link>
          </div>
        </>
      )}
    </PageLayout>
  );
}
