import './messaging.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { refusalOf } from '../register/register-form';
import { formatDateTime } from '../concerns/concern-labels';
import { SuccessBanner } from '../layout/success-banner';

export const MY_NETWORKS = graphql(`
  query MyNetworks {
    networks(first: 50) {
      edges {
        node {
          id
          name
          description
          memberCount
          canModerate
          myMembership { status role }
        }
      }
    }
    myNetworkInvitations { invitedAt invitedByName network { id name description } }
  }
`);

const ASK_TO_JOIN = graphql(`
  mutation AskToJoinNetwork($networkId: ID!) {
    requestToJoinNetwork(input: { networkId: $networkId }) { networkId status }
  }
`);

const RESPOND = graphql(`
  mutation RespondToNetworkInvitation($networkId: ID!, $accept: Boolean!) {
    respondToNetworkInvitation(input: { networkId: $networkId, accept: $accept }) { networkId status }
  }
`);

const STANDING: Readonly<Record<string, string>> = {
  REQUESTED: 'You asked to join: waiting for a moderator',
  REFUSED: 'Not a member',
  LEFT: 'You left',
  REMOVED: 'Removed by a moderator',
};

/** The networks you are in, invitations waiting for your answer, and your authority's other networks to ask to join. */
export function NetworksPage() {
  const { data, error, refetch } = useQuery(MY_NETWORKS, { fetchPolicy: 'cache-and-network' });
  const [ask] = useMutation(ASK_TO_JOIN);
  const [respond] = useMutation(RESPOND);
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState('');
  const networks = data?.networks.edges.map((e) => e.node) ?? [];
  const mine = networks.filter((n) => n.myMembership?.status === 'ACTIVE');
  const invitedIds = new Set(data?.myNetworkInvitations.map((i) => i.network.id));
  const others = networks.filter((n) => n.myMembership?.status !== 'ACTIVE' && !invitedIds.has(n.id));
  const act = async (work: () => Promise<unknown>, text: string) => {
    setDone('');
    setProblem('');
    try {
      await work();
      setDone(text);
      await refetch();
    } catch (failure) {
      setProblem(refusalOf(failure, 'networks').message);
    }
  };
  return (
    <PageLayout title="Networks">
      <PageHeading>Networks</PageHeading>
      {done && <SuccessBanner id="success" message={done} />}
      {problem && <p className="govuk-error-message" role="alert"><span className="govuk-visually-hidden">Error:</span> {problem}</p>}
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && data.myNetworkInvitations.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Invitations waiting for your answer</h2>
          {data.myNetworkInvitations.map((i) => (
            <div key={i.network.id} className="govuk-inset-text">
              <p className="govuk-body govuk-!-font-weight-bold">{i.network.name}</p>
              {i.network.description && <p className="govuk-body">{i.network.description}</p>}
              <p className="govuk-body-s">Invited by {i.invitedByName ?? 'a moderator'}, {formatDateTime(i.invitedAt)}</p>
              <div className="govuk-button-group">
                <button type="button" className="govuk-button"
                  onClick={() => void act(() => respond({ variables: { networkId: i.network.id, accept: true } }), `You joined ${i.network.name}.`)}>
                  Join<span className="govuk-visually-hidden"> {i.network.name}</span>
                </button>
                <button type="button" className="govuk-button govuk-button--secondary"
                  onClick={() => void act(() => respond({ variables: { networkId: i.network.id, accept: false } }), `You declined the invitation to ${i.network.name}.`)}>
                  Decline<span className="govuk-visually-hidden"> the invitation to {i.network.name}</span>
                </button>
              </div>
            </div>
          ))}
        </>
      )}
      {data && (
        <>
          <h2 className="govuk-heading-m">Your networks</h2>
          {!mine.length && <p className="govuk-body">You are not in a network yet.</p>}
          {mine.length > 0 && (
            <dl className="govuk-summary-list">
              {mine.map((n) => (
                <div className="govuk-summary-list__row" key={n.id}>
                  <dt className="govuk-summary-list__key">
                    <Link className="govuk-link" to={`/networks/${n.id}`}>{n.name}</Link>
                    {n.myMembership?.role === 'MODERATOR' && <strong className="govuk-tag govuk-tag--blue govuk-!-margin-left-1">Moderator</strong>}
                  </dt>
                  <dd className="govuk-summary-list__value">
                    {n.description ?? ''} ({n.memberCount} {n.memberCount === 1 ? 'member' : 'members'})
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
      {others.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Other networks you could join</h2>
          <dl className="govuk-summary-list">
            {others.map((n) => (
              <div className="govuk-summary-list__row" key={n.id}>
                <dt className="govuk-summary-list__key">
                  {n.canModerate ? <Link className="govuk-link" to={`/networks/${n.id}`}>{n.name}</Link> : n.name}
                </dt>
                <dd className="govuk-summary-list__value">
                  {n.description ?? ''}
                  {n.myMembership && <><br /><strong className="govuk-tag govuk-tag--grey">{STANDING[n.myMembership.status] ?? n.myMembership.status}</strong></>}
                </dd>
                <dd className="govuk-summary-list__actions">
                  {n.myMembership?.status !== 'REQUESTED' && n.myMembership?.status !== 'REMOVED' && (
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      onClick={() => void act(() => ask({ variables: { networkId: n.id } }), `You asked to join ${n.name}. Its moderators will decide.`)}>
                      Ask to join<span className="govuk-visually-hidden"> {n.name}</span>
                    </button>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </PageLayout>
  );
}
