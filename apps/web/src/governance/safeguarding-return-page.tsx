import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { TextField } from '../concerns/form-fields';
import { formatDateTime } from '../concerns/concern-labels';
import type { SchoolSafeguardingReturnQuery } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { errorFor, Radios, refusalOf, TextArea } from '../register/register-form';
import { canRecordPrevent } from './governance-access';
import { GOVERNANCE_TALLY, SCHOOL_RETURN, SUBMIT_RETURN } from './governance-queries';
import { returnErrors, type ReturnDraft, wholeNumber } from './return-form';

type Duty = SchoolSafeguardingReturnQuery['preventDuty'];
const FIELDS = ['governanceChecksComplete', 'staffHeadcount', 'staffPreventTrained', 'deletionsFromRoll', 'deletionsWithKnownDestination', 'preventReferrals', 'notes'];
const GOVERNANCE_READERS = ['HEADTEACHER', 'GOVERNANCE_CLERK', 'LA_OFFICER', 'LA_MANAGER', 'HMI'];

/**
 * A school's termly safeguarding return to its council: once per term. Before it is made, the form
 * (prefilled with what the portal already holds); after, what was submitted, by whom and when.
 */
export function SafeguardingReturnPage() {
  const { schoolId = '' } = useParams();
  const me = useMe();
  const [recorded, setRecorded] = useState(false);
  const { data, error, refetch } = useQuery(SCHOOL_RETURN, { variables: { schoolId }, fetchPolicy: 'network-only' });
  if (['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '')) return <NoAccessPage />;
  const title = 'Termly safeguarding return';
  if (error && !data) return <PageLayout title={title}><ServiceProblem message={error.message} /></PageLayout>;
  if (!data) return <PageLayout title={title}><Loading /></PageLayout>;
  const duty = data.preventDuty;
  const made = duty.currentReturn;
  if (made) {
    const rows: Array<[string, string]> = [
      ['Term', made.termLabel],
      ['Submitted', `${formatDateTime(made.submittedAt)}${made.submittedByName ? ` by ${made.submittedByName}` : ''}`],
      ['Suitability checks complete for everyone who governs', made.governanceChecksComplete ? 'Yes' : 'No'],
      ['Staff at the school', String(made.staffHeadcount)],
      ['Staff with Prevent awareness training', String(made.staffPreventTrained)],
      ['Pupils deleted from the roll this term', String(made.deletionsFromRoll)],
      ['Of those, with a known destination', String(made.deletionsWithKnownDestination)],
      ['Prevent referrals this term', String(made.preventReferrals)],
      ['Anything to add', made.notes ?? 'Nothing'],
    ];
    return (
      <PageLayout title={title}>
        <Link to={`/schools/${schoolId}/prevent`} className="govuk-back-link">Back to the Prevent duty record</Link>
        {recorded && (
          <div className="govuk-panel govuk-panel--confirmation">
            <h2 className="govuk-panel__title">Return submitted</h2>
            <div className="govuk-panel__body">{`For ${made.termLabel}. Your council can see it now.`}</div>
          </div>
        )}
        <PageHeading caption={duty.schoolName}>{title}</PageHeading>
        <p className="govuk-body"><strong className="govuk-tag govuk-tag--green">{`Submitted for ${made.termLabel}`}</strong></p>
        <p className="govuk-body">A return is made once a term. The next one opens at the start of next term.</p>
        <dl className="govuk-summary-list">
          {rows.map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
      </PageLayout>
    );
  }
  if (!canRecordPrevent(me.memberships, schoolId)) {
    return (
      <PageLayout title={title}>
        <Link to={`/schools/${schoolId}/prevent`} className="govuk-back-link">Back to the Prevent duty record</Link>
        <PageHeading caption={duty.schoolName}>{title}</PageHeading>
        <p className="govuk-body"><strong className="govuk-tag govuk-tag--yellow">Not yet submitted this term</strong></p>
      </PageLayout>
    );
  }
  const onSubmitted = async () => {
    await refetch();
    setRecorded(true);
  };
  return <ReturnForm duty={duty} readsGovernance={me.memberships.some((m) => GOVERNANCE_READERS.includes(m.role))} onSubmitted={onSubmitted} />;
}

function ReturnForm({ duty, readsGovernance, onSubmitted }: { duty: Duty; readsGovernance: boolean; onSubmitted: () => Promise<void> }) {
  const tally = useQuery(GOVERNANCE_TALLY, { variables: { schoolId: duty.schoolId }, skip: !readsGovernance });
  const [submit, submitting] = useMutation(SUBMIT_RETURN);
  const s = duty.returnSuggestion;
  const [draft, setDraft] = useState<ReturnDraft>({
    governanceChecksComplete: '', staffHeadcount: s.staffHeadcount == null ? '' : String(s.staffHeadcount),
    staffPreventTrained: String(s.staffPreventTrained), deletionsFromRoll: '', deletionsWithKnownDestination: '', preventReferrals: String(s.preventReferrals),
  });
  const [notes, setNotes] = useState('');
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const errors = [...(tried ? returnErrors(draft) : []), ...(serverError ? [serverError] : [])];
  const set = (key: keyof ReturnDraft) => (value: string) => setDraft({ ...draft, [key]: value });
  const t = tally.data?.schoolGovernance.tally;

  async function onSubmit() {
    setTried(true);
    setServerError(null);
    if (returnErrors(draft).length) return;
    const n = (key: keyof ReturnDraft) => wholeNumber(draft[key])!;
    try {
      await submit({
        variables: {
          input: {
            schoolId: duty.schoolId, governanceChecksComplete: draft.governanceChecksComplete === 'true',
            staffHeadcount: n('staffHeadcount'), staffPreventTrained: n('staffPreventTrained'), deletionsFromRoll: n('deletionsFromRoll'),
            deletionsWithKnownDestination: n('deletionsWithKnownDestination'), preventReferrals: n('preventReferrals'), notes: notes.trim() || null,
          },
        },
      });
    } catch (e) {
      return setServerError(refusalOf(e, 'governanceChecksComplete', FIELDS));
    }
    await onSubmitted();
  }

  const title = 'Termly safeguarding return';
  const number = (id: keyof ReturnDraft, label: string, hint?: string) => (
    <TextField id={id} label={label} hint={hint} value={draft[id]} onChange={set(id)} error={errorFor(errors, id)} width="govuk-input--width-5" />
  );
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={`/schools/${duty.schoolId}/prevent`} className="govuk-back-link">Back to the Prevent duty record</Link>
      <ErrorSummary errors={errors} />
      <PageHeading caption={duty.schoolName}>{title}</PageHeading>
      <p className="govuk-body">
        <strong className="govuk-tag govuk-tag--yellow">Not yet submitted this term</strong>
      </p>
      <p className="govuk-body">
        Your return to the council for this term, made once. Figures the portal already holds are filled in for you: check them against your own records.
      </p>
      <form noValidate onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
        <Radios id="governanceChecksComplete" legend="Are suitability checks complete for everyone who governs the school?"
          hint={t ? `Your governance record shows ${t.done} of ${t.required} required checks done, ${t.overdue} overdue.` : undefined}
          options={{ true: 'Yes', false: 'No' }} value={draft.governanceChecksComplete} onChange={set('governanceChecksComplete')}
          error={errorFor(errors, 'governanceChecksComplete')} small />
        {number('staffHeadcount', 'Staff at the school')}
        {number('staffPreventTrained', 'Of those, staff with Prevent awareness training', 'Training within the last two years counts.')}
        {number('deletionsFromRoll', 'Pupils deleted from the roll this term')}
        {number('deletionsWithKnownDestination', 'Of those, pupils whose destination is known')}
        {number('preventReferrals', 'Prevent referrals the school made this term')}
        <TextArea id="notes" label="Anything to add (optional)" value={notes} onChange={setNotes} error={errorFor(errors, 'notes')} rows={4} />
        <button type="submit" className="govuk-button" disabled={submitting.loading}>Submit the return</button>
      </form>
    </PageLayout>
  );
}
