import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { holdsAny } from '../concerns/concern-roles';
import { formatDateTime } from '../concerns/concern-labels';
import { graphql } from '../graphql/generated';
import type { PressureCategory, PressureReportStatus, PressureReportsQuery } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import {
  acknowledgementTimeLeft, PRESSURE_ACKNOWLEDGING_ROLES, PRESSURE_CATEGORY_LABELS, PRESSURE_REPORTING_ROLES, PressureStatusTag,
} from './pressure-labels';

const STATUS_WORDS: Readonly<Record<PressureReportStatus, string>> = {
  SUBMITTED: 'awaiting acknowledgement',
  ACKNOWLEDGED: 'acknowledged',
  ACTION_IN_PROGRESS: 'action in progress',
  RESOLVED: 'resolved',
};

const REPORTS = graphql(`
  query PressureReports($filter: PressureReportsFilter) {
    pressureReports(first: 50, filter: $filter) {
      edges {
        node {
          id reference status category submittedAt hoursUntilAcknowledgementDue acknowledgementOverdue
          school { id name }
        }
      }
      pageInfo { hasNextPage }
    }
  }
`);

type Report = PressureReportsQuery['pressureReports']['edges'][number]['node'];

function ReportsTable({ caption, reports, showSchool, showTimeLeft }: { caption: string; reports: Report[]; showSchool: boolean; showTimeLeft?: boolean }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Reference</th>
          {showSchool && <th scope="col" className="govuk-table__header">School</th>}
          <th scope="col" className="govuk-table__header">What kind</th>
          <th scope="col" className="govuk-table__header">Sent</th>
          <th scope="col" className="govuk-table__header">{showTimeLeft ? 'Time to acknowledge' : 'Status'}</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {reports.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <td className="govuk-table__cell"><Link className="govuk-link" to={`/pressure/${r.id}`}>{r.reference}</Link></td>
            {showSchool && <td className="govuk-table__cell">{r.school.name}</td>}
            <td className="govuk-table__cell">{PRESSURE_CATEGORY_LABELS[r.category]}</td>
            <td className="govuk-table__cell">{formatDateTime(r.submittedAt)}</td>
            <td className="govuk-table__cell">
              {showTimeLeft
                ? <strong className={`govuk-tag ${r.acknowledgementOverdue ? 'govuk-tag--red' : 'govuk-tag--blue'}`}>{acknowledgementTimeLeft(r.hoursUntilAcknowledgementDue)}</strong>
                : <PressureStatusTag status={r.status} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Reports of intimidation and pressure: a school's own (with the way to report), or the council's,
 * with those waiting to be acknowledged first.
 */
export function PressureListPage() {
  const me = useMe();
  const reports = holdsAny(me, PRESSURE_REPORTING_ROLES);
  const council = holdsAny(me, PRESSURE_ACKNOWLEDGING_ROLES);
  // Filters from the address (the inspection dashboard links here with them), checked against the api's words.
  const [params] = useSearchParams();
  const status = params.get('status') as PressureReportStatus | null;
  const category = params.get('category') as PressureCategory | null;
  const filter = {
    status: status && status in STATUS_WORDS ? status : undefined,
    category: category && category in PRESSURE_CATEGORY_LABELS ? category : undefined,
    acknowledgementOverdue: params.get('acknowledgementOverdue') === 'yes' || undefined,
  };
  const filtered = !!(filter.status || filter.category || filter.acknowledgementOverdue);
  const { data, error } = useQuery(REPORTS, { variables: { filter }, fetchPolicy: 'network-only' });
  const all = data?.pressureReports.edges.map((e) => e.node) ?? [];
  const waiting = all.filter((r) => r.status === 'SUBMITTED');
  const title = reports ? 'Your school’s reports of intimidation and pressure' : 'Reports of intimidation and pressure';
  return (
    <PageLayout title={title}>
      <PageHeading>{title}</PageHeading>
      {reports && (
        <Link to="/pressure/new" className="govuk-button" role="button" draggable={false}>Report intimidation or pressure</Link>
      )}
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {data && !all.length && <p className="govuk-body">{filtered ? 'No reports match.' : 'There are no reports yet.'}</p>}
      {filtered && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/pressure">Show every report</Link>
        </p>
      )}
      {council && data && !filtered && (
        <>
          <p className="govuk-body">{`${waiting.length} waiting for acknowledgement, ${waiting.filter((r) => r.acknowledgementOverdue).length} overdue.`}</p>
          {waiting.length > 0 && <ReportsTable caption="To acknowledge, due first" showSchool showTimeLeft
            reports={[...waiting].sort((a, b) => (a.hoursUntilAcknowledgementDue ?? 0) - (b.hoursUntilAcknowledgementDue ?? 0))} />}
        </>
      )}
      {all.length > 0 && (
        <ReportsTable
          caption={filtered
            ? `Reports: ${[filter.status && STATUS_WORDS[filter.status], filter.category && PRESSURE_CATEGORY_LABELS[filter.category], filter.acknowledgementOverdue && 'past the acknowledgement deadline'].filter(Boolean).join(', ')}, newest first`
            : 'All reports, newest first'}
          reports={all}
          showSchool={!reports}
        />
      )}
      {data?.pressureReports.pageInfo.hasNextPage && <p className="govuk-body">The newest 50 are shown.</p>}
    </PageLayout>
  );
}
