import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime } from '../concerns/concern-labels';
import { holdsAny } from '../concerns/concern-roles';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError, FieldErrorMessage } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { refusalOf } from '../register/register-form';
import { peopleToChoose } from './search-links';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

const MODERATION = graphql(`
  query NetworkModeration($id: ID!) {
    network(id: $id) {
      id
      name
      canModerate
      members { userId displayName role canTakePart }
      pendingMembers { userId displayName status createdAt }
    }
    networks(first: 20) { edges { node { id members { userId displayName canTakePart } } } }
  }
`);

/** An LA manager may invite anyone of the authority, not only people in networks they can see. */
const AUTHORITY_PEOPLE = graphql(`
  query AuthorityPeopleToInvite {
    users(first: 100) { edges { node { id displayName status memberships { role } } } }
  }
`);

const DECIDE = graphql(`
  mutation DecideNetworkRequest($input: DecideNetworkRequestInput!) {
    decideNetworkRequest(input: $input) { userId status }
  }
`);
const INVITE = graphql(`
  mutation InviteToNetwork($input: NetworkPersonInput!) {
    inviteToNetwork(input: $input) { userId status }
  }
`);
const REMOVE = graphql(`
  mutation RemoveNetworkMember($input: NetworkPersonInput!) {
    removeNetworkMember(input: $input) { userId status }
  }
`);
const SET_MODERATOR = graphql(`
  mutation SetNetworkModerator($input: SetNetworkModeratorInput!) {
    setNetworkModerator(input: $input) { userId role }
  }
`);

/** Roles that may take part in networks (libs/networks NETWORK_PARTICIPANT_ROLES). */
const PARTICIPANT_ROLES = ['HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER'];

/**
 * A network's moderation, for its moderators and the authority's managers: requests to join,
 * invitations (send and withdraw), members (remove, make moderator). Muting and hiding messages
 * happen in each channel; reported messages have their own queue.
 */
export function NetworkModerationPage() {
  const { networkId = '' } = useParams();
  const me = useMe();
  const manager = holdsAny(me, ['LA_MANAGER']);
  const { data, error, refetch } = useQuery(MODERATION, { variables: { id: networkId }, fetchPolicy: 'network-only' });
  const authority = useQuery(AUTHORITY_PEOPLE, { skip: !manager });
  const [decide] = useMutation(DECIDE);
  const [invite, inviting] = useMutation(INVITE);
  const [remove] = useMutation(REMOVE);
  const [setModerator] = useMutation(SET_MODERATOR);
  const [done, setDone] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [invitee, setInvitee] = useState('');
  const [confirming, setConfirming] = useState('');
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  if (data && !data.network.canModerate) return <NoAccessPage />;

  const act = async (work: () => Promise<unknown>, text: string, field: string) => {
    setDone('');
    setErrors([]);
    setConfirming('');
    try {
      await work();
      setDone(text);
      await refetch();
    } catch (failure) {
      setErrors([refusalOf(failure, field)]);
    }
  };
  const network = data?.network;
  const pending = network?.pendingMembers ?? [];
  const requests = pending.filter((p) => p.status === 'REQUESTED');
  const invited = pending.filter((p) => p.status === 'INVITED');
  const members = network?.members ?? [];
  const fromNetworks = (data?.networks.edges ?? []).flatMap((e) => (e.node.members ?? []).filter((m) => m.canTakePart));
  const fromAuthority = (authority.data?.users.edges ?? [])
    .map((e) => e.node)
    .filter((u) => u.status === 'ACTIVE' && u.memberships.some((m) => PARTICIPANT_ROLES.includes(m.role)))
    .map((u) => ({ userId: u.id, displayName: u.displayName }));
  const candidates = peopleToChoose([...fromNetworks, ...fromAuthority], me.id, [...members, ...pending].map((m) => m.userId));

  const sendInvitation = (event: FormEvent) => {
    event.preventDefault();
    if (!invitee) return setErrors([{ field: 'invitee', message: 'Select who to invite' }]);
    const name = candidates.find((c) => c.userId === invitee)?.displayName ?? 'They';
    void act(() => invite({ variables: { input: { networkId, userId: invitee } } }), `${name} is invited. They will be told.`, 'invitee').then(() => setInvitee(''));
  };
  const title = 'Moderate the network';
  return (
    <PageLayout title={errors.length ? `Error: ${title}` : title}>
      <Link to={`/networks/${networkId}`} className="govuk-back-link">Back to the network</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {network && (
        <>
          {done && <SuccessBanner id="success" message={done} />}
          <PageHeading caption={network.name}>{title}</PageHeading>
          <ErrorSummary errors={errors} />
          <p className="govuk-body">
            To mute someone or hide a message, open the channel. Messages people reported are in{' '}
            <Link className="govuk-link" to="/oversight/reports">reported messages</Link>.
          </p>

          <h2 className="govuk-heading-m">Requests to join</h2>
          {!requests.length && <p className="govuk-body" id="requests">There are no requests waiting.</p>}
          {requests.length > 0 && (
            <TableScroll label="Requests to join">
            <table className="govuk-table" id="requests">
              <caption className="govuk-table__caption govuk-visually-hidden">Requests to join</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Person</th>
                  <th scope="col" className="govuk-table__header">Asked</th>
                  <th scope="col" className="govuk-table__header">Decision</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {requests.map((r) => (
                  <tr className="govuk-table__row" key={r.userId}>
                    <td className="govuk-table__cell">{r.displayName}</td>
                    <td className="govuk-table__cell">{formatDateTime(r.createdAt)}</td>
                    <td className="govuk-table__cell">
                      <div className="govuk-button-group govuk-!-margin-bottom-0">
                        <button type="button" className="govuk-button govuk-!-margin-bottom-0"
                          onClick={() => void act(() => decide({ variables: { input: { networkId, userId: r.userId, approve: true } } }), `${r.displayName} is now a member.`, 'requests')}>
                          Let in<span className="govuk-visually-hidden"> {r.displayName}</span>
                        </button>
                        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          onClick={() => void act(() => decide({ variables: { input: { networkId, userId: r.userId, approve: false } } }), `You refused ${r.displayName}’s request.`, 'requests')}>
                          Refuse<span className="govuk-visually-hidden"> {r.displayName}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}

          <h2 className="govuk-heading-m">Invitations</h2>
          {invited.length > 0 ? (
            <ul className="govuk-list" id="invitations">
              {invited.map((i) => (
                <li key={i.userId}>
                  {i.displayName}, invited {formatDateTime(i.createdAt)}: <strong className="govuk-tag govuk-tag--yellow">Not answered yet</strong>{' '}
                  <button type="button" className="app-link-button"
                    onClick={() => void act(() => remove({ variables: { input: { networkId, userId: i.userId } } }), `The invitation to ${i.displayName} is withdrawn.`, 'invitations')}>
                    Withdraw<span className="govuk-visually-hidden"> the invitation to {i.displayName}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : <p className="govuk-body" id="invitations">No invitations are waiting for an answer.</p>}
          <form noValidate onSubmit={sendInvitation}>
            <div className={`govuk-form-group${errors.some((e) => e.field === 'invitee') ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor="invitee">Invite someone</label>
              <div id="invitee-hint" className="govuk-hint">
                {manager ? 'People of your authority and of networks you can see.' : 'People in networks you can see.'} They are told and can accept or decline.
              </div>
              <FieldErrorMessage id="invitee" error={errors.find((e) => e.field === 'invitee')?.message} />
              <select className="govuk-select" id="invitee" name="invitee" value={invitee} onChange={(e) => setInvitee(e.target.value)}
                aria-describedby="invitee-hint">
                <option value="">Choose a person</option>
                {candidates.map((c) => <option key={c.userId} value={c.userId}>{c.displayName}</option>)}
              </select>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary" disabled={inviting.loading}>Send invitation</button>
          </form>

          <h2 className="govuk-heading-m">Members</h2>
          <TableScroll label="Members">
          <table className="govuk-table" id="members">
            <caption className="govuk-table__caption govuk-visually-hidden">Members</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Person</th>
                <th scope="col" className="govuk-table__header">Role</th>
                <th scope="col" className="govuk-table__header">Change</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {members.map((m) => (
                <tr className="govuk-table__row" key={m.userId}>
                  <td className="govuk-table__cell">{m.userId === me.id ? `${m.displayName} (you)` : m.displayName}</td>
                  <td className="govuk-table__cell">
                    {m.role === 'MODERATOR' ? <strong className="govuk-tag govuk-tag--blue">Moderator</strong> : 'Member'}
                  </td>
                  <td className="govuk-table__cell">
                    <button type="button" className="app-link-button govuk-!-margin-right-3"
                      onClick={() => void act(() => setModerator({ variables: { input: { networkId, userId: m.userId, moderator: m.role !== 'MODERATOR' } } }),
                        m.role === 'MODERATOR' ? `${m.displayName} is now a plain member.` : `${m.displayName} is now a moderator.`, 'members')}>
                      {m.role === 'MODERATOR' ? 'Make a plain member' : 'Make moderator'}<span className="govuk-visually-hidden"> ({m.displayName})</span>
                    </button>
                    {confirming === m.userId ? (
                      <span>
                        Remove {m.displayName}?{' '}
                        <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                          onClick={() => void act(() => remove({ variables: { input: { networkId, userId: m.userId } } }), `${m.displayName} is no longer a member.`, 'members')}>
                          Yes, remove
                        </button>{' '}
                        <button type="button" className="app-link-button" onClick={() => setConfirming('')}>Cancel</button>
                      </span>
                    ) : (
                      <button type="button" className="app-link-button" onClick={() => setConfirming(m.userId)}>
                        Remove<span className="govuk-visually-hidden"> {m.displayName}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        </>
      )}
    </PageLayout>
  );
}
