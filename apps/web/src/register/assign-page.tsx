import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage } from '../layout/status-pages';
import { childName, REGISTER_ENTRY } from './entry-page';
import { errorFor, Radios, refusalOf } from './register-form';
import { REGISTER_WORK_ROLES } from './register-labels';

// 80 accounts with their memberships is as much as one request may cost (the api's limit is 5000).
const TEAM = graphql(`
  query RegisterTeam {
    users(first: 80) {
      edges { node { id displayName status memberships { role localAuthorityId endsOn } } }
    }
  }
`);

const ASSIGN = graphql(`
  mutation AssignRegisterEntry($input: AssignRegisterEntryInput!) {
    assignRegisterEntry(input: $input) { id assignedOfficerId }
  }
`);

/** The authority's officers and managers someone may give an entry to; an officer may take it on themselves. */
export function teamOptions(
  me: { id: string; displayName: string },
  users: Array<{ id: string; displayName: string; status: string; memberships: Array<{ role: string; localAuthorityId?: string | null; endsOn?: string | null }> }>,
  localAuthorityId: string,
): Record<string, string> {
  const options: Record<string, string> = { [me.id]: `Me (${me.displayName})` };
  for (const u of users) {
    if (u.id === me.id || u.status !== 'ACTIVE') continue;
    if (u.memberships.some((m) => REGISTER_WORK_ROLES.has(m.role) && m.localAuthorityId === localAuthorityId && !m.endsOn)) options[u.id] = u.displayName;
  }
  return options;
}

/** Gives an entry to an officer, who is notified. Managers choose anyone in the team; officers take it on. */
export function AssignPage() {
  const { entryId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const manager = me.memberships.some((m) => m.role === 'LA_MANAGER');
  const { data, error } = useQuery(REGISTER_ENTRY, { variables: { id: entryId }, fetchPolicy: 'network-only' });
  const team = useQuery(TEAM, { skip: !manager });
  const [assign, { loading }] = useMutation(ASSIGN);
  const [officerId, setOfficerId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (!me.memberships.some((m) => REGISTER_WORK_ROLES.has(m.role))) return <NoAccessPage />;
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const entry = data?.registerEntry;
  const back = `/register/entries/${entryId}`;
  const users = team.data?.users.edges.map((e) => e.node) ?? [];
  const options = entry ? teamOptions(me, users, entry.localAuthorityId) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!officerId) {
      setErrors([{ field: 'officerId', message: 'Select who works this entry' }]);
      return;
    }
    try {
      await assign({ variables: { input: { entryId, officerId } } });
      void navigate(back, { state: { confirmation: officerId === me.id ? 'The entry is assigned to you' : `Assigned to ${options[officerId]}, who has been told` } });
    } catch (refusal) {
      setErrors([refusalOf(refusal, 'officerId', ['officerId'])]);
    }
  }

  return (
    <PageLayout title={errors.length ? 'Error: Assign the entry' : 'Assign the entry'}>
      <Link className="govuk-back-link" to={back}>Back to the entry</Link>
      {(!entry || (manager && team.loading)) && <Loading />}
      {entry && !(manager && team.loading) && (
        <>
          <ErrorSummary errors={errors} />
          <PageHeading caption={childName(entry.child)}>Who works this entry?</PageHeading>
          <form onSubmit={submit} noValidate>
            <Radios id="officerId" legend="Assign to" hint={manager ? 'Officers and managers of your authority' : 'A manager can give it to someone else'}
              options={options} value={officerId} onChange={setOfficerId} error={errorFor(errors, 'officerId')} />
            <button type="submit" className="govuk-button" disabled={loading}>Assign</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
