import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary, FieldErrorMessage, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { RequestRefused, requestPasswordReset, resetPassword } from './auth-requests';
import { NewPasswordFields, useNewPassword } from './new-password-fields';
import { newPasswordRefusal } from './new-password-form';
import { checkSignInForm } from './sign-in-form';

/** "Forgot your password?": without a token, ask for the link by e-mail; with one, choose a new password. */
export function PasswordResetPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token ? <ChooseNewPassword token={token} /> : <AskForResetLink />;
}

function AskForResetLink() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The sign-in form's e-mail check, without its password rule.
    const found = checkSignInForm(email, 'x');
    setErrors(found);
    if (found.length) return;
    setSending(true);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (error) {
      setErrors([{ field: 'email', message: error instanceof RequestRefused ? error.message : 'Sorry, we could not send the e-mail. Try again later' }]);
    } finally {
      setSending(false);
    }
  };

  if (sent) {
    return (
      <PageLayout title="Check your e-mail">
        <PageHeading>Check your e-mail</PageHeading>
        <p className="govuk-body">
          If <strong>{email.trim()}</strong> belongs to an account, we have sent it a link to choose a new password. The link works once, for an hour.
        </p>
        <p className="govuk-body">You will still need your authenticator app to sign in.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Back to sign in
          </Link>
        </p>
      </PageLayout>
    );
  }
  const error = errors.find((e) => e.field === 'email')?.message;
  return (
    <PageLayout title={errors.length ? 'Error: Reset your password' : 'Reset your password'}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading>Reset your password</PageHeading>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label" htmlFor="email">
                Email address
              </label>
              <div id="email-hint" className="govuk-hint">
                We will send a link to choose a new password
              </div>
              <FieldErrorMessage id="email" error={error} />
              <input
                className={`govuk-input${error ? ' govuk-input--error' : ''}`}
                id="email"
                name="email"
                type="email"
                autoComplete="username"
                spellCheck={false}
                value={email}
                aria-describedby={error ? 'email-hint email-error' : 'email-hint'}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sending}>
              Send the link
            </button>
          </form>
        </div>
      </div>
    </PageLayout>
  );
}

function ChooseNewPassword({ token }: { token: string }) {
  const { password, confirmation, errors, setErrors, change, ready } = useNewPassword();
  const [done, setDone] = useState(false);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready()) return;
    setSending(true);
    try {
      await resetPassword(token, password);
      setDone(true);
    } catch (error) {
      setErrors([error instanceof RequestRefused ? newPasswordRefusal(error.field, error.message) : newPasswordRefusal(undefined, '')]);
    } finally {
      setSending(false);
    }
  };

  if (done) {
    return (
      <PageLayout title="Your password has been changed">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title" tabIndex={-1}>
            Your password has been changed
          </h1>
          <div className="govuk-panel__body">You were signed out everywhere</div>
        </div>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in with your new password
          </Link>
        </p>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={errors.length ? 'Error: Choose a new password' : 'Choose a new password'}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading>Choose a new password</PageHeading>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <NewPasswordFields password={password} confirmation={confirmation} errors={errors} onChange={change} />
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sending}>
              Change password
            </button>
          </form>
        </div>
      </div>
    </PageLayout>
  );
}
