import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { formatDate } from './register-labels';
import { TableScroll } from '../layout/table-scroll';

const MERGE_QUEUE = graphql(`
  query MergeQueue($after: String) {
    children(first: 25, after: $after, filter: { possibleDuplicates: true }) {
      edges {
        node {
          id legalFirstName legalLastName dateOfBirth postcode
          possibleDuplicates { why child { id legalFirstName legalLastName dateOfBirth } }
        }
      }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const isManager = (me: { memberships: Array<{ role: string }> }) => me.memberships.some((m) => m.role === 'LA_MANAGER');

/** An LA manager's queue: records that may be the same child, each pair shown once, to compare and merge. */
export function MergeQueuePage() {
  const me = useMe();
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const manager = isManager(me);
  const { data, error } = useQuery(MERGE_QUEUE, { variables: { after }, fetchPolicy: 'network-only', skip: !manager });
  const code = errorCode(error);
  if (!manager || code === 'FORBIDDEN') return <NoAccessPage />;
  const children = data?.children.edges.map((e) => e.node) ?? [];
  // Each pair appears under both of its records; show it once, under the first listed.
  const seen = new Set<string>();
  const pairs = children.flatMap((c) =>
    c.possibleDuplicates
      .filter((d) => {
        const key = [c.id, d.child.id].sort().join('/');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((d) => ({ a: c, b: d.child, why: d.why })),
  );
  const title = 'Records that may be the same child';
  return (
    <PageLayout title={title}>
      <Link className="govuk-back-link" to="/register">Back to the register</Link>
      <PageHeading caption="Register">{title}</PageHeading>
      <p className="govuk-body">
        Compare each pair and merge them if they are one child. A merge keeps both histories in one chronology. You cannot merge a
        record you created yourself: another manager must.
      </p>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !pairs.length && <p className="govuk-body">No records on the register look like the same child.</p>}
      {pairs.length > 0 && (
        <TableScroll label={title}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Record</th>
              <th scope="col" className="govuk-table__header">May be the same as</th>
              <th scope="col" className="govuk-table__header">Why</th>
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {pairs.map(({ a, b, why }) => (
              <tr className="govuk-table__row" key={`${a.id}/${b.id}`}>
                <td className="govuk-table__cell">{a.legalFirstName} {a.legalLastName}, born {formatDate(a.dateOfBirth)}</td>
                <td className="govuk-table__cell">{b.legalFirstName} {b.legalLastName}, born {formatDate(b.dateOfBirth)}</td>
                <td className="govuk-table__cell">{why}</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/register/merges/${a.id}/${b.id}`}>
                    Compare<span className="govuk-visually-hidden"> {a.legalFirstName} {a.legalLastName} and {b.legalFirstName} {b.legalLastName}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {data?.children.pageInfo.hasNextPage && (
        <nav className="govuk-pagination" aria-label="Pages of results">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next" to={`/register/merges?after=${encodeURIComponent(data.children.pageInfo.endCursor!)}`}>
              <span className="govuk-pagination__link-title">Next page</span>
            </Link>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}
