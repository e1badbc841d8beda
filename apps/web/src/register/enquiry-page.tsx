import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import type { EnquiryKind } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage } from '../layout/status-pages';
import { childName, REGISTER_ENTRY } from './entry-page';
import { DateInput, errorFor, isoDate, Radios, refusalOf, TextArea, todayParts } from './register-form';
import { ENQUIRY_LABELS, label } from './register-labels';

const RECORD_ENQUIRY = graphql(`
  mutation RecordEnquiry($input: RecordEnquiryInput!) {
    recordEnquiry(input: $input) { id kind madeOn outcome }
  }
`);

/** Records one reasonable enquiry for a child missing education and what it found. */
export function EnquiryPage() {
  const { entryId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId } });
  const [record, { loading }] = useMutation(RECORD_ENQUIRY);
  const [kind, setKind] = useState(params.get('kind') ?? '');
  const [madeOn, setMadeOn] = useState(todayParts);
  const [outcome, setOutcome] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.registerEntry;
  const back = `/register/entries/${entryId}`;
  const options = Object.fromEntries(
    Object.entries(ENQUIRY_LABELS).filter(([k]) => k !== 'EVIDENCE_OF_DEPARTURE' || entry?.believedAbroad),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const date = isoDate(madeOn);
    const found: FieldError[] = [];
    if (!kind) found.push({ field: 'kind', message: 'Select which enquiry was made' });
    if (!date) found.push({ field: 'madeOn', message: 'Enter the date the enquiry was made, for example 27 3 2026' });
    if (outcome.trim().length < 3) found.push({ field: 'outcome', message: 'Enter what was done and what it found' });
    setErrors(found);
    if (found.length) return;
    try {
      await record({ variables: { input: { entryId, kind: kind as EnquiryKind, madeOn: date!, outcome: outcome.trim() } } });
      void navigate(back, { state: { confirmation: `Enquiry recorded: ${label(ENQUIRY_LABELS, kind)}` } });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'outcome', ['kind', 'madeOn', 'outcome'])]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Record an enquiry' : 'Record an enquiry'}>
      <Link className="govuk-back-link" to={back}>Back to the entry</Link>
      {!entry && <Loading />}
      {entry && (
        <>
          <ErrorSummary errors={errors} />
          <PageHeading caption={childName(entry.child)}>Record an enquiry</PageHeading>
          <form onSubmit={submit} noValidate>
            <Radios id="kind" legend="Which enquiry?" options={options} value={kind} onChange={setKind} error={errorFor(errors, 'kind')} />
            <DateInput id="madeOn" legend="When was it made?" hint="For example, 27 3 2026" value={madeOn} onChange={setMadeOn} error={errorFor(errors, 'madeOn')} />
            <TextArea id="outcome" label="What was done and what did it find?" value={outcome} onChange={setOutcome} error={errorFor(errors, 'outcome')} />
            <button type="submit" className="govuk-button" disabled={loading}>Record enquiry</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
