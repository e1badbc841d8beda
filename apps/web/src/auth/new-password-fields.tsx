import { useState } from 'react';
import { FieldErrorMessage, type FieldError } from '../layout/error-summary';
import { checkNewPassword, PASSWORD_LENGTH } from './new-password-form';

/**
 * A new password and its confirmation as a form holds them: checked on submit, then again as the
 * person types, so a message goes as soon as it is put right.
 */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const change = (nextPassword: string, nextConfirmation: string) => {
    setPassword(nextPassword);
    setConfirmation(nextConfirmation);
    if (attempted) setErrors(checkNewPassword(nextPassword, nextConfirmation));
  };

  /** On submit: shows what is wrong, and says whether the password may be sent. */
  const ready = (): boolean => {
    setAttempted(true);
    const found = checkNewPassword(password, confirmation);
    setErrors(found);
    return found.length === 0;
  };

  return { password, confirmation, errors, setErrors, change, ready };
}

interface Props {
  password: string;
  confirmation: string;
  errors: FieldError[];
  onChange(password: string, confirmation: string): void;
}

/** A new password twice, with the rules in the hint (used by accepting an invitation and by a reset). */
export function NewPasswordFields({ password, confirmation, errors, onChange }: Props) {
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const field = (id: 'password' | 'confirmation', label: string, value: string, hint?: string) => (
    <div className={`govuk-form-group${errorFor(id) ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <FieldErrorMessage id={id} error={errorFor(id)} />
      <input
        className={`govuk-input govuk-!-width-two-thirds${errorFor(id) ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type="password"
        autoComplete="new-password"
        value={value}
        aria-describedby={[hint ? `${id}-hint` : '', errorFor(id) ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => (id === 'password' ? onChange(event.target.value, confirmation) : onChange(password, event.target.value))}
      />
    </div>
  );
  return (
    <>
      {field('password', 'Create a password', password, `At least ${PASSWORD_LENGTH.min} characters. A few unrelated words make a strong, memorable password. Common passwords are refused.`)}
      {field('confirmation', 'Confirm your password', confirmation)}
    </>
  );
}
