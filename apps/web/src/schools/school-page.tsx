import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/require-session';
import { governancePath } from '../governance/governance-access';
import { errorCode } from '../api/apollo';
import { graphql } from '../graphql/generated';
import { PageHeading, PageLayout } from '../layout/page-layout';
import { Loading, NoAccessPage, ServiceProblem } from '../layout/status-pages';

const SCHOOL_PREVENT = graphql(`
  query SchoolPrevent($schoolId: ID!) {
    preventDuty(schoolId: $schoolId) {
      schoolId
      schoolName
      schoolYear
      dslTrained
      untrainedDsls
      riskAssessmentCurrent
      riskAssessment { overallRating reviewedOn }
      staffTrained
      staffHeadcount
      shareOfStaffTrained
      currentReturn { termLabel submittedAt }
    }
  }
`);

/** Yes/no as a tag with words, never colour alone. */
function Status({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return <strong className={`govuk-tag ${ok ? 'govuk-tag--green' : 'govuk-tag--red'}`}>{ok ? yes : no}</strong>;
}

/** A school's Prevent duty status: its own for its staff, any of the area for the council and HMI. */
export function SchoolPage() {
  const { schoolId = '' } = useParams();
  const me = useMe();
  // The governance record is read by its school's headteacher and clerk, the council's team and HMI (not a DSL).
  const governanceReader = me.memberships.some((m) => ['HEADTEACHER', 'GOVERNANCE_CLERK', 'LA_OFFICER', 'LA_MANAGER', 'HMI'].includes(m.role));
  const { data, error } = useQuery(SCHOOL_PREVENT, { variables: { schoolId }, fetchPolicy: 'network-only' });
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') return <NoAccessPage />;
  const duty = data?.preventDuty;
  return (
    <PageLayout title={duty?.schoolName ?? 'School'}>
      {error && !data && <ServiceProblem message={error.message} />}
      {!data && !error && <Loading />}
      {duty && (
        <>
          <PageHeading caption="School">{duty.schoolName}</PageHeading>
          <h2 className="govuk-heading-m">Prevent duty, {duty.schoolYear}</h2>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Risk assessment</dt>
              <dd className="govuk-summary-list__value">
                <Status ok={duty.riskAssessmentCurrent} yes="Current" no="Not current" />
                {duty.riskAssessment && ` Overall rating ${duty.riskAssessment.overallRating.toLowerCase()}, reviewed ${duty.riskAssessment.reviewedOn}`}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">DSL Prevent training</dt>
              <dd className="govuk-summary-list__value">
                <Status ok={duty.dslTrained} yes="Trained" no="Not trained" />
                {duty.untrainedDsls.length > 0 && ` Without current training: ${duty.untrainedDsls.join(', ')}`}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Staff trained</dt>
              <dd className="govuk-summary-list__value">
                {duty.staffTrained}
                {duty.staffHeadcount != null && ` of ${duty.staffHeadcount}`}
                {duty.shareOfStaffTrained != null && ` (${Math.round(duty.shareOfStaffTrained * 100)}%)`}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Termly safeguarding return</dt>
              <dd className="govuk-summary-list__value">
                {duty.currentReturn ? (
                  `Submitted for ${duty.currentReturn.termLabel}`
                ) : (
                  <strong className="govuk-tag govuk-tag--yellow">Not yet submitted this term</strong>
                )}
              </dd>
            </div>
          </dl>
          <ul className="govuk-list">
            <li><Link className="govuk-link" to={`/schools/${duty.schoolId}/prevent`}>The full Prevent duty record</Link></li>
            <li><Link className="govuk-link" to={`/schools/${duty.schoolId}/safeguarding-return`}>Termly safeguarding return</Link></li>
            {governanceReader && <li><Link className="govuk-link" to={governancePath(me.memberships, duty.schoolId)}>Governance record</Link></li>}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
