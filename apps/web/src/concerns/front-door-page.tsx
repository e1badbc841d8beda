import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { CATEGORY_LABELS, formatDateTime, timeLeft } from './concern-labels';
import { DECIDING_ROLES, holdsAny } from './concern-roles';
import { TableScroll } from '../layout/table-scroll';

const FRONT_DOOR = graphql(`
  query FrontDoorQueue {
    frontDoorQueue(first: 50) {
      edges {
        node {
          id reference categories immediateRisk submittedAt decisionDueAt hoursUntilDecisionDue decisionOverdue
          child { id legalFirstName legalLastName }
        }
      }
    }
  }
`);

/** The council's front door: concerns awaiting a decision, immediate risk first, then oldest first. */
export function FrontDoorPage() {
  const decided = useLocation().state as { decided?: string; needsSignOff?: boolean } | null;
  // HMI reads the queue but does not decide: their links open the concern.
  const decides = holdsAny(useMe(), DECIDING_ROLES);
  const onlyOverdue = useSearchParams()[0].get('overdue') === 'yes';
  const { data, error } = useQuery(FRONT_DOOR, { fetchPolicy: 'network-only', pollInterval: 60_000 });
  const code = errorCode(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <NoAccessPage />;
  const queue = data?.frontDoorQueue.edges.map((e) => e.node) ?? [];
  const overdue = queue.filter((c) => c.decisionOverdue).length;
  const shown = onlyOverdue ? queue.filter((c) => c.decisionOverdue) : queue;
  return (
    <PageLayout title="Front door">
      {decided?.decided && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="decided-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="decided-title">Success</h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              Decision on {decided.decided} recorded.{' '}
              {decided.needsSignOff ? 'It takes effect when a manager signs it off.' : 'It is in effect.'}
            </p>
          </div>
        </div>
      )}
      <PageHeading caption="Concerns awaiting a decision">Front door</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <p className="govuk-body">
          {queue.length === 0 ? 'No concerns are waiting for a decision.' : `${queue.length} waiting for a decision, ${overdue} overdue.`} Each
          must be decided within one working day of its submission.
        </p>
      )}
      {onlyOverdue && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/front-door">
            Show every concern waiting for a decision
          </Link>
        </p>
      )}
      {shown.length > 0 && (
        <TableScroll label={onlyOverdue ? 'Past their deadline: immediate risk first, then oldest first' : 'Awaiting a decision: immediate risk first, then oldest first'}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {onlyOverdue ? 'Past their deadline: immediate risk first, then oldest first' : 'Awaiting a decision: immediate risk first, then oldest first'}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">About</th>
              <th scope="col" className="govuk-table__header">Submitted</th>
              <th scope="col" className="govuk-table__header">Time left</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.map((c) => (
              <tr className="govuk-table__row" key={c.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={decides ? `/concerns/${c.id}/decide` : `/concerns/${c.id}`}>
                    {c.reference}{decides && <span className="govuk-visually-hidden">: decide</span>}
                  </Link>
                  {c.immediateRisk && <> <strong className="govuk-tag govuk-tag--red">Immediate risk</strong></>}
                </td>
                <td className="govuk-table__cell">{c.child ? `${c.child.legalFirstName} ${c.child.legalLastName}` : 'Not known'}</td>
                <td className="govuk-table__cell">{c.categories.map((k) => CATEGORY_LABELS[k]).join(', ')}</td>
                <td className="govuk-table__cell">{formatDateTime(c.submittedAt)}</td>
                <td className="govuk-table__cell">
                  {c.decisionOverdue ? <strong className="govuk-tag govuk-tag--red">{timeLeft(c.hoursUntilDecisionDue)}</strong> : timeLeft(c.hoursUntilDecisionDue)}
                  <span className="govuk-visually-hidden">, due {formatDateTime(c.decisionDueAt)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
