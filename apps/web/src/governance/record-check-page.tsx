import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import type { CheckKind, CheckOutcome } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { DateInput, emptyDate, errorFor, FormGroup, isoDate, Radios, refusalOf, TextArea } from '../register/register-form';
import { CHECK_KIND_LABELS, checkStateText, OUTCOME_LABELS } from './governance-labels';
import { RECORD_SUITABILITY_CHECK, SCHOOL_GOVERNANCE } from './governance-queries';
import { governancePath } from './governance-access';
import { useGovernanceSchoolId } from './school-governance-page';

const FIELDS = ['kind', 'doneOn', 'outcome', 'checkedBy', 'notes'];

/** Records one suitability check on an appointment: which check, when, by whom and what it found. */
export function RecordCheckPage() {
  const { appointmentId } = useParams();
  const me = useMe();
  const schoolId = useGovernanceSchoolId();
  const navigate = useNavigate();
  const { data, error } = useQuery(SCHOOL_GOVERNANCE, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId, fetchPolicy: 'network-only' });
  const [record, recording] = useMutation(RECORD_SUITABILITY_CHECK);
  const [kind, setKind] = useState('');
  const [doneOn, setDoneOn] = useState(emptyDate());
  const [outcome, setOutcome] = useState('');
  const [checkedBy, setCheckedBy] = useState(me.displayName);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (!schoolId || ['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '')) return <NoAccessPage />;
  const base = governancePath(me.memberships, schoolId);
  if (error && !data) return <PageLayout title="Record a check"><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title="Record a check"><Loading /></PageLayout>;
  const appointment = data.schoolGovernance.appointments.find((a) => a.id === appointmentId);
  if (!appointment) return <NoAccessPage />;
  const name = appointment.person.fullName;
  // The checks this appointment needs, each with where it stands, so the choice says what is outstanding.
  const kinds = Object.fromEntries(appointment.requiredChecks.map((c) => [c.check, `${CHECK_KIND_LABELS[c.check]} (${checkStateText(c.state, c.doneOn).toLowerCase()})`]));

  async function onSubmit() {
    const date = isoDate(doneOn);
    const missing: FieldError[] = [
      ...(kind ? [] : [{ field: 'kind', message: 'Select which check was done' }]),
      ...(date ? [] : [{ field: 'doneOn', message: 'Enter the date the check was done, for example 27 3 2026' }]),
      ...(outcome ? [] : [{ field: 'outcome', message: 'Select what the check found' }]),
      ...(checkedBy.trim() ? [] : [{ field: 'checkedBy', message: 'Enter who carried out the check' }]),
    ];
    if (missing.length) return setErrors(missing);
    try {
      await record({
        variables: {
          input: {
            appointmentId: appointment!.id, kind: kind as CheckKind, doneOn: date!, outcome: outcome as CheckOutcome,
            checkedBy: checkedBy.trim(), notes: notes.trim() || null,
          },
        },
      });
      void navigate(base, { state: { recorded: `${CHECK_KIND_LABELS[kind as CheckKind]} recorded for ${name}` } });
    } catch (e) {
      setErrors([refusalOf(e, 'kind', FIELDS)]);
    }
  }

  const title = `Record a check for ${name}`;
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={base} className="govuk-back-link">Back to the governance record</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption={data.schoolGovernance.schoolName}>{title}</PageHeading>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <Radios id="kind" legend="Which check?" options={kinds} value={kind} onChange={setKind} error={errorFor(errors, 'kind')} />
        <DateInput id="doneOn" legend="When was it done?" hint="For a DBS check, the date on the certificate. For example, 27 3 2026"
          value={doneOn} onChange={setDoneOn} error={errorFor(errors, 'doneOn')} />
        <Radios id="outcome" legend="What did it find?" options={OUTCOME_LABELS} value={outcome} onChange={setOutcome} error={errorFor(errors, 'outcome')} />
        <FormGroup error={errorFor(errors, 'checkedBy')}>
          <label className="govuk-label govuk-label--s" htmlFor="checkedBy">Who carried it out?</label>
          <FieldErrorMessage id="checkedBy" error={errorFor(errors, 'checkedBy')} />
          <input className={`govuk-input govuk-!-width-two-thirds${errorFor(errors, 'checkedBy') ? ' govuk-input--error' : ''}`} id="checkedBy"
            name="checkedBy" type="text" value={checkedBy} onChange={(e) => setCheckedBy(e.target.value)}
            aria-describedby={errorFor(errors, 'checkedBy') ? 'checkedBy-error' : undefined} />
        </FormGroup>
        <TextArea id="notes" label="Risk assessment (if information was disclosed)" rows={4} value={notes} onChange={setNotes} error={errorFor(errors, 'notes')} />
        <button type="submit" className="govuk-button" disabled={recording.loading}>Record check</button>
      </form>
    </PageLayout>
  );
}
