import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, ServiceProblem } from '../layout/status-pages';
import { BUILD_TERMLY_REPORT, TERMLY_REPORTS } from './inspection-queries';
import { SectionFigures } from './report-figures';
import { ReportStatusTag } from './report-status-tag';

const MY_ASSIGNMENTS = graphql(`
  query MyHmiAssignments {
    hmiAssignments { id localAuthorityId startsOn endsOn reason reasonNote }
  }
`);

const REASONS: Record<string, string> = {
  JUDGED_INADEQUATE: 'Children’s services judged inadequate',
  RISK_OF_RADICALISATION: 'Children at greater risk of radicalisation',
  POOR_SAFEGUARDING_PRACTICE: 'Poor safeguarding practice found',
  OTHER: 'Another reason',
};

/** Who may see the inspection pages: the assigned HMI writes, the authority's managers read. */
export const INSPECTION_ROLES = new Set(['HMI']);

/**
 * The HMI's dashboard for the authority they are assigned to: the assignment, the latest report's
 * figures over four terms as charts with tables, and the reports so far. Figures come from a built
 * report (the api keeps them there), so with none yet the HMI builds this term's from live data.
 */
export function InspectionDashboardPage() {
  const me = useMe();
  const navigate = useNavigate();
  const authority = me.memberships.find((m) => m.role === 'HMI' && m.localAuthority)?.localAuthority ?? null;
  const assignments = useQuery(MY_ASSIGNMENTS);
  const reports = useQuery(TERMLY_REPORTS, { variables: { localAuthorityId: authority?.id }, skip: !authority, fetchPolicy: 'network-only' });
  const [build, building] = useMutation(BUILD_TERMLY_REPORT);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const list = reports.data?.termlyReports ?? [];
  const latest = list[0];
  const assignment = assignments.data?.hmiAssignments.find((a) => a.localAuthorityId === authority?.id);

  async function buildReport() {
    setErrors([]);
    try {
      const result = await build({ variables: { input: { localAuthorityId: authority!.id } } });
      if (result.data) void navigate(`/inspection/reports/${result.data.buildTermlyReport.id}`);
    } catch (error) {
      const message = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      setErrors([{ field: 'build-report', message: message ?? 'The report could not be built. Try again later.' }]);
    }
  }

  if (!authority) {
    return (
      <PageLayout title="Inspection">
        <PageHeading>Inspection</PageHeading>
        <p className="govuk-body">You are not assigned to a local authority as an inspector.</p>
      </PageLayout>
    );
  }
  const terms = latest?.terms.map((t) => t.label) ?? [];
  return (
    <PageLayout title={`Termly figures for ${authority.name}`}>
      <ErrorSummary errors={errors} />
      <PageHeading caption="Inspection">Termly figures for {authority.name}</PageHeading>
      {assignment && (
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Assigned</dt>
            <dd className="govuk-summary-list__value">
              {assignment.startsOn} to {assignment.endsOn}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Reason</dt>
            <dd className="govuk-summary-list__value">
              {REASONS[assignment.reason] ?? assignment.reason}
              {assignment.reasonNote && <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{assignment.reasonNote}</p>}
            </dd>
          </div>
        </dl>
      )}
      {reports.error && !reports.data && <ServiceProblem message={reports.error.message} />}
      {!reports.data && !reports.error && <Loading />}
      {reports.data && (
        <>
          <h2 className="govuk-heading-m">Termly reports</h2>
          {list.length === 0 ? (
            <p className="govuk-body">There is no termly report yet. Build this term’s report to see the figures.</p>
          ) : (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Termly reports</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Term</th>
                  <th scope="col" className="govuk-table__header">Version</th>
                  <th scope="col" className="govuk-table__header">Status</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {list.map((r) => (
                  <tr key={r.id} className="govuk-table__row">
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/inspection/reports/${r.id}`}>
                        Termly report for {r.termLabel}
                        {r.version > 1 ? `, version ${r.version}` : ''}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">{r.version}</td>
                    <td className="govuk-table__cell">
                      <ReportStatusTag status={r.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button id="build-report" type="button" className="govuk-button govuk-button--secondary" disabled={building.loading} onClick={() => void buildReport()}>
            {building.loading ? 'Building the report…' : 'Build this term’s report from live data'}
          </button>
          {latest && (
            <>
              <h2 className="govuk-heading-l">Figures, {latest.termLabel}</h2>
              <p className="govuk-body">
                Each figure over the four terms to {latest.termLabel}, from the report built {new Date(latest.builtAt).toLocaleString('en-GB')}. Every
                chart is followed by a table of the same figures. A dash means not known for that term, not zero.
              </p>
              {latest.sections.map((s) => (
                <SectionFigures key={s.key} section={s} terms={terms} />
              ))}
            </>
          )}
        </>
      )}
    </PageLayout>
  );
}
