import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import type { WhereaboutsKind } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage } from '../layout/status-pages';
import { childName, REGISTER_ENTRY } from './entry-page';
import { DateInput, errorFor, FormGroup, isoDate, Radios, refusalOf, TextArea, todayParts } from './register-form';
import { ENQUIRY_LABELS, KIND_LABELS, label, WHEREABOUTS_LABELS } from './register-labels';

/** The api names outstanding enquiries by code; the page says them in words. */
const inWords = (message: string) => message.replace(/\b[A-Z][A-Z_]*[A-Z]\b/g, (code) => ENQUIRY_LABELS[code]?.toLowerCase() ?? code);

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

const FIELDS = ['found', 'whereaboutsKind', 'locatedOn', 'schoolUrn', 'localAuthorityCode', 'country', 'evidence', 'reason'];

/** Closes an entry. A child missing education is closed with where they were found, or proposed for closure without. */
export function CloseEntryPage() {
  const { entryId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId }, fetchPolicy: 'network-only' });
  const [recordWhereabouts] = useMutation(RECORD_WHEREABOUTS);
  const [close] = useMutation(CLOSE_ENTRY);
  const [saving, setSaving] = useState(false);
  const [found, setFound] = useState('');
  const [kind, setKind] = useState('');
  const [locatedOn, setLocatedOn] = useState(todayParts);
  const [details, setDetails] = useState({ schoolUrn: '', localAuthorityCode: '', country: '', evidence: '' });
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
    if (asksWhereabouts && found === 'yes') {
      if (!kind) found_.push({ field: 'whereaboutsKind', message: 'Select where the child was found' });
      if (!isoDate(locatedOn)) found_.push({ field: 'locatedOn', message: 'Enter the date the child was located, for example 27 3 2026' });
      if (kind === 'SCHOOL' && !/^\d{6,7}$/.test(details.schoolUrn.trim())) found_.push({ field: 'schoolUrn', message: 'Enter the school’s URN, 6 or 7 digits' });
      if (kind === 'OTHER_LOCAL_AUTHORITY' && !/^\d{3}$/.test(details.localAuthorityCode.trim())) {
        found_.push({ field: 'localAuthorityCode', message: 'Enter the other authority’s three-digit code' });
      }
      if (kind === 'ABROAD' && !details.country.trim()) found_.push({ field: 'country', message: 'Enter the country' });
      if (kind === 'ABROAD' && details.evidence.trim().length < 5) found_.push({ field: 'evidence', message: 'Enter the evidence of departure or arrival' });
    }
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
        await recordWhereabouts({
          variables: {
            input: {
              entryId,
              kind: kind as WhereaboutsKind,
              locatedOn: isoDate(locatedOn)!,
              schoolUrn: kind === 'SCHOOL' ? Number(details.schoolUrn.trim()) : undefined,
              localAuthorityCode: kind === 'OTHER_LOCAL_AUTHORITY' ? details.localAuthorityCode.trim() : undefined,
              country: kind === 'ABROAD' ? details.country.trim() : undefined,
              evidence: details.evidence.trim() || undefined,
            },
          },
        });
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

  const text = (field: keyof typeof details, labelText: string, width = 'govuk-input--width-10') => (
    <FormGroup error={errorFor(errors, field)}>
      <label className="govuk-label" htmlFor={field}>{labelText}</label>
      <FieldErrorMessage id={field} error={errorFor(errors, field)} />
      <input className={`govuk-input ${width}${errorFor(errors, field) ? ' govuk-input--error' : ''}`} id={field} name={field} type="text"
        aria-describedby={errorFor(errors, field) ? `${field}-error` : undefined}
        value={details[field]} onChange={(e) => setDetails({ ...details, [field]: e.target.value })} />
    </FormGroup>
  );

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
                <Radios id="whereaboutsKind" legend="Where was the child found?" options={WHEREABOUTS_LABELS} value={kind} onChange={setKind} error={errorFor(errors, 'whereaboutsKind')} small />
                {kind === 'SCHOOL' && text('schoolUrn', 'School’s URN')}
                {kind === 'OTHER_LOCAL_AUTHORITY' && text('localAuthorityCode', 'Authority’s three-digit code', 'govuk-input--width-4')}
                {kind === 'ABROAD' && text('country', 'Country', 'govuk-input--width-20')}
                {kind && text('evidence', kind === 'ABROAD' ? 'Evidence of departure or arrival' : 'Evidence (optional)', 'govuk-input--width-30')}
                <DateInput id="locatedOn" legend="When was the child located?" hint="For example, 27 3 2026" value={locatedOn} onChange={setLocatedOn} error={errorFor(errors, 'locatedOn')} />
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
