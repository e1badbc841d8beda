import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage } from '../layout/status-pages';
import { childName, REGISTER_ENTRY } from './entry-page';
import { errorFor, Radios, refusalOf, TextArea } from './register-form';

const SIGN_OFF = graphql(`
  mutation SignOffClosure($input: SignOffClosureInput!) {
    signOffClosure(input: $input) { id status }
  }
`);

const DECISIONS = { approve: 'Sign off: close without whereabouts', refuse: 'Refuse: enquiries continue' };

/** An LA manager who did none of the work decides on a closure without whereabouts. */
export function SignOffPage() {
  const { entryId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId } });
  const [signOff, { loading }] = useMutation(SIGN_OFF);
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.registerEntry;
  const back = `/register/entries/${entryId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!decision) found.push({ field: 'decision', message: 'Select whether you sign the closure off' });
    if (reason.trim().length < 5) found.push({ field: 'reason', message: 'Enter your reason, in at least 5 characters' });
    setErrors(found);
    if (found.length) return;
    try {
      await signOff({ variables: { input: { entryId, approve: decision === 'approve', reason: reason.trim() } } });
      void navigate(back, { state: { confirmation: decision === 'approve' ? 'Closure signed off: the entry is closed' : 'Closure refused: enquiries continue' } });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'decision', ['reason'])]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Sign off a closure' : 'Sign off a closure'}>
      <Link className="govuk-back-link" to={back}>Back to the entry</Link>
      {!entry && <Loading />}
      {entry && (
        <>
          <ErrorSummary errors={errors} />
          <PageHeading caption={childName(entry.child)}>Sign off a closure without whereabouts</PageHeading>
          {entry.closureReason && <p className="govuk-inset-text">Closure proposed because: {entry.closureReason}</p>}
          <form onSubmit={submit} noValidate>
            <Radios id="decision" legend="Your decision" options={DECISIONS} value={decision} onChange={setDecision} error={errorFor(errors, 'decision')} />
            <TextArea id="reason" label="Your reason" value={reason} onChange={setReason} error={errorFor(errors, 'reason')} />
            <button type="submit" className="govuk-button" disabled={loading}>Save decision</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
