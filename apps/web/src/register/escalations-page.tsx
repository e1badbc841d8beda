import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { formatDateTime, timeLeft } from '../concerns/concern-labels';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { childName } from './entry-page';
import { escalatedDeadlines, londonToday, overdueBy } from './escalations';
import { isManager } from './merge-queue-page';
import { DEADLINE_LABELS, formatDate, KIND_LABELS, label } from './register-labels';
import { TableScroll } from '../layout/table-scroll';

const ESCALATED_ENTRIES = graphql(`
  query EscalatedEntries($after: String) {
    registerEntries(first: 25, after: $after, filter: { escalated: true }) {
      edges {
        node {
          id kind status
          child { id legalFirstName legalLastName }
          deadlines { id kind dueOn escalateOn metOn cancelledOn }
        }
      }
      pageInfo { endCursor hasNextPage }
      totalCount
    }
  }
`);

// Apart from the entries: one query for all three goes past the api's cost limit.
const OVERDUE_CONCERNS = graphql(`
  query OverdueConcerns {
    frontDoorQueue(first: 50) {
      edges { node { id reference decisionDueAt decisionOverdue hoursUntilDecisionDue immediateRisk child { id legalFirstName legalLastName } } }
    }
  }
`);

const OVERDUE_SIGN_OFFS = graphql(`
  query OverdueSignOffs {
    signOffQueue(first: 50) {
      edges { node { id decidedAt signOffDueAt signOffOverdue concern { id reference child { id legalFirstName legalLastName } } } }
    }
  }
`);

/**
 * What has been escalated to the authority's managers: register deadlines past their escalation
 * date and still open, concerns past their decision deadline, and decisions past the sign-off window.
 */
export function EscalationsPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const manager = isManager(me);
  const entriesQuery = useQuery(ESCALATED_ENTRIES, { variables: { after }, fetchPolicy: 'network-only', skip: !manager });
  const concernsQuery = useQuery(OVERDUE_CONCERNS, { fetchPolicy: 'network-only', skip: !manager });
  const signOffsQuery = useQuery(OVERDUE_SIGN_OFFS, { fetchPolicy: 'network-only', skip: !manager });
  const error = entriesQuery.error ?? concernsQuery.error ?? signOffsQuery.error;
  const code = errorCode(error);
  if (!manager || code === 'FORBIDDEN') return <NoAccessPage />;
  const ready = entriesQuery.data && concernsQuery.data && signOffsQuery.data;
  const data = ready ? { ...entriesQuery.data!, ...concernsQuery.data!, ...signOffsQuery.data! } : undefined;
  const today = londonToday();
  const entries = data?.registerEntries.edges.map((e) => e.node) ?? [];
  const concerns = data?.frontDoorQueue.edges.map((e) => e.node).filter((c) => c.decisionOverdue) ?? [];
  const decisions = data?.signOffQueue.edges.map((e) => e.node).filter((d) => d.signOffOverdue) ?? [];
  const title = 'Escalations';
  return (
    <PageLayout title={title}>
      <PageHeading caption="Your authority">{title}</PageHeading>
      <p className="govuk-body">Work past its deadline that has been escalated to managers. Each item stays here until it is done.</p>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <h2 className="govuk-heading-m">Register deadlines ({data.registerEntries.totalCount ?? entries.length})</h2>
          {!entries.length && <p className="govuk-body">No register deadline has been escalated.</p>}
          {entries.length > 0 && (
            <TableScroll label="Register deadlines escalated to managers">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Register deadlines escalated to managers</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Child</th>
                  <th scope="col" className="govuk-table__header">Kind</th>
                  <th scope="col" className="govuk-table__header">Escalated</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {entries.map((e) => (
                  <tr className="govuk-table__row" key={e.id}>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/register/entries/${e.id}`}>{childName(e.child)}<span className="govuk-visually-hidden">, {label(KIND_LABELS, e.kind)}</span></Link>
                    </td>
                    <td className="govuk-table__cell">{label(KIND_LABELS, e.kind)}</td>
                    <td className="govuk-table__cell">
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        {escalatedDeadlines(e.deadlines, today).map((d) => (
                          <li key={d.id}>
                            <strong className="govuk-tag govuk-tag--red">{overdueBy(d.dueOn, today)}</strong> {label(DEADLINE_LABELS, d.kind)}: due {formatDate(d.dueOn)}, escalated after {formatDate(d.escalateOn)}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
          {data.registerEntries.pageInfo.hasNextPage && (
            <nav className="govuk-pagination" aria-label="Pages of escalated register entries">
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" rel="next" to={`/escalations?after=${encodeURIComponent(data.registerEntries.pageInfo.endCursor!)}`}>
                  <span className="govuk-pagination__link-title">Next page</span>
                </Link>
              </div>
            </nav>
          )}

          <h2 className="govuk-heading-m">Concerns past their decision deadline ({concerns.length})</h2>
          {!concerns.length && <p className="govuk-body">Every concern waiting at the front door is within its deadline.</p>}
          {concerns.length > 0 && (
            <ul className="govuk-list govuk-list--spaced">
              {concerns.map((c) => (
                <li key={c.id}>
                  <Link className="govuk-link" to={`/concerns/${c.id}`}>{c.reference}</Link>
                  {c.child && `: ${c.child.legalFirstName} ${c.child.legalLastName}`}{' '}
                  <strong className="govuk-tag govuk-tag--red">{timeLeft(c.hoursUntilDecisionDue)}</strong>
                  {c.immediateRisk && <>{' '}<strong className="govuk-tag govuk-tag--orange">Immediate risk</strong></>}
                  , decision was due {formatDateTime(c.decisionDueAt)}
                </li>
              ))}
            </ul>
          )}

          <h2 className="govuk-heading-m">Decisions past the sign-off window ({decisions.length})</h2>
          {!decisions.length && <p className="govuk-body">No decision is waiting past the sign-off window.</p>}
          {decisions.length > 0 && (
            <ul className="govuk-list govuk-list--spaced">
              {decisions.map((d) => (
                <li key={d.id}>
                  {d.concern ? <Link className="govuk-link" to={`/concerns/${d.concern.id}`}>{d.concern.reference}</Link> : 'A concern'}
                  {d.concern?.child && `: ${d.concern.child.legalFirstName} ${d.concern.child.legalLastName}`}{' '}
                  <strong className="govuk-tag govuk-tag--red">Sign-off overdue</strong>, decided {formatDateTime(d.decidedAt)}, sign-off was due {formatDateTime(d.signOffDueAt)}
                </li>
              ))}
              <li><Link className="govuk-link" to="/sign-off">Go to decisions to sign off</Link></li>
            </ul>
          )}
        </>
      )}
    </PageLayout>
  );
}
