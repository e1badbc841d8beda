import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { Checkboxes, Radios, TextField } from '../concerns/form-fields';
import { graphql } from '../graphql/generated';
import type { ChannelVisibility } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { errorFor, refusalOf } from '../register/register-form';
import { type ChannelForm, checkChannel } from './channel-form';
import { peopleToChoose } from './search-links';

const NETWORK_FOR_CHANNEL = graphql(`
  query NetworkForChannel($id: ID!) {
    network(id: $id) { id name myMembership { status } members { userId displayName canTakePart } }
  }
`);

const CREATE_CHANNEL = graphql(`
  mutation CreateChannel($input: CreateChannelInput!) {
    createChannel(input: $input) { id name }
  }
`);

const VISIBILITIES: Array<{ value: ChannelVisibility; label: string }> = [
  { value: 'PUBLIC', label: 'Public: every member of the network can read and join it' },
  { value: 'PRIVATE', label: 'Private: only the people you add' },
];

/** A new channel in a network you are a member of; you join it first. */
export function NewChannelPage() {
  const { networkId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { data, error } = useQuery(NETWORK_FOR_CHANNEL, { variables: { id: networkId } });
  const [create, creating] = useMutation(CREATE_CHANNEL);
  const [form, setForm] = useState<ChannelForm>({ name: '', topic: '', visibility: '', memberIds: [] });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  if (data && data.network.myMembership?.status !== 'ACTIVE') return <NoAccessPage />;

  const change = (next: Partial<ChannelForm>) => {
    const updated = { ...form, ...next };
    setForm(updated);
    // Once the summary is showing, each fix clears its own error as the user types.
    if (errors.length) setErrors(checkChannel(updated));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkChannel(form);
    setErrors(problems);
    if (problems.length || !form.visibility) return;
    try {
      const result = await create({
        variables: {
          input: { networkId, name: form.name.trim(), topic: form.topic.trim() || null, visibility: form.visibility, memberUserIds: form.memberIds },
        },
      });
      void navigate(`/networks/${networkId}`, { state: { created: result.data?.createChannel.name } });
    } catch (failure) {
      setErrors([refusalOf(failure, 'name', ['name', 'topic', 'visibility'])]);
    }
  };
  const people = peopleToChoose((data?.network.members ?? []).filter((m) => m.canTakePart), me.id);
  const title = 'Create a channel';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={`/networks/${networkId}`} className="govuk-back-link">Back to the network</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <PageHeading caption={data.network.name}>{title}</PageHeading>
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={(e) => void submit(e)}>
            <TextField id="name" label="Channel name" hint="For example, prevent-practice. It must be different from the network’s other channels."
              value={form.name} onChange={(name) => change({ name })} error={errorFor(errors, 'name')} width="govuk-input--width-20" />
            <TextField id="topic" label="What is it for? (optional)" value={form.topic} onChange={(topic) => change({ topic })} error={errorFor(errors, 'topic')} />
            <Radios id="visibility" legend="Who can see it?" value={form.visibility} options={VISIBILITIES}
              onChange={(visibility) => change({ visibility })} error={errorFor(errors, 'visibility')} />
            {people.length > 0 && (
              <Checkboxes id="members" legend="Add people now (optional)" hint="Members of the network. You can add others later."
                values={form.memberIds} options={people.map((p) => ({ value: p.userId, label: p.displayName }))}
                onChange={(memberIds) => change({ memberIds })} />
            )}
            <button type="submit" className="govuk-button" disabled={creating.loading}>Create channel</button>
          </form>
        </>
      )}
    </PageLayout>
  );
}
