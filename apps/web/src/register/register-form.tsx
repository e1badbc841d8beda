import { CombinedGraphQLErrors } from '@apollo/client';
import type { ReactNode } from 'react';
import type { FieldError } from '../layout/error-summary';
import { FieldErrorMessage } from '../layout/error-summary';

/**
 * The api's refusal as the error summary shows it: its first message, linked to the field it names
 * (`extensions.field`, the input's name, which is also the field's id here), else to `fallback`.
 */
export function refusalOf(error: unknown, fallback: string, known: string[] = []): FieldError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const named = (first?.extensions?.field as string | undefined)?.split('.').pop();
    return { field: named && known.includes(named) ? named : fallback, message: first?.message ?? 'The change was not saved' };
  }
  return { field: fallback, message: 'Sorry, there is a problem with the service. Try again later.' };
}

export const errorFor = (errors: FieldError[], field: string) => errors.find((e) => e.field === field)?.message;

/** A form group that shows its error in the GOV.UK way. */
export function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>;
}

interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate = (): DateParts => ({ day: '', month: '', year: '' });

export function todayParts(): DateParts {
  const [year, month, day] = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' }).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** YYYY-MM-DD, or null when the parts are not a real date. */
export function isoDate(parts: DateParts): string | null {
  const [d, m, y] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y) || y < 1900 || y > 2999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** The GOV.UK date input: day, month and year. The day's field carries the id, for the summary's link. */
export function DateInput({ id, legend, hint, value, onChange, error }: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const part = (name: keyof DateParts, text: string, width: string, inputId: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
          {text}
        </label>
        <input
          className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
          id={inputId}
          name={`${id}-${name}`}
          type="text"
          inputMode="numeric"
          value={value[name]}
          onChange={(event) => onChange({ ...value, [name]: event.target.value })}
        />
      </div>
    </div>
  );
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <FieldErrorMessage id={id} error={error} />
        <div className="govuk-date-input">
          {part('day', 'Day', 'govuk-input--width-2', id)}
          {part('month', 'Month', 'govuk-input--width-2', `${id}-month`)}
          {part('year', 'Year', 'govuk-input--width-4', `${id}-year`)}
        </div>
      </fieldset>
    </FormGroup>
  );
}

/** A textarea with its label, hint and error. */
export function TextArea({ id, label, hint, value, onChange, error, rows = 5 }: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  rows?: number;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={error}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      <FieldErrorMessage id={id} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormGroup>
  );
}

/** Radios from a code → label map; the first radio carries the id, for the summary's link. */
export function Radios({ id, legend, hint, options, value, onChange, error, small }: {
  id: string;
  legend: string;
  hint?: string;
  options: Record<string, string>;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  small?: boolean;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <FieldErrorMessage id={id} error={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}`}>
          {Object.entries(options).map(([code, text], index) => {
            const inputId = index === 0 ? id : `${id}-${code}`;
            return (
              <div className="govuk-radios__item" key={code}>
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={id}
                  type="radio"
                  value={code}
                  checked={value === code}
                  onChange={() => onChange(code)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
