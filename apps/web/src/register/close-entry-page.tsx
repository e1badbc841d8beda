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
import { ENQUIRY_LABELS, KIND_LABELS, label } from './register-labels';
import { checkWhereabouts, emptyWhereabouts, WHEREABOUTS_FIELDS, WhereaboutsFields, whereaboutsInput } from './whereabouts-fields';

/** The api names outstanding enquiries by code; the page says them in words. */
export const inWords = (message: string) => message.replace(/\b[A-Z][A-Z_]*[A-Z]\b/g, (code) => ENQUIRY_LABELS[code]?.toLowerCase() ?? code);

const RECORD_WHEREABOUTS = graphql(`
  mutation RecordWhereabouts($input: RecordWhereaboutsInput!) {
    recordWhereabouts(input: $input) { id status }
  }
`);

const CLOSE_ENTRY = graphql(`
  mutation CloseRegisterEntry($input: CloseRegisterEntryInput!) {
    closeRegisterEntry(input: $input) { id status closureReason }
  }
`);

const FOUND_OPTIONS = {
  yes: 'Yes, the child has been found',
  no: 'No, close without whereabouts (a manager must sign it off)',
};

const FIELDS = ['found', ...WHEREABOUTS_FIELDS, 'reason'];

/** Closes an entry. A child missing education is closed with where they were found, or proposed for closure without. */
export function CloseEntryPage() {
  const { entryId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId }, fetchPolicy: 'network-only' });
  const [recordWhereabouts] = useMutation(RECORD_WHEREABOUTS);
  const [close] = useMutation(CLOSE_ENTRY);
  const [saving, setSaving] = useState(false);
  const [found, setFound] = useState('');
  const [whereabouts, setWhereabouts] = useState(emptyWhereabouts);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.registerEntry;
  const back = `/register/entries/${entryId}`;
  // Whereabouts are asked for only while a missing child is still being looked for.
  const asksWhereabouts = entry?.kind === 'CME' && entry.status !== 'LOCATED';

  function check(): FieldError[] {
    const found_: FieldError[] = [];
    if (asksWhereabouts && !found) found_.push({ field: 'found', message: 'Select whether the child has been found' });
    if (asksWhereabouts && found === 'yes') found_.push(...checkWhereabouts(whereabouts));
    if (reason.trim().length < 5) found_.push({ field: 'reason', message: 'Enter why the entry can close, in at least 5 characters' });
    return found_;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = check();
    setErrors(problems);
    if (problems.length) return;
    setSaving(true);
    try {
      if (asksWhereabouts && found === 'yes') {
        await recordWhereabouts({ variables: { input: whereaboutsInput(entryId, whereabouts) } });
      }
      const closed = await close({ variables: { input: { entryId, reason: reason.trim() } } });
      const awaiting = closed.data?.closeRegisterEntry.status === 'AWAITING_SIGN_OFF';
      void navigate(back, {
        state: { confirmation: awaiting ? 'Closure proposed: it now waits for a manager’s sign-off' : 'Entry closed' },
      });
    } catch (refusal) {
      // What was typed stays; the api's words say what is missing.
      const shown = refusalOf(refusal, 'reason', FIELDS.concat('kind'));
      setErrors([{ field: shown.field === 'kind' ? 'whereaboutsKind' : shown.field, message: inWords(shown.message) }]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Close this entry' : 'Close this entry'}>
      <Link className="govuk-back-link" to={back}>Back to the entry</Link>
      {!entry && <Loading />}
      {entry && (
        <>
          <ErrorSummary errors={errors} />
          <PageHeading caption={`${childName(entry.child)}, ${label(KIND_LABELS, entry.kind).toLowerCase()}`}>Close this entry</PageHeading>
          <form onSubmit={submit} noValidate>
            {asksWhereabouts && (
              <Radios id="found" legend="Has the child been found?" options={FOUND_OPTIONS} value={found} onChange={setFound} error={errorFor(errors, 'found')}
                hint="Without whereabouts, every required enquiry must be recorded first, and a manager who did none of the work signs the closure off." />
            )}
            {asksWhereabouts && found === 'yes' && (
              <div className="govuk-inset-text">
                <WhereaboutsFields form={whereabouts} onChange={setWhereabouts} errors={errors} />
              </div>
            )}
            <TextArea id="reason" label="Why can the entry close?" value={reason} onChange={setReason} error={errorFor(errors, 'reason')} />
            <button type="submit" className="govuk-button" disabled={saving}>
              {asksWhereabouts && found === 'no' ? 'Propose closure' : 'Close entry'}
            </button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
