import { type FormEvent, useState } from 'react';
import { FieldErrorMessage } from '../layout/error-summary';
import type { TotpEnrolment } from './auth-requests';

interface Props {
  /** Set when the account is setting up its authenticator app in this sign-in. */
  enrolment: TotpEnrolment | null;
  error: string | undefined;
  sending: boolean;
  onSubmit(code: string): void;
}

/**
 * The second step: the code from the authenticator app. A first sign-in shows the QR code, the
 * setup key and the recovery codes above it; the first code from the app confirms the setup.
 */
export function SecurityCodeForm({ enrolment, error, sending, onSubmit }: Props) {
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(code);
    setCode('');
  };
  return (
    <>
      {enrolment && (
        <>
          <h2 className="govuk-heading-m">Set up your authenticator app</h2>
          <p className="govuk-body">
            Every account needs an authenticator app. Scan this QR code with the app, or enter the setup key.
          </p>
          <img src={enrolment.qrCodeDataUrl} alt="QR code to scan with your authenticator app" width={240} height={240} />
          <p className="govuk-body">
            Setup key: <code className="app-setup-key">{enrolment.secret}</code>
          </p>
          <h2 className="govuk-heading-m">Your recovery codes</h2>
          <p className="govuk-body">
            Keep these somewhere safe. Each one signs you in once if you lose your app. They are shown only now.
          </p>
          <ul className="govuk-list" aria-label="Recovery codes">
            {enrolment.recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={submit} noValidate>
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="code">
            Security code
          </label>
          <div id="code-hint" className="govuk-hint">
            The 6-digit code your authenticator app shows now, or one of your recovery codes
          </div>
          <FieldErrorMessage id="code" error={error} />
          <input
            className={`govuk-input govuk-input--width-10${error ? ' govuk-input--error' : ''}`}
            id="code"
            name="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            aria-describedby={error ? 'code-hint code-error' : 'code-hint'}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={sending}>
          Continue
        </button>
      </form>
    </>
  );
}
