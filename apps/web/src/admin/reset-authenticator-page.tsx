import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { ErrorSummary, FieldErrorMessage, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { refusalOf } from '../register/register-form';
import { ADMIN_USER, RESET_SECOND_FACTOR } from './admin-queries';

/** The api keeps the reason in the audit trail; it asks for at least this much. */
const REASON_MIN = 10;

/**
 * For someone who lost their phone and recovery codes: their authenticator is forgotten and every
 * session ends, so their next sign-in sets up a new one. Asks why, and how their identity was checked.
 */
export function ResetAuthenticatorPage() {
  const { userId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(ADMIN_USER, { variables: { id: userId }, fetchPolicy: 'network-only' });
  const [reset, { loading }] = useMutation(RESET_SECOND_FACTOR);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const user = data?.user;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < REASON_MIN) {
      setErrors([{ field: 'reason', message: 'Say why, and how you confirmed who asked (at least 10 characters)' }]);
      return;
    }
    try {
      await reset({ variables: { input: { userId, reason: reason.trim() } } });
      void navigate(`/admin/users/${userId}`, {
        state: { confirmation: `${user!.displayName}’s authenticator was reset. They set up a new one when they next sign in.` },
      });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'reason', ['reason'])]);
    }
  }

  const reasonError = errors.find((e) => e.field === 'reason')?.message;
  return (
    <PageLayout title={errors.length ? 'Error: Reset authenticator' : 'Reset authenticator'}>
      <Link className="govuk-back-link" to={`/admin/users/${userId}`}>Back to {user?.displayName ?? 'the user'}</Link>
      <ErrorSummary errors={errors} />
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {user && (
        <>
          <PageHeading caption={user.displayName}>Reset their authenticator app</PageHeading>
          <p className="govuk-body">
            Do this only for {user.displayName} ({user.email}) when they have lost both their authenticator app and their
            recovery codes, and you have confirmed it is them: for example by calling them on a number you already hold.
          </p>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              They are signed out everywhere at once and sent an e-mail. Their password stays the same.
            </strong>
          </div>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <div className={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor="reason">
                Why, and how you confirmed who asked
              </label>
              <div id="reason-hint" className="govuk-hint">Kept in the audit trail</div>
              <FieldErrorMessage id="reason" error={reasonError} />
              <textarea
                className={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`}
                id="reason"
                name="reason"
                rows={3}
                maxLength={500}
                value={reason}
                aria-describedby={reasonError ? 'reason-hint reason-error' : 'reason-hint'}
                onChange={(event) => setReason(event.target.value)}
              />
            </div>
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button govuk-button--warning" disabled={loading}>
                Reset authenticator
              </button>
              <Link className="govuk-link" to={`/admin/users/${userId}`}>Cancel</Link>
            </div>
          </form>
        </>
      )}
    </PageLayout>
  );
}
