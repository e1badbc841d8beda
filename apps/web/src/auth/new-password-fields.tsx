import { FieldErrorMessage, type FieldError } from '../layout/error-summary';
import { PASSWORD_LENGTH } from './new-password-form';

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
