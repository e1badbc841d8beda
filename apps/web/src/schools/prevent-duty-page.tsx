import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { errorCode } from '../api/apollo';
import { useMe } from '../auth/require-session';
import { canRecordPrevent } from '../governance/governance-access';
import { staffTrainedText } from '../home/home-summary';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';
import { formatDate } from '../register/register-labels';
import { RATING_WORDS, THEMES } from './prevent-form';
import { PREVENT_DUTY } from './prevent-queries';
import { SuccessBanner } from '../layout/success-banner';
import { TableScroll } from '../layout/table-scroll';

/** Yes/no as a tag with words, never colour alone. */
export function PreventTag({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return <strong className={`govuk-tag ${ok ? 'govuk-tag--green' : 'govuk-tag--red'}`}>{ok ? yes : no}</strong>;
}

/**
 * A school's Prevent duty record: the risk assessment for the school year, DSLs' and staff's
 * training, Prevent concerns and the termly return. The school keeps it; the council and HMI read it.
 */
export function PreventDutyPage() {
  const { schoolId = '' } = useParams();
  const me = useMe();
  const [params] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const recorded = (useLocation().state as { recorded?: string } | null)?.recorded;
  const { data, error } = useQuery(PREVENT_DUTY, { variables: { schoolId, after }, fetchPolicy: 'network-only' });
  if (['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '')) return <NoAccessPage />;
  const title = 'Prevent duty record';
  const d = data?.preventDuty;
  const keeper = canRecordPrevent(me.memberships, schoolId);
  const records = d?.trainingRecords.edges.map((e) => e.node) ?? [];
  return (
    <PageLayout title={title}>
      {recorded && (
        <SuccessBanner id="recorded" message={recorded} />
      )}
      <PageHeading caption={d?.schoolName}>{title}</PageHeading>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {d && (
        <>
          <p className="govuk-body">{`School year ${d.schoolYear}, as at ${formatDate(d.asOf)}.`}</p>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{`Risk assessment for ${d.schoolYear}`}</dt>
              <dd className="govuk-summary-list__value" data-testid="prevent-risk-assessment">
                <PreventTag ok={d.riskAssessmentCurrent} yes="Recorded" no="Not recorded" />
                {d.riskAssessment && ` Latest: ${d.riskAssessment.schoolYear}, overall ${RATING_WORDS[d.riskAssessment.overallRating].toLowerCase()}, reviewed ${formatDate(d.riskAssessment.reviewedOn)}.`}
              </dd>
              {keeper && (
                <dd className="govuk-summary-list__actions">
                  <Link className="govuk-link" to={`/schools/${schoolId}/prevent/risk-assessment`}>
                    {d.riskAssessmentCurrent ? 'Update' : 'Record'}<span className="govuk-visually-hidden"> the risk assessment</span>
                  </Link>
                </dd>
              )}
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">DSL Prevent training</dt>
              <dd className="govuk-summary-list__value">
                <PreventTag ok={d.dslTrained} yes="Current" no="Not current" />
                {d.untrainedDsls.length > 0 && ` Without current training: ${d.untrainedDsls.join(', ')}.`}
              </dd>
              {keeper && <dd className="govuk-summary-list__actions" />}
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Staff with Prevent training</dt>
              <dd className="govuk-summary-list__value">{staffTrainedText(d.staffTrained, d.staffHeadcount)}</dd>
              {keeper && (
                <dd className="govuk-summary-list__actions">
                  <Link className="govuk-link" to={`/schools/${schoolId}/prevent/training`}>
                    Record training<span className="govuk-visually-hidden"> of a member of staff</span>
                  </Link>
                </dd>
              )}
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Prevent concerns</dt>
              <dd className="govuk-summary-list__value">
                {`${d.preventReferrals.count} raised, ${d.preventReferrals.referredToPrevent} referred to Prevent by the council, ${d.preventReferrals.thisTerm} this term`}
              </dd>
              {keeper && <dd className="govuk-summary-list__actions" />}
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Termly safeguarding return</dt>
              <dd className="govuk-summary-list__value">
                {d.currentReturn ? (
                  <strong className="govuk-tag govuk-tag--green">{`Submitted for ${d.currentReturn.termLabel}`}</strong>
                ) : (
                  <strong className="govuk-tag govuk-tag--yellow">Not yet submitted this term</strong>
                )}
              </dd>
              {keeper && (
                <dd className="govuk-summary-list__actions">
                  <Link className="govuk-link" to={`/schools/${schoolId}/safeguarding-return`}>
                    {d.currentReturn ? 'View' : 'Make the return'}<span className="govuk-visually-hidden"> for this term</span>
                  </Link>
                </dd>
              )}
            </div>
          </dl>
          {!keeper && (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/schools/${schoolId}/safeguarding-return`}>This term’s safeguarding return</Link>
            </p>
          )}

          {d.riskAssessment && (
            <>
              <h2 className="govuk-heading-m">{`Risk assessment, ${d.riskAssessment.schoolYear}`}</h2>
              <TableScroll label="The four themes of the risk assessment">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">The four themes of the risk assessment</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Theme</th>
                    <th scope="col" className="govuk-table__header">Rating</th>
                    <th scope="col" className="govuk-table__header">What the school does</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {THEMES.map((t) => (
                    <tr className="govuk-table__row" key={t.key}>
                      <th scope="row" className="govuk-table__header">{t.title}</th>
                      <td className="govuk-table__cell">{RATING_WORDS[d.riskAssessment![t.key].rating]}</td>
                      <td className="govuk-table__cell app-pre-wrap">{d.riskAssessment![t.key].actions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </TableScroll>
            </>
          )}

          <h2 className="govuk-heading-m">Designated safeguarding leads</h2>
          {!d.dsls.length && <p className="govuk-body">No DSL of the school is on the portal.</p>}
          {d.dsls.length > 0 && (
            <ul className="govuk-list">
              {d.dsls.map((dsl) => (
                <li key={dsl.userId}>
                  {`${dsl.name}: `}
                  <PreventTag ok={dsl.trained} yes="Trained" no="Not trained" />
                  {dsl.lastTrainedOn && ` Last trained ${formatDate(dsl.lastTrainedOn)}, refresh due ${formatDate(dsl.refreshDueOn)}.`}
                </li>
              ))}
            </ul>
          )}

          <h2 className="govuk-heading-m">Training recorded</h2>
          {!records.length && <p className="govuk-body">No Prevent training is recorded yet.</p>}
          {records.length > 0 && (
            <TableScroll label="Prevent training recorded, newest first">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Prevent training recorded, newest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Name</th>
                  <th scope="col" className="govuk-table__header">Job</th>
                  <th scope="col" className="govuk-table__header">Course</th>
                  <th scope="col" className="govuk-table__header">Completed</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {records.map((r) => (
                  <tr className="govuk-table__row" key={r.id}>
                    <td className="govuk-table__cell">{r.staffName}{r.isDsl && ' (DSL)'}</td>
                    <td className="govuk-table__cell">{r.staffRole}</td>
                    <td className="govuk-table__cell">{r.course}</td>
                    <td className="govuk-table__cell">{formatDate(r.trainedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
          )}
          {d.trainingRecords.pageInfo.hasNextPage && (
            <nav className="govuk-pagination" aria-label="Pages of training records">
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" rel="next" to={`?after=${encodeURIComponent(d.trainingRecords.pageInfo.endCursor!)}`}>
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
