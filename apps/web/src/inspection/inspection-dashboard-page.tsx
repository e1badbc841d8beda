import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../auth/require-session';
import { graphql } from '../graphql/generated';
import type { TermlyReportFieldsFragment } from '../graphql/generated/graphql';
import { ErrorSummary, type FieldError } from '../layout/error-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { elapsedWords, inspectionAccessOf } from './inspection-access';
import { InspectionGlance } from './inspection-glance';
import { BUILD_TERMLY_REPORT, TERMLY_REPORTS } from './inspection-queries';
import { SectionFigures } from './report-figures';
import { TermlyReportsTable } from './termly-reports-table';

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

/**
 * The inspection dashboard for the authority: today's counts (each a link to its records), the
 * termly reports, and the latest report's figures over four terms as charts with tables. The
 * assigned HMI builds reports; the authority's LA managers read them and add their response.
 */
export function InspectionDashboardPage() {
  const me = useMe();
  const access = inspectionAccessOf(me.memberships);
  if (!access) return <NoAccessPage />;
  return <Dashboard authority={access.authority} hmi={access.role === 'HMI'} />;
}

function Dashboard({ authority, hmi }: { authority: { id: string; name: string }; hmi: boolean }) {
  const assignments = useQuery(MY_ASSIGNMENTS, { skip: !hmi });
  const reports = useQuery(TERMLY_REPORTS, { variables: { localAuthorityId: authority.id }, fetchPolicy: 'network-only' });
  const list = reports.data?.termlyReports ?? [];
  const latest = list[0];
  const assignment = assignments.data?.hmiAssignments.find((a) => a.localAuthorityId === authority.id);
  const terms = latest?.terms.map((t) => t.label) ?? [];

  return (
    <PageLayout title={`Termly figures for ${authority.name}`}>
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
      <InspectionGlance localAuthorityId={authority.id} />
      {reports.error && !reports.data && <ServiceProblem message={reports.error.message} />}
      {!reports.data && !reports.error && <Loading />}
      {reports.data && (
        <>
          {list.length === 0 ? (
            <>
              <h2 className="govuk-heading-m">Termly reports</h2>
              <p className="govuk-body">
                There is no termly report yet.{hmi ? ' Build this term’s report to see the figures.' : ' The inspector builds them.'}
              </p>
            </>
          ) : (
            <TermlyReportsTable reports={list} />
          )}
          {hmi && <BuildReport localAuthorityId={authority.id} onBuilt={() => void reports.refetch()} />}
          {latest && (
            <>
              <h2 className="govuk-heading-l">Figures, {latest.termLabel}</h2>
              <p className="govuk-body">
                Each figure over the four terms to {latest.termLabel}, from the report built {new Date(latest.builtAt).toLocaleString('en-GB')}. Each
                section charts its first six figures: the striped bar is the report’s term, a sentence under each chart says what it shows, and a table
                after the charts holds every figure of the section.
                A dash means not known for that term, not zero.
              </p>
              <p className="govuk-body">
                “The records behind this figure” opens the list of those records as they stand today, filtered the same way.
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

type BuildState = { phase: 'idle' } | { phase: 'building'; startedAt: number } | { phase: 'built'; report: TermlyReportFieldsFragment; ms: number };

/**
 * Building counts every section over four terms from live data, which can take a while on a large
 * authority: the page says what is happening and for how long, then links to the built report.
 */
function BuildReport({ localAuthorityId, onBuilt }: { localAuthorityId: string; onBuilt: () => void }) {
  const [build] = useMutation(BUILD_TERMLY_REPORT);
  const [state, setState] = useState<BuildState>({ phase: 'idle' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (state.phase !== 'building') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [state.phase]);

  async function start() {
    setErrors([]);
    const startedAt = Date.now();
    setNow(startedAt);
    setState({ phase: 'building', startedAt });
    try {
      const result = await build({ variables: { input: { localAuthorityId } } });
      if (!result.data) throw new Error('no report');
      setState({ phase: 'built', report: result.data.buildTermlyReport, ms: Date.now() - startedAt });
      onBuilt();
    } catch (error) {
      setState({ phase: 'idle' });
      const message = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      setErrors([{ field: 'build-report', message: message ?? 'The report could not be built. Try again later.' }]);
    }
  }

  const building = state.phase === 'building';
  return (
    <>
      <ErrorSummary errors={errors} />
      <div role="status" aria-live="polite" className={state.phase === 'idle' ? undefined : 'govuk-inset-text'}>
        {building && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">Building the report from live data</p>
            <p className="govuk-body govuk-!-margin-bottom-2">
              Counting the figures of all seven sections over four terms. You can stay on this page; it will say when the report is ready.
            </p>
          </>
        )}
        {state.phase === 'built' && (
          <>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
              The report for {state.report.termLabel} is built (version {state.report.version}, in {Math.max(1, Math.round(state.ms / 1000))}{' '}
              {Math.round(state.ms / 1000) > 1 ? 'seconds' : 'second'})
            </p>
            <p className="govuk-body govuk-!-margin-bottom-0">
              <Link className="govuk-link" to={`/inspection/reports/${state.report.id}`}>
                Open the termly report for {state.report.termLabel}
              </Link>
            </p>
          </>
        )}
      </div>
      {building && (
        <div className="govuk-!-margin-bottom-6">
          <progress className="app-build-progress" aria-label="Building the report">
            Building
          </progress>
          <p className="govuk-body-s" aria-hidden="true">
            {elapsedWords(now - state.startedAt)}
          </p>
        </div>
      )}
      <button id="build-report" type="button" className="govuk-button govuk-button--secondary" disabled={building} aria-disabled={building} onClick={() => void start()}>
        {building ? 'Building the report…' : 'Build this term’s report from live data'}
      </button>
    </>
  );
}
