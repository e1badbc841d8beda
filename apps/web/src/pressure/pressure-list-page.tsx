import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { holdsAny } from '../concerns/concern-roles';
import { formatDateTime } from '../concerns/concern-labels';
import { graphql } from '../graphql/generated';
import type { PressureCategory, PressureReportsQuery, PressureReportStatus } from '../graphql/generated/graphql';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import {
  acknowledgementTimeLeft, PRESSURE_ACKNOWLEDGING_ROLES, PRESSURE_CATEGORY_LABELS, PRESSURE_READING_ROLES, PRESSURE_REPORTING_ROLES,
  PRESSURE_STATUS_WORDS, PressureStatusTag,
} from './pressure-labels';
import { TableScroll } from '../layout/table-scroll';

const PAGE_SIZE = 25;

const REPORTS = graphql(`
  query PressureReports($first: Int!, $after: String, $filter: PressureReportsFilter) {
    pressureReports(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id reference status category submittedAt hoursUntilAcknowledgementDue acknowledgementOverdue
          school { id name }
          campaign { id name }
        }
      }
    }
  }
`);

const WAITING = graphql(`
  query PressureAwaitingAcknowledgement {
    pressureReports(first: 50, filter: { status: SUBMITTED }) {
      edges { node { id reference category submittedAt hoursUntilAcknowledgementDue acknowledgementOverdue school { id name } } }
    }
  }
`);

type Report = PressureReportsQuery['pressureReports']['edges'][number]['node'];
type Waiting = Pick<Report, 'id' | 'reference' | 'category' | 'submittedAt' | 'hoursUntilAcknowledgementDue' | 'acknowledgementOverdue' | 'school'>;

const STATUSES = Object.keys(PRESSURE_STATUS_WORDS) as PressureReportStatus[];
const isStatus = (value: string | null): value is PressureReportStatus => !!value && (STATUSES as string[]).includes(value);

function ReportsTable({ caption, reports, showSchool }: { caption: string; reports: Report[]; showSchool: boolean }) {
  return (
    <TableScroll label={caption}>
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Reference</th>
          {showSchool && <th scope="col" className="govuk-table__header">School</th>}
          <th scope="col" className="govuk-table__header">What kind</th>
          <th scope="col" className="govuk-table__header">Sent</th>
          <th scope="col" className="govuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {reports.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <td className="govuk-table__cell"><Link className="govuk-link" to={`/pressure/${r.id}`}>{r.reference}</Link></td>
            {showSchool && <td className="govuk-table__cell">{r.school.name}</td>}
            <td className="govuk-table__cell">{PRESSURE_CATEGORY_LABELS[r.category]}{r.campaign ? ` (campaign: ${r.campaign.name})` : ''}</td>
            <td className="govuk-table__cell">{formatDateTime(r.submittedAt)}</td>
            <td className="govuk-table__cell">
              <PressureStatusTag status={r.status} />
              {r.status === 'SUBMITTED' && r.acknowledgementOverdue && <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-1">Overdue</strong>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}

function WaitingTable({ reports }: { reports: Waiting[] }) {
  const sorted = [...reports].sort((a, b) => (a.hoursUntilAcknowledgementDue ?? 0) - (b.hoursUntilAcknowledgementDue ?? 0));
  return (
    <TableScroll label="To acknowledge, due first">
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">To acknowledge, due first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Reference</th>
          <th scope="col" className="govuk-table__header">School</th>
          <th scope="col" className="govuk-table__header">What kind</th>
          <th scope="col" className="govuk-table__header">Sent</th>
          <th scope="col" className="govuk-table__header">Time to acknowledge</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {sorted.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <td className="govuk-table__cell"><Link className="govuk-link" to={`/pressure/${r.id}`}>{r.reference}</Link></td>
            <td className="govuk-table__cell">{r.school.name}</td>
            <td className="govuk-table__cell">{PRESSURE_CATEGORY_LABELS[r.category]}</td>
            <td className="govuk-table__cell">{formatDateTime(r.submittedAt)}</td>
            <td className="govuk-table__cell">
              <strong className={`govuk-tag ${r.acknowledgementOverdue ? 'govuk-tag--red' : 'govuk-tag--blue'}`}>{acknowledgementTimeLeft(r.hoursUntilAcknowledgementDue)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}

/**
 * Reports of intimidation and pressure: a school's own (with the way to report), or the council's,
 * with those waiting to be acknowledged first and the time left in words. Status and page live in
 * the address.
 */
/** The table's caption names the filters in words ("Reports: resolved, past the acknowledgement deadline, newest first"). */
function listCaption(status?: PressureReportStatus, category?: PressureCategory, acknowledgementOverdue?: boolean): string {
  if (!category && !acknowledgementOverdue) return status ? `${PRESSURE_STATUS_WORDS[status]}, newest first` : 'All reports, newest first';
  const parts = [status && PRESSURE_STATUS_WORDS[status], category && PRESSURE_CATEGORY_LABELS[category], acknowledgementOverdue && 'past the acknowledgement deadline'];
  return `Reports: ${parts.filter(Boolean).join(', ')}, newest first`;
}

export function PressureListPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const after = params.get('after') ?? undefined;
  // Filters the inspection dashboard links here with, checked against the api's words.
  const categoryParam = params.get('category') as PressureCategory | null;
  const category = categoryParam && categoryParam in PRESSURE_CATEGORY_LABELS ? categoryParam : undefined;
  const acknowledgementOverdue = params.get('acknowledgementOverdue') === 'yes' || undefined;
  const filter = status || category || acknowledgementOverdue ? { status, category, acknowledgementOverdue } : undefined;
  const school = holdsAny(me, PRESSURE_REPORTING_ROLES);
  const head = holdsAny(me, ['HEADTEACHER']);
  const council = holdsAny(me, PRESSURE_ACKNOWLEDGING_ROLES);
  const areaReader = council || holdsAny(me, ['HMI']);
  const { data, error } = useQuery(REPORTS, { variables: { first: PAGE_SIZE, after, filter }, fetchPolicy: 'network-only' });
  const waiting = useQuery(WAITING, { skip: !council, fetchPolicy: 'network-only' });
  const all = data?.pressureReports.edges.map((e) => e.node) ?? [];
  const toAcknowledge = waiting.data?.pressureReports.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.pressureReports.pageInfo;
  const title = school && !areaReader ? 'Your school’s reports of intimidation and pressure' : 'Reports of intimidation and pressure';

  if (!holdsAny(me, PRESSURE_READING_ROLES)) {
    return (
      <PageLayout title={title}>
        <PageHeading>{title}</PageHeading>
        <p className="govuk-body">Reports of intimidation and pressure are read by schools’ headteachers and the council.</p>
      </PageLayout>
    );
  }

  function chooseStatus(value: string) {
    const next = new URLSearchParams();
    if (value) next.set('status', value);
    setParams(next);
  }

  return (
    <PageLayout title={title}>
      <PageHeading>{title}</PageHeading>
      {school && !areaReader && (
        <Link to="/pressure/new" className="govuk-button" role="button" draggable={false}>Report intimidation or pressure</Link>
      )}
      <ul className="govuk-list">
        {school && <li><Link className="govuk-link" to="/pressure/shared">Reports other schools shared, anonymised</Link></li>}
        {head && <li><Link className="govuk-link" to="/pressure/delegates">Who reports for your school</Link></li>}
        {areaReader && <li><Link className="govuk-link" to="/pressure/campaigns">Campaigns</Link></li>}
        {areaReader && <li><Link className="govuk-link" to="/pressure/trends">Trends and CSV download</Link></li>}
      </ul>
      {school && !head && !areaReader && data && !all.length && !status && !after && (
        <div className="govuk-inset-text">
          Only your headteacher, and the DSLs and governance clerks they name, report intimidation and pressure for your school and read its reports.
          If nothing shows here, ask your headteacher to name you.
        </div>
      )}
      {council && waiting.data && (
        <>
          <p className="govuk-body">
            {`${toAcknowledge.length} waiting for acknowledgement, ${toAcknowledge.filter((r) => r.acknowledgementOverdue).length} overdue.`}
          </p>
          {toAcknowledge.length > 0 && <WaitingTable reports={toAcknowledge} />}
        </>
      )}
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="status-filter">Show</label>
        <select className="govuk-select" id="status-filter" value={status ?? ''} onChange={(e) => chooseStatus(e.target.value)}>
          <option value="">Every status</option>
          {STATUSES.map((s) => <option key={s} value={s}>{PRESSURE_STATUS_WORDS[s]}</option>)}
        </select>
      </div>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {filter && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/pressure">Show every report</Link>
        </p>
      )}
      {data && !all.length && <p className="govuk-body">{filter ? 'No reports match.' : 'There are no reports yet.'}</p>}
      {all.length > 0 && (
        <ReportsTable caption={listCaption(status, category, acknowledgementOverdue)} reports={all} showSchool={areaReader} />
      )}
      {pageInfo?.hasNextPage && pageInfo.endCursor && (
        <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of reports">
          <div className="govuk-pagination__next">
            <Link className="govuk-link govuk-pagination__link" rel="next"
              to={`/pressure?${new URLSearchParams({ ...Object.fromEntries(params), after: pageInfo.endCursor }).toString()}`}>
              <span className="govuk-pagination__link-title">Next page</span>
            </Link>
          </div>
        </nav>
      )}
    </PageLayout>
  );
}
