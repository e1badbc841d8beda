import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { RequestRefused, signIn, startEnrolment, type TotpEnrolment, verifySignInCode } from './auth-requests';
import { SecurityCodeForm } from './security-code-form';
import type { SessionEndReason } from './session';
import { useSession } from './session-context';
import { sessionStore } from './session-store';
import { checkCodeForm, checkSignInForm, codeRefusal, signInRefusal } from './sign-in-form';

const ENDED: Record<SessionEndReason, string> = {
  'signed-out': 'You have signed out.',
  'timed-out': 'You were signed out because you had not done anything for a while. Sign in again to continue.',
  ended: 'Your session has ended. Sign in again to continue.',
};

/** The password step's outcome: the challenge the code is for, and the app to set up if there is none yet. */
interface Challenge {
  token: string;
  enrolment: TotpEnrolment | null;
}

/**
 * E-mail and password, then the security code from the authenticator app (set up here on a first
 * sign-in); what was typed stays when the server refuses it.
 */
export function SignInPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const state = (location.state ?? {}) as { reason?: SessionEndReason; returnTo?: string };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const [challenge, setChallenge] = useState<Challenge | null>(null);

  if (session) return <Navigate to={state.returnTo ?? '/'} replace />;

  const finish = () =>
    void navigate(state.returnTo && state.returnTo !== '/sign-in' ? state.returnTo : '/', { replace: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkSignInForm(email, password);
    setErrors(found);
    if (found.length) return;
    setSending(true);
    try {
      const first = await signIn(email.trim(), password);
      const enrolment = first.enrolmentRequired ? await startEnrolment(first.challengeToken) : null;
      setChallenge({ token: first.challengeToken, enrolment });
    } catch (error) {
      setErrors([
        error instanceof RequestRefused ? signInRefusal(error.reason) : { field: 'email', message: 'Sorry, we could not sign you in. Try again later' },
      ]);
    } finally {
      setPassword('');
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
      finish();
    } catch (error) {
      const refusal = error instanceof RequestRefused ? codeRefusal(error.reason) : { field: 'code', message: 'Sorry, we could not sign you in. Try again later' };
      // An expired or locked sign-in starts again from the password.
      if (refusal.field === 'email') setChallenge(null);
      setErrors([refusal]);
    } finally {
      setSending(false);
    }
  };

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <PageLayout title={errors.length ? 'Error: Sign in' : 'Sign in'}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {state.reason && !errors.length && (
            <div className="govuk-notification-banner" role="region" aria-labelledby="ended-title">
              <div className="govuk-notification-banner__header">
                <h2 className="govuk-notification-banner__title" id="ended-title">
                  Important
                </h2>
              </div>
              <div className="govuk-notification-banner__content">
                <p className="govuk-notification-banner__heading">{ENDED[state.reason]}</p>
              </div>
            </div>
          )}
          <ErrorSummary errors={errors} />
          <PageHeading>Sign in to Safeguard Hub</PageHeading>
          {challenge ? (
            <SecurityCodeForm
              enrolment={challenge.enrolment}
              error={errorFor('code')}
              sending={sending}
              onSubmit={(code) => void submitCode(code)}
            />
          ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <div className={`govuk-form-group${errorFor('email') ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label" htmlFor="email">
                Email address
              </label>
              <FieldErrorMessage id="email" error={errorFor('email')} />
              <input
                className={`govuk-input${errorFor('email') ? ' govuk-input--error' : ''}`}
                id="email"
                name="email"
                type="email"
                autoComplete="username"
                spellCheck={false}
                value={email}
                aria-describedby={errorFor('email') ? 'email-error' : undefined}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
            <div className={`govuk-form-group${errorFor('password') ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label" htmlFor="password">
                Password
              </label>
              <FieldErrorMessage id="password" error={errorFor('password')} />
              <input
                className={`govuk-input${errorFor('password') ? ' govuk-input--error' : ''}`}
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                aria-describedby={errorFor('password') ? 'password-error' : undefined}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sending}>
              Sign in
            </button>
            <p className="govuk-body">
              <Link className="govuk-link" to="/password-reset">
                Forgot your password?
              </Link>
            </p>
          </form>
          )}
        </div>
      </div>
    </PageLayout>
  );
}
