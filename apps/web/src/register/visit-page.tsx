import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import type { EducationSuitability, VisitKind } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage } from '../layout/status-pages';
import { childName, REGISTER_ENTRY } from './entry-page';
import { DateInput, errorFor, FormGroup, isoDate, Radios, refusalOf, TextArea, todayParts } from './register-form';
import { KIND_LABELS, label, SUITABILITY_LABELS, VISIT_LABELS } from './register-labels';

const RECORD_VISIT = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) { id kind occurredOn }
  }
`);

const YES_NO = { yes: 'Yes', no: 'No' };
const FIELDS = ['kind', 'occurredOn', 'childSeen', 'childSeenAlone', 'childViews', 'safeguardingConcern', 'concernDetails', 'educationSuitability', 'hoursPerWeek', 'notes'];

/** A contact, visit or safety check, which the api refuses without its safeguarding section. */
export function VisitPage() {
  const { entryId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId } });
  const [record, { loading }] = useMutation(RECORD_VISIT);
  const [form, setForm] = useState({
    kind: '', childSeen: '', childSeenAlone: '', childViews: '', safeguardingConcern: '', concernDetails: '', educationSuitability: '',
    hoursPerWeek: '', notes: '',
  });
  const [occurredOn, setOccurredOn] = useState(todayParts);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.registerEntry;
  const back = `/register/entries/${entryId}`;
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const ehcp = entry?.kind === 'EHCP';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const date = isoDate(occurredOn);
    const found: FieldError[] = [];
    if (!form.kind) found.push({ field: 'kind', message: 'Select what kind of contact it was' });
    if (!date) found.push({ field: 'occurredOn', message: 'Enter the date it happened, for example 27 3 2026' });
    if (!form.childSeen) found.push({ field: 'childSeen', message: 'Select whether the child was seen' });
    if (form.childSeen === 'yes' && !form.childSeenAlone) found.push({ field: 'childSeenAlone', message: 'Select whether the child was seen alone' });
    if (form.childViews.trim().length < 3) found.push({ field: 'childViews', message: 'Enter the child’s views, or why they could not be gathered' });
    if (!form.safeguardingConcern) found.push({ field: 'safeguardingConcern', message: 'Select whether there is a safeguarding concern' });
    if (form.safeguardingConcern === 'yes' && !form.concernDetails.trim()) found.push({ field: 'concernDetails', message: 'Enter the concern' });
    if (!form.educationSuitability) found.push({ field: 'educationSuitability', message: 'Select whether the education seen is suitable' });
    if (ehcp && form.hoursPerWeek && !/^\d{1,2}(\.\d)?$/.test(form.hoursPerWeek.trim())) found.push({ field: 'hoursPerWeek', message: 'Enter hours a week as a number, for example 12.5' });
    if (form.notes.trim().length < 3) found.push({ field: 'notes', message: 'Enter notes of the visit' });
    setErrors(found);
    if (found.length) return;
    try {
      await record({
        variables: {
          input: {
            entryId,
            kind: form.kind as VisitKind,
            occurredOn: date!,
            notes: form.notes.trim(),
            hoursPerWeek: ehcp && form.hoursPerWeek ? Number(form.hoursPerWeek) : undefined,
            safeguarding: {
              childSeen: form.childSeen === 'yes',
              childSeenAlone: form.childSeen === 'yes' ? form.childSeenAlone === 'yes' : undefined,
              childViews: form.childViews.trim(),
              safeguardingConcern: form.safeguardingConcern === 'yes',
              concernDetails: form.safeguardingConcern === 'yes' ? form.concernDetails.trim() : undefined,
              educationSuitability: form.educationSuitability as EducationSuitability,
            },
          },
        },
      });
      void navigate(back, { state: { confirmation: `${label(VISIT_LABELS, form.kind)} recorded` } });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'notes', FIELDS)]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Record a visit or contact' : 'Record a visit or contact'}>
      <Link className="govuk-back-link" to={back}>Back to the entry</Link>
      {!entry && <Loading />}
      {entry && (
        <>
          <ErrorSummary errors={errors} />
          <PageHeading caption={`${childName(entry.child)}, ${label(KIND_LABELS, entry.kind).toLowerCase()}`}>Record a visit or contact</PageHeading>
          <form onSubmit={submit} noValidate>
            <Radios id="kind" legend="What kind of contact?" options={VISIT_LABELS} value={form.kind} onChange={set('kind')} error={errorFor(errors, 'kind')} />
            <DateInput id="occurredOn" legend="When did it happen?" hint="For example, 27 3 2026" value={occurredOn} onChange={setOccurredOn} error={errorFor(errors, 'occurredOn')} />
            <h2 className="govuk-heading-m">Safeguarding</h2>
            <p className="govuk-body">Every visit or contact records this section; it cannot be saved without it.</p>
            <Radios id="childSeen" legend="Was the child seen?" options={YES_NO} value={form.childSeen} onChange={set('childSeen')} error={errorFor(errors, 'childSeen')} small />
            {form.childSeen === 'yes' && (
              <div className="govuk-inset-text">
                <Radios id="childSeenAlone" legend="Was the child seen alone?" options={YES_NO} value={form.childSeenAlone} onChange={set('childSeenAlone')} error={errorFor(errors, 'childSeenAlone')} small />
              </div>
            )}
            <TextArea id="childViews" label="The child’s views" hint="In their words where possible, or why they could not be gathered" value={form.childViews} onChange={set('childViews')} error={errorFor(errors, 'childViews')} />
            <Radios id="safeguardingConcern" legend="Is there any safeguarding concern?" options={YES_NO} value={form.safeguardingConcern} onChange={set('safeguardingConcern')} error={errorFor(errors, 'safeguardingConcern')} small
              hint="If a child is at immediate risk, call the police on 999 and raise a concern now." />
            {form.safeguardingConcern === 'yes' && (
              <div className="govuk-inset-text">
                <TextArea id="concernDetails" label="The concern" value={form.concernDetails} onChange={set('concernDetails')} error={errorFor(errors, 'concernDetails')} />
              </div>
            )}
            <Radios id="educationSuitability" legend="Is the education seen suitable?" options={SUITABILITY_LABELS} value={form.educationSuitability} onChange={set('educationSuitability')} error={errorFor(errors, 'educationSuitability')} small />
            {ehcp && (
              <FormGroup error={errorFor(errors, 'hoursPerWeek')}>
                <label className="govuk-label" htmlFor="hoursPerWeek">Hours of education now received each week (optional)</label>
                <FieldErrorMessage id="hoursPerWeek" error={errorFor(errors, 'hoursPerWeek')} />
                <input className="govuk-input govuk-input--width-4" id="hoursPerWeek" name="hoursPerWeek" inputMode="decimal" type="text"
                  value={form.hoursPerWeek} onChange={(e) => set('hoursPerWeek')(e.target.value)} />
              </FormGroup>
            )}
            <TextArea id="notes" label="Notes of the visit" value={form.notes} onChange={set('notes')} error={errorFor(errors, 'notes')} rows={8} />
            <button type="submit" className="govuk-button" disabled={loading}>Record visit</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
