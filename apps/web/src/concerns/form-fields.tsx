import type { ReactNode } from 'react';
import { FieldErrorMessage } from '../layout/error-summary';
import type { DateParts } from './concern-form';

/** GOV.UK form groups for the concern pages: a label, a hint, the error above the control. */
function Group({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>;
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(props: {
  id: string; label: string; value: string; onChange: (value: string) => void; hint?: string; error?: string; width?: string;
  autoComplete?: string;
}) {
  const { id, label, value, onChange, hint, error, width, autoComplete } = props;
  return (
    <Group error={error}>
      <label className="govuk-label" htmlFor={id}>{label}</label>
      {hint && <div id={`${id}-hint`} className="govuk-hint">{hint}</div>}
      <FieldErrorMessage id={id} error={error} />
      <input
        className={`govuk-input${width ? ` ${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id} name={id} type="text" value={value} autoComplete={autoComplete ?? 'off'}
        aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)}
      />
    </Group>
  );
}

export function TextArea(props: { id: string; label: string; value: string; onChange: (value: string) => void; hint?: string; error?: string; rows?: number }) {
  const { id, label, value, onChange, hint, error, rows = 5 } = props;
  return (
    <Group error={error}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>{label}</label>
      {hint && <div id={`${id}-hint`} className="govuk-hint">{hint}</div>}
      <FieldErrorMessage id={id} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} id={id} name={id} rows={rows} value={value}
        aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)}
      />
    </Group>
  );
}

export function DateField(props: { id: string; legend: string; value: DateParts; onChange: (value: DateParts) => void; hint?: string; error?: string }) {
  const { id, legend, value, onChange, hint, error } = props;
  const part = (key: keyof DateParts, label: string, width: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${key}`}>{label}</label>
        <input
          className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
          id={`${id}-${key}`} name={`${id}-${key}`} type="text" inputMode="numeric" value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        />
      </div>
    </div>
  );
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && <div id={`${id}-hint`} className="govuk-hint">{hint}</div>}
        <FieldErrorMessage id={id} error={error} />
        <div className="govuk-date-input" id={id}>
          {part('day', 'Day', 'govuk-input--width-2')}
          {part('month', 'Month', 'govuk-input--width-2')}
          {part('year', 'Year', 'govuk-input--width-4')}
        </div>
      </fieldset>
    </Group>
  );
}

/** Radios whose first input carries `id`, so an error summary link lands on the question. */
export function Radios<T extends string>(props: {
  id: string; legend: string; value: T | ''; options: Array<{ value: T; label: string; conditional?: ReactNode }>;
  onChange: (value: T) => void; hint?: string; error?: string; inline?: boolean;
}) {
  const { id, legend, value, options, onChange, hint, error, inline } = props;
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && <div id={`${id}-hint`} className="govuk-hint">{hint}</div>}
        <FieldErrorMessage id={id} error={error} />
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input" id={inputId} name={id} type="radio" value={option.value}
                    checked={value === option.value} onChange={() => onChange(option.value)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={inputId}>{option.label}</label>
                </div>
                {option.conditional && value === option.value && (
                  <div className="govuk-radios__conditional">{option.conditional}</div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </Group>
  );
}

export function Checkboxes<T extends string>(props: {
  id: string; legend: string; values: T[]; options: Array<{ value: T; label: string }>; onChange: (values: T[]) => void;
  hint?: string; error?: string;
}) {
  const { id, legend, values, options, onChange, hint, error } = props;
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && <div id={`${id}-hint`} className="govuk-hint">{hint}</div>}
        <FieldErrorMessage id={id} error={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            const checked = values.includes(option.value);
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input" id={inputId} name={id} type="checkbox" value={option.value} checked={checked}
                  onChange={() => onChange(checked ? values.filter((v) => v !== option.value) : [...values, option.value])}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </Group>
  );
}
