import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Checkboxes, DateField, Radios, TextArea, TextField } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import type { PressureCategory } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { CURRICULUM_AREA_LABELS, CURRICULUM_AREAS, PRESSURE_CATEGORIES, PRESSURE_CATEGORY_LABELS } from './pressure-labels';
import { EMPTY_PRESSURE_FORM, type PressureForm, pressureRefusalToError, reportInput, unanswered } from './pressure-form';

const REPORT = graphql(`
  mutation ReportPressure($input: ReportPressureInput!) {
    reportPressure(input: $input) { id reference status }
  }
`);

function refusal(error: unknown): FieldError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return pressureRefusalToError(first?.message ?? 'The report could not be sent', first?.extensions?.field as string | undefined);
  }
  return { field: 'category', message: 'Sorry, there is a problem with the service. Try again later.' };
}

/** "Report intimidation or pressure" (/pressure/new): sent to the council at once; there are no drafts. */
export function ReportPressurePage() {
  const navigate = useNavigate();
  const [form, setForm] = useState<PressureForm>(EMPTY_PRESSURE_FORM);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [reportPressure, sending] = useMutation(REPORT);
  const set = <K extends keyof PressureForm>(key: K) => (value: PressureForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;

  async function onSubmit() {
    const missing = unanswered(form);
    if (missing.length) {
      setErrors(missing);
      return;
    }
    try {
      const result = await reportPressure({ variables: { input: reportInput(form) } });
      const report = result.data!.reportPressure;
      void navigate(`/pressure/${report.id}`, { state: { sent: report.reference } });
    } catch (error) {
      setErrors([refusal(error)]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Report intimidation or pressure' : 'Report intimidation or pressure'}>
      <Link to="/pressure" className="govuk-back-link">Back to your school’s reports</Link>
      <ErrorSummary errors={errors} />
      <PageHeading>Report intimidation or pressure</PageHeading>
      <p className="govuk-body">
        The report goes to the council at once, which acknowledges it within two working days. It cannot be changed afterwards,
        but you can add to it. If anyone is in immediate danger, call the police on 999 first.
      </p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <Radios<PressureCategory> id="category" legend="What kind of intimidation or pressure was it?" value={form.category}
          onChange={set('category')} error={errorFor('category')}
          options={PRESSURE_CATEGORIES.map((c) => ({ value: c, label: PRESSURE_CATEGORY_LABELS[c] }))} />
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="curriculum-area">Which part of the curriculum is it about? (optional)</label>
          <select className="govuk-select" id="curriculum-area" value={form.curriculumArea}
            onChange={(e) => set('curriculumArea')(e.target.value as PressureForm['curriculumArea'])}>
            <option value="">Not about the curriculum</option>
            {CURRICULUM_AREAS.map((a) => <option key={a} value={a}>{CURRICULUM_AREA_LABELS[a]}</option>)}
          </select>
        </div>
        <TextArea id="account" label="What happened?" hint="In your own words: what was said, written or done." rows={8}
          value={form.account} onChange={set('account')} error={errorFor('account')} />
        <DateField id="occurred-on" legend="When did it happen?" hint="For example, 21 11 2026" value={form.occurredOn}
          onChange={set('occurredOn')} error={errorFor('occurred-on-day')} />
        <TextField id="occurred-time" label="At what time? (optional)" hint="For example, 08:45" width="govuk-input--width-5"
          value={form.occurredTime} onChange={set('occurredTime')} error={errorFor('occurred-time')} />
        <TextField id="location" label="Where did it happen?" hint="For example, the school gate, a meeting, or online"
          value={form.location} onChange={set('location')} error={errorFor('location')} />
        <TextArea id="involved" label="Who was involved?" hint="Individuals or a named group, as you would describe them."
          value={form.involved} onChange={set('involved')} error={errorFor('involved')} />
        <TextArea id="links" label="Links to posts, videos or petitions (optional)" hint="One full address per line, starting https:// or http://." rows={3}
          value={form.links} onChange={set('links')} error={errorFor('links')} />
        <Checkboxes<'staff' | 'pupils'> id="harm" legend="Was anyone harmed?" hint="Select all that apply; leave both unticked if no one was."
          values={form.harm} onChange={set('harm')} error={errorFor('harm')}
          options={[{ value: 'staff', label: 'Staff were harmed' }, { value: 'pupils', label: 'Pupils were harmed' }]} />
        {form.harm.length > 0 && (
          <TextArea id="harm-description" label="What was the harm?" value={form.harmDescription} onChange={set('harmDescription')}
            error={errorFor('harm-description')} />
        )}
        <Radios id="police-told" legend="Have the police been told?" value={form.policeTold} onChange={set('policeTold')} error={errorFor('police-told')}
          options={[
            {
              value: 'yes', label: 'Yes',
              conditional: <TextField id="police-reference" label="Police reference" hint="The crime or incident number" width="govuk-input--width-20"
                value={form.policeReference} onChange={set('policeReference')} error={errorFor('police-reference')} />,
            },
            { value: 'no', label: 'No' },
          ]} />
        <Radios id="share" legend="May other schools see this report, anonymised?"
          hint="They would see only its category, curriculum area, month, kind of school and a short summary you write: never your school, names, links or attachments."
          value={form.share} onChange={set('share')} error={errorFor('share')}
          options={[
            {
              value: 'yes', label: 'Yes',
              conditional: <TextArea id="shareable-summary" label="Summary for other schools" hint="Do not name your school or yourself." rows={3}
                value={form.shareableSummary} onChange={set('shareableSummary')} error={errorFor('shareable-summary')} />,
            },
            { value: 'no', label: 'No' },
          ]} />
        <button type="submit" className="govuk-button" disabled={sending.loading}>Send to the council</button>
      </form>
    </PageLayout>
  );
}
