import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage } from '../layout/status-pages';
import { childName, REGISTER_ENTRY } from './entry-page';
import { refusalOf } from './register-form';
import { label, WHEREABOUTS_LABELS } from './register-labels';
import { checkWhereabouts, emptyWhereabouts, WHEREABOUTS_FIELDS, WhereaboutsFields, whereaboutsInput } from './whereabouts-fields';

const RECORD_WHEREABOUTS_ONLY = graphql(`
  mutation RecordWhereaboutsOnly($input: RecordWhereaboutsInput!) {
    recordWhereabouts(input: $input) { id status }
  }
`);

/** Records where a child missing education was found, without closing the entry yet. */
export function WhereaboutsPage() {
  const { entryId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId }, fetchPolicy: 'network-only' });
  const [record, { loading }] = useMutation(RECORD_WHEREABOUTS_ONLY);
  const [form, setForm] = useState(emptyWhereabouts);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.registerEntry;
  if (entry && entry.kind !== 'CME') return <NoAccessPage />;
  const back = `/register/entries/${entryId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkWhereabouts(form);
    setErrors(problems);
    if (problems.length) return;
    try {
      await record({ variables: { input: whereaboutsInput(entryId, form) } });
      void navigate(back, { state: { confirmation: `Whereabouts recorded: ${label(WHEREABOUTS_LABELS, form.kind).toLowerCase()}` } });
    } catch (refusal) {
      const shown = refusalOf(refusal, 'whereaboutsKind', [...WHEREABOUTS_FIELDS, 'kind']);
      setErrors([{ ...shown, field: shown.field === 'kind' ? 'whereaboutsKind' : shown.field }]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Record whereabouts' : 'Record whereabouts'}>
      <Link className="govuk-back-link" to={back}>Back to the entry</Link>
      {!entry && <Loading />}
      {entry && (
        <>
          <ErrorSummary errors={errors} />
          <PageHeading caption={childName(entry.child)}>Record where the child was found</PageHeading>
          <form onSubmit={submit} noValidate>
            <WhereaboutsFields form={form} onChange={setForm} errors={errors} />
            <button type="submit" className="govuk-button" disabled={loading}>Record whereabouts</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
