import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import type { ConcernCategory, ConcernStatus } from '../graphql/generated/graphql';
import { CATEGORY_LABELS, formatDateTime, OUTCOME_LABELS, STATUS_TAGS, StatusTag } from './concern-labels';
import { FILING_ROLES, holdsAny } from './concern-roles';
import { TableScroll } from '../layout/table-scroll';

const CONCERNS = graphql(`
  query SchoolConcerns($filter: ConcernsFilter) {
    concerns(first: 50, filter: $filter) {
      edges {
        node {
          id reference status categories submittedAt createdAt outcome draftChildName
          child { id legalFirstName legalLastName }
        }
      }
      pageInfo { hasNextPage }
    }
  }
`);

/** The concerns a school raised (and your drafts), newest first, each with its status in words. */
export function ConcernsListPage() {
  const me = useMe();
  const files = holdsAny(me, FILING_ROLES);
  // Filters from the address (the inspection dashboard links here with them), checked against the api's words.
  const [params] = useSearchParams();
  const status = params.get('status') as ConcernStatus | null;
  const category = params.get('category') as ConcernCategory | null;
  const filter = {
    status: status && status in STATUS_TAGS ? status : undefined,
    category: category && category in CATEGORY_LABELS ? category : undefined,
  };
  const filtered = !!(filter.status || filter.category);
  const { data, error } = useQuery(CONCERNS, { variables: { filter }, fetchPolicy: 'network-only' });
  const concerns = data?.concerns.edges.map((e) => e.node) ?? [];
  const title = files ? 'Your school’s concerns' : 'Safeguarding concerns';
  return (
    <PageLayout title={title}>
      <PageHeading>{title}</PageHeading>
      {files && (
        <Link to="/concerns/new" className="govuk-button" role="button" draggable={false}>
          Report a concern
        </Link>
      )}
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {filtered && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/concerns">
            Show every concern
          </Link>
        </p>
      )}
      {data && !concerns.length && <p className="govuk-body">{filtered ? 'No concerns match.' : 'There are no concerns yet.'}</p>}
      {data?.concerns.pageInfo.hasNextPage && <p className="govuk-body">The newest 50 are shown.</p>}
      {concerns.length > 0 && (
        <TableScroll label="Concerns">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {filtered
              ? `Concerns: ${[filter.status && STATUS_TAGS[filter.status].text.toLowerCase(), filter.category && CATEGORY_LABELS[filter.category]].filter(Boolean).join(', ')}, newest first`
              : 'Concerns, newest first'}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">About</th>
              <th scope="col" className="govuk-table__header">Submitted</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Outcome</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {concerns.map((c) => (
              <tr className="govuk-table__row" key={c.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={c.status === 'DRAFT' ? `/concerns/${c.id}/edit` : `/concerns/${c.id}`}>
                    {c.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{c.child ? `${c.child.legalFirstName} ${c.child.legalLastName}` : (c.draftChildName ?? 'Not yet given')}</td>
                <td className="govuk-table__cell">{c.categories.map((k) => CATEGORY_LABELS[k]).join(', ') || 'Not yet given'}</td>
                <td className="govuk-table__cell">{c.submittedAt ? formatDateTime(c.submittedAt) : 'Not submitted'}</td>
                <td className="govuk-table__cell"><StatusTag status={c.status} /></td>
                <td className="govuk-table__cell">{c.outcome ? OUTCOME_LABELS[c.outcome] : 'None yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </PageLayout>
  );
}
