import { graphql } from '../graphql/generated';

/** Home-page queries: counts and a handful of fields, each well inside the api's cost limit. */

export const HOME_PREVENT = graphql(`
  query HomePreventStatus($schoolId: ID!) {
    preventDuty(schoolId: $schoolId) {
      schoolId schoolYear riskAssessmentCurrent dslTrained untrainedDsls staffTrained staffHeadcount
      riskAssessment { schoolYear reviewedOn }
      currentReturn { termLabel }
    }
  }
`);

export const HOME_PRESSURE = graphql(`
  query HomeSchoolPressure($schoolId: ID!) {
    pressureReports(first: 50, filter: { schoolId: $schoolId }) {
      pageInfo { hasNextPage }
      edges { node { id status } }
    }
  }
`);

export const HOME_DSL = graphql(`
  query HomeDslWork {
    drafts: concerns(first: 50, filter: { status: DRAFT }) { pageInfo { hasNextPage } edges { node { id } } }
    awaiting: concerns(first: 50, filter: { status: AWAITING_DECISION }) { pageInfo { hasNextPage } edges { node { id } } }
    onRegister: registerEntries(first: 50, filter: { open: true }) { pageInfo { hasNextPage } edges { node { id } } }
  }
`);

export const HOME_COUNCIL = graphql(`
  query HomeCouncilWork {
    frontDoorDashboard { waiting waitingOverdue waitingImmediateRisk awaitingSignOff signOffOverdue }
    registerDashboard { overdue { kind count } }
    toAcknowledge: pressureReports(first: 50, filter: { status: SUBMITTED }) { pageInfo { hasNextPage } edges { node { id } } }
    acknowledgementOverdue: pressureReports(first: 50, filter: { acknowledgementOverdue: true }) { pageInfo { hasNextPage } edges { node { id } } }
    safeguardingReturns { termLabel schoolCount returned missing }
  }
`);

export const HOME_CLOSURES = graphql(`
  query HomeClosuresToSignOff {
    registerEntries(first: 50, filter: { status: AWAITING_SIGN_OFF }) { pageInfo { hasNextPage } edges { node { id } } }
  }
`);

export const HOME_HMI = graphql(`
  query HomeInspector {
    hmiAssignments { id localAuthorityId startsOn endsOn }
    localAuthorities { id name }
    termlyReports { id localAuthorityId termLabel status version submittedAt }
  }
`);

export const HOME_ADMIN = graphql(`
  query HomeAdministration {
    users(first: 100) { pageInfo { hasNextPage } edges { node { id status } } }
    hmiAssignments { id startsOn endsOn }
  }
`);
