import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { useMe } from '../auth/require-session';
import { childName, Confirmation } from './entry-page';
import { isManager } from './merge-queue-page';
import { EntryStatusTag } from './entry-summary';
import { formatDate, KIND_LABELS, label } from './register-labels';
import { TableScroll } from '../layout/table-scroll';

const CHILD_RECORD = graphql(`
  query ChildRecord($id: ID!, $after: String) {
    child(id: $id) {
      id
      legalFirstName
      legalLastName
      otherNames
      dateOfBirth
      upn
      postcode
      hasEhcPlan
      childProtectionPlan
      childInNeedPlan
      mergedIntoId
      possibleDuplicates { why child { id legalFirstName legalLastName dateOfBirth } }
      chronology(first: 50, after: $after) {
        edges { node { id kind occurredOn summary entryId } }
        pageInfo { endCursor hasNextPage }
      }
    }
    registerEntries(first: 50, filter: { childId: $id }) {
      edges { node { id kind status reportedOn } }
    }
  }
`);

/** One child: who they are, their entries, and their one chronology across every entry. */
export function ChildPage() {
  const { childId = '' } = useParams();
  const me = useMe();
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const { data, error } = useQuery(CHILD_RECORD, { variables: { id: childId, after }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const child = data?.child;
  const plans = child && [child.hasEhcPlan && 'EHC plan', child.childProtectionPlan && 'Child protection plan', child.childInNeedPlan && 'Child in need plan'].filter(Boolean);
  const events = child?.chronology.edges.map((e) => e.node) ?? [];
  return (
    <PageLayout title={child ? childName(child) : 'Child'}>
      <Link className="govuk-back-link" to="/register">Back to the register</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {child && data && (
        <>
          <Confirmation />
          <PageHeading caption="Child">{childName(child)}</PageHeading>
          {child.mergedIntoId && (
            <div className="govuk-inset-text">
              This record was merged into <Link className="govuk-link" to={`/register/children/${child.mergedIntoId}`}>the record kept</Link>; its history is there.
            </div>
          )}
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Date of birth</dt>
              <dd className="govuk-summary-list__value">{formatDate(child.dateOfBirth)}</dd>
            </div>
            {child.otherNames.length > 0 && (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Also known as</dt>
                <dd className="govuk-summary-list__value">{child.otherNames.join(', ')}</dd>
              </div>
            )}
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">UPN</dt>
              <dd className="govuk-summary-list__value">{child.upn ?? 'Not known'}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Postcode</dt>
              <dd className="govuk-summary-list__value">{child.postcode ?? 'Not known'}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Plans</dt>
              <dd className="govuk-summary-list__value">{plans && plans.length ? plans.join(', ') : 'None recorded'}</dd>
            </div>
          </dl>

          {child.possibleDuplicates.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Records that may be the same child</h2>
              <ul className="govuk-list">
                {child.possibleDuplicates.map((d) => (
                  <li key={d.child.id}>
                    <Link className="govuk-link" to={`/register/children/${d.child.id}`}>{childName(d.child)}</Link>, born {formatDate(d.child.dateOfBirth)} ({d.why})
                    {isManager(me) && (
                      <>
                        {' · '}
                        <Link className="govuk-link" to={`/register/merges/${child.id}/${d.child.id}`}>
                          Compare and merge<span className="govuk-visually-hidden"> with {childName(d.child)}</span>
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}

          <h2 className="govuk-heading-m">Register entries</h2>
          <ul className="govuk-list">
            {data.registerEntries.edges.map(({ node: e }) => (
              <li key={e.id}>
                <Link className="govuk-link" to={`/register/entries/${e.id}`}>{label(KIND_LABELS, e.kind)}, reported {formatDate(e.reportedOn)}</Link>{' '}
                <EntryStatusTag status={e.status} />
              </li>
            ))}
          </ul>

          <h2 className="govuk-heading-m">Chronology</h2>
          {!events.length && <p className="govuk-body">Nothing recorded yet.</p>}
          {events.length > 0 && (
            <TableScroll label="Chronology, oldest first">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Chronology, oldest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Date</th>
                  <th scope="col" className="govuk-table__header">What happened</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {events.map((e) => (
                  <tr className="govuk-table__row" key={e.id}>
                    <td className="govuk-table__cell">{formatDate(e.occurredOn)}</td>
                    <td className="govuk-table__cell">{e.summary}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
          {child.chronology.pageInfo.hasNextPage && (
            <nav className="govuk-pagination" aria-label="Pages of the chronology">
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" rel="next"
                  to={`/register/children/${child.id}?after=${encodeURIComponent(child.chronology.pageInfo.endCursor!)}`}>
                  <span className="govuk-pagination__link-title">Next page</span>
                </Link>
              </div>
            </nav>
          )}
        </>
      )}
    </PageLayout>
  );
}
