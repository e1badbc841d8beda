import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { childName, Confirmation } from './entry-page';
import { EntryStatusTag } from './entry-summary';
import { REGISTER_ENTRIES } from './register-page';
import { formatDate, KIND_LABELS, label } from './register-labels';
import { TableScroll } from '../layout/table-scroll';

/**
 * A school's view: the api shows a school the entries it reported and those about children on its
 * roll, and no visit records; the council's work on each entry stays with the council.
 */
export function SchoolRegisterPage() {
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const { data, error } = useQuery(REGISTER_ENTRIES, { variables: { first: 20, after }, fetchPolicy: 'network-only' });
  const entries = data?.registerEntries.edges.map((e) => e.node) ?? [];
  const title = 'Your school’s children on the register';
  return (
    <PageLayout title={title}>
      <Confirmation />
      <PageHeading>{title}</PageHeading>
      <p className="govuk-body">
        Children on your school’s roll, and children your school reported, who are on the council’s register of children out of
        school. The council’s team works each entry; ask them about its progress.
      </p>
      <Link className="govuk-button" to="/register/report" draggable={false}>Report a child</Link>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !entries.length && <p className="govuk-body">None of your school’s children is on the register.</p>}
      {entries.length > 0 && (
        <TableScroll label={title}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">Date of birth</th>
              <th scope="col" className="govuk-table__header">Kind</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Reported</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((e) => (
              <tr className="govuk-table__row" key={e.id}>
                <td className="govuk-table__cell">{childName(e.child)}</td>
                <td className="govuk-table__cell">{formatDate(e.child?.dateOfBirth)}</td>
                <td className="govuk-table__cell">{label(KIND_LABELS, e.kind)}</td>
                <td className="govuk-table__cell"><EntryStatusTag status={e.status} /></td>
                <td className="govuk-table__cell">{formatDate(e.reportedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {data?.registerEntries.pageInfo.hasNextPage && (
        <nav className="govuk-pagination" aria-label="Pages of results">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next"
              to={`/register/school?after=${encodeURIComponent(data.registerEntries.pageInfo.endCursor!)}`}>
              <span className="govuk-pagination__link-title">Next page</span>
            </Link>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}
