import type { RecordWhereaboutsInput, WhereaboutsKind } from '../graphql/generated/graphql';
import type { FieldError } from '../layout/error-summary';
import { FieldErrorMessage } from '../layout/error-summary';
import { DateInput, errorFor, FormGroup, isoDate, Radios, todayParts } from './register-form';
import { WHEREABOUTS_LABELS } from './register-labels';

interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Where a child missing education was found, as typed. */
export interface WhereaboutsForm {
  kind: string;
  locatedOn: DateParts;
  schoolUrn: string;
  localAuthorityCode: string;
  country: string;
  evidence: string;
}

export const emptyWhereabouts = (): WhereaboutsForm => ({ kind: '', locatedOn: todayParts(), schoolUrn: '', localAuthorityCode: '', country: '', evidence: '' });

export const WHEREABOUTS_FIELDS = ['whereaboutsKind', 'locatedOn', 'schoolUrn', 'localAuthorityCode', 'country', 'evidence'];

/** The form's checks, by the api's rules for each kind of whereabouts. */
export function checkWhereabouts(form: WhereaboutsForm): FieldError[] {
  const found: FieldError[] = [];
  if (!form.kind) found.push({ field: 'whereaboutsKind', message: 'Select where the child was found' });
  if (!isoDate(form.locatedOn)) found.push({ field: 'locatedOn', message: 'Enter the date the child was located, for example 27 3 2026' });
  if (form.kind === 'SCHOOL' && !/^\d{6,7}$/.test(form.schoolUrn.trim())) found.push({ field: 'schoolUrn', message: 'Enter the school’s URN, 6 or 7 digits' });
  if (form.kind === 'OTHER_LOCAL_AUTHORITY' && !/^\d{3}$/.test(form.localAuthorityCode.trim())) {
    found.push({ field: 'localAuthorityCode', message: 'Enter the other authority’s three-digit code' });
  }
  if (form.kind === 'ABROAD' && !form.country.trim()) found.push({ field: 'country', message: 'Enter the country' });
  if (form.kind === 'ABROAD' && form.evidence.trim().length < 5) found.push({ field: 'evidence', message: 'Enter the evidence of departure or arrival' });
  return found;
}

export function whereaboutsInput(entryId: string, form: WhereaboutsForm): RecordWhereaboutsInput {
  return {
    entryId,
    kind: form.kind as WhereaboutsKind,
    locatedOn: isoDate(form.locatedOn)!,
    schoolUrn: form.kind === 'SCHOOL' ? Number(form.schoolUrn.trim()) : undefined,
    localAuthorityCode: form.kind === 'OTHER_LOCAL_AUTHORITY' ? form.localAuthorityCode.trim() : undefined,
    country: form.kind === 'ABROAD' ? form.country.trim() : undefined,
    evidence: form.evidence.trim() || undefined,
  };
}

/** The whereabouts questions: the kind, then what that kind needs, then the date. */
export function WhereaboutsFields({ form, onChange, errors }: { form: WhereaboutsForm; onChange: (form: WhereaboutsForm) => void; errors: FieldError[] }) {
  const text = (field: 'schoolUrn' | 'localAuthorityCode' | 'country' | 'evidence', labelText: string, width = 'govuk-input--width-10') => (
    <FormGroup error={errorFor(errors, field)}>
      <label className="govuk-label" htmlFor={field}>{labelText}</label>
      <FieldErrorMessage id={field} error={errorFor(errors, field)} />
      <input className={`govuk-input ${width}${errorFor(errors, field) ? ' govuk-input--error' : ''}`} id={field} name={field} type="text"
        aria-describedby={errorFor(errors, field) ? `${field}-error` : undefined}
        value={form[field]} onChange={(e) => onChange({ ...form, [field]: e.target.value })} />
    </FormGroup>
  );
  return (
    <>
      <Radios id="whereaboutsKind" legend="Where was the child found?" options={WHEREABOUTS_LABELS} value={form.kind}
        onChange={(kind) => onChange({ ...form, kind })} error={errorFor(errors, 'whereaboutsKind')} small />
      {form.kind === 'SCHOOL' && text('schoolUrn', 'School’s URN')}
      {form.kind === 'OTHER_LOCAL_AUTHORITY' && text('localAuthorityCode', 'Authority’s three-digit code', 'govuk-input--width-4')}
      {form.kind === 'ABROAD' && text('country', 'Country', 'govuk-input--width-20')}
      {form.kind && text('evidence', form.kind === 'ABROAD' ? 'Evidence of departure or arrival' : 'Evidence (optional)', 'govuk-input--width-30')}
      <DateInput id="locatedOn" legend="When was the child located?" hint="For example, 27 3 2026" value={form.locatedOn}
        onChange={(locatedOn) => onChange({ ...form, locatedOn })} error={errorFor(errors, 'locatedOn')} />
    </>
  );
}
