import { Link } from 'react-router';
import type { TermlyReportFieldsFragment } from '../graphql/generated/graphql';
import { ReportStatusTag } from './report-status-tag';
import { TableScroll } from '../layout/table-scroll';

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }) : '');

/** The authority's termly reports, newest term first, every version (a correction is a new one). */
export function TermlyReportsTable({ reports }: { reports: TermlyReportFieldsFragment[] }) {
  const versionOf = new Map(reports.map((r) => [r.id, r.version]));
  return (
    <TableScroll label="Termly reports">
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Termly reports</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Report</th>
          <th scope="col" className="govuk-table__header">Status</th>
          <th scope="col" className="govuk-table__header">Figures built</th>
          <th scope="col" className="govuk-table__header">Submitted</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {reports.map((r) => (
          <tr key={r.id} className="govuk-table__row">
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/inspection/reports/${r.id}`}>
                Termly report for {r.termLabel}
                {r.version > 1 ? `, version ${r.version}` : ''}
              </Link>
              {r.correctsReportId && (
                <span className="govuk-body-s govuk-!-display-block">Corrects version {versionOf.get(r.correctsReportId) ?? r.version - 1}</span>
              )}
            </td>
            <td className="govuk-table__cell">
              <ReportStatusTag status={r.status} />
            </td>
            <td className="govuk-table__cell">{when(r.builtAt)}</td>
            <td className="govuk-table__cell">{r.submittedAt ? when(r.submittedAt) : 'Not yet'}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}
