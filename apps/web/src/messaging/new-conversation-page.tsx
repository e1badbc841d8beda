import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../auth/require-session';
import { Checkboxes } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { errorFor, refusalOf } from '../register/register-form';
import { checkPeople } from './channel-form';
import { START_DIRECT } from './network-page';
import { peopleToChoose } from './search-links';

const PEOPLE_IN_MY_NETWORKS = graphql(`
  query PeopleInMyNetworks {
    networks(first: 20, filter: { mine: true }) {
      edges { node { id name members { userId displayName canTakePart } } }
    }
  }
`);

/** Start (or reopen) a direct conversation with people you share a network with. */
export function NewConversationPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { data, error } = useQuery(PEOPLE_IN_MY_NETWORKS, { fetchPolicy: 'network-only' });
  const [start, starting] = useMutation(START_DIRECT);
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const members = (data?.networks.edges ?? []).flatMap((e) => (e.node.members ?? []).filter((m) => m.canTakePart));
  const people = peopleToChoose(members, me.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkPeople(chosen);
    setErrors(problems);
    if (problems.length) return;
    try {
      const result = await start({ variables: { userIds: chosen } });
      if (result.data) void navigate(`/messages/${result.data.startDirectConversation.id}`);
    } catch (failure) {
      setErrors([refusalOf(failure, 'people')]);
    }
  };
  const title = 'Start a direct conversation';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to="/messages" className="govuk-back-link">Back to messages</Link>
      <PageHeading caption="Messages">{title}</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !people.length && (
        <p className="govuk-body">
          You can message people you share a network with. <Link className="govuk-link" to="/networks">Join a network</Link> to find them.
        </p>
      )}
      {people.length > 0 && (
        <>
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Checkboxes id="people" legend="Who do you want to message?"
              hint="People in your networks. Choose up to 8; the same people always share one conversation."
              values={chosen} options={people.map((p) => ({ value: p.userId, label: p.displayName }))}
              onChange={(values) => { setChosen(values); if (errors.length) setErrors(checkPeople(values)); }}
              error={errorFor(errors, 'people')} />
            <button type="submit" className="govuk-button" disabled={starting.loading}>Open the conversation</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
