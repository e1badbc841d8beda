import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { acceptInvitation, RequestRefused, startEnrolment, type TotpEnrolment, verifySignInCode } from './auth-requests';
import { NewPasswordFields, useNewPassword } from './new-password-fields';
import { newPasswordRefusal } from './new-password-form';
import { SecurityCodeForm } from './security-code-form';
import { sessionStore } from './session-store';
import { checkCodeForm, codeRefusal } from './sign-in-form';

/**
 * The link in an invitation e-mail: the invited person chooses a password, sets up their
 * authenticator app (QR code and recovery codes) and is signed in. Someone who already has an
 * account enters their current password and adds the new role to it.
 */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';
  const { password, confirmation, errors, setErrors, change, ready } = useNewPassword();
  const [sending, setSending] = useState(false);
  const [challenge, setChallenge] = useState<{ token: string; enrolment: TotpEnrolment | null } | null>(null);

  if (!token) {
    return (
      <PageLayout title="This invitation link is incomplete">
        <PageHeading>This invitation link is incomplete</PageHeading>
        <p className="govuk-body">Open the link in your invitation e-mail again, or copy the whole address into your browser.</p>
      </PageLayout>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready()) return;
    setSending(true);
    try {
      const first = await acceptInvitation(token, password);
      const enrolment = first.enrolmentRequired ? await startEnrolment(first.challengeToken) : null;
      setChallenge({ token: first.challengeToken, enrolment });
      setErrors([]);
    } catch (error) {
      setErrors([error instanceof RequestRefused ? newPasswordRefusal(error.field, error.message) : newPasswordRefusal(undefined, '')]);
    } finally {
      setSending(false);
    }
  };

  const submitCode = async (code: string) => {
    const found = checkCodeForm(code);
    setErrors(found);
    if (found.length || !challenge) return;
    setSending(true);
    try {
      sessionStore.start(await verifySignInCode(challenge.token, code.trim()));
      void navigate('/', { replace: true });
    } catch (error) {
      const refusal = error instanceof RequestRefused ? codeRefusal(error.reason) : { field: 'code', message: 'Sorry, we could not sign you in. Try again later' };
      setErrors([refusal.field === 'email' ? { field: 'code', message: `${refusal.message}: sign in from the sign-in page` } : refusal]);
    } finally {
      setSending(false);
    }
  };

  return (
    <PageLayout title={errors.length ? 'Error: Set up your account' : 'Set up your account'}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading>Set up your account</PageHeading>
          {challenge ? (
            <SecurityCodeForm enrolment={challenge.enrolment} error={errors.find((e) => e.field === 'code')?.message} sending={sending} onSubmit={(code) => void submitCode(code)} />
          ) : (
            <form onSubmit={(event) => void submit(event)} noValidate>
              <p className="govuk-body">
                You have been invited to Safeguard Hub. Choose a password; next you will set up an authenticator app, which every account needs.
              </p>
              <p className="govuk-body">If you already have an account, enter your current password twice and the new role is added to it.</p>
              <NewPasswordFields password={password} confirmation={confirmation} errors={errors} onChange={change} />
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sending}>
                Continue
              </button>
            </form>
          )}
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              Sign in instead
            </Link>
          </p>
        </div>
      </div>
    </PageLayout>
  );
}
