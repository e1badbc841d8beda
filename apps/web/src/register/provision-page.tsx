import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage } from '../layout/status-pages';
import { childName, REGISTER_ENTRY } from './entry-page';
import { DateInput, errorFor, isoDate, refusalOf, TextArea, todayParts } from './register-form';

const RECORD_PROVISION = graphql(`
  mutation RecordProvision($input: RecordProvisionInput!) {
    recordProvision(input: $input) { id provisionFrom provisionDescription }
  }
`);

/** Records the education arranged for an excluded child (due from the sixth school day). */
export function ProvisionPage() {
  const { entryId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId }, fetchPolicy: 'network-only' });
  const [record, { loading }] = useMutation(RECORD_PROVISION);
  const [provisionFrom, setProvisionFrom] = useState(todayParts);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.registerEntry;
  if (entry && entry.kind !== 'EXCLUDED') return <NoAccessPage />;
  const back = `/register/entries/${entryId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isoDate(provisionFrom)) found.push({ field: 'provisionFrom', message: 'Enter the first day of the provision, for example 27 3 2026' });
    if (description.trim().length < 5) found.push({ field: 'description', message: 'Enter what the provision is and who provides it' });
    setErrors(found);
    if (found.length) return;
    try {
      await record({ variables: { input: { entryId, provisionFrom: isoDate(provisionFrom)!, description: description.trim() } } });
      void navigate(back, { state: { confirmation: 'Provision recorded' } });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'description', ['provisionFrom', 'description'])]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Record provision' : 'Record provision'}>
      <Link className="govuk-back-link" to={back}>Back to the entry</Link>
      {!entry && <Loading />}
      {entry && (
        <>
          <ErrorSummary errors={errors} />
          <PageHeading caption={childName(entry.child)}>Record the education arranged</PageHeading>
          <form onSubmit={submit} noValidate>
            <DateInput id="provisionFrom" legend="First day of the provision" hint="For example, 27 3 2026" value={provisionFrom} onChange={setProvisionFrom} error={errorFor(errors, 'provisionFrom')} />
            <TextArea id="description" label="What is the provision, and who provides it?" hint="For example, full-time place at the pupil referral unit, 25 hours a week"
              value={description} onChange={setDescription} error={errorFor(errors, 'description')} />
            <button type="submit" className="govuk-button" disabled={loading}>Record provision</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
