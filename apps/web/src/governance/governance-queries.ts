import { graphql } from '../graphql/generated';

export const SCHOOL_GOVERNANCE = graphql(`
  query SchoolGovernanceRecord($schoolId: ID!, $includeEnded: Boolean) {
    schoolGovernance(schoolId: $schoolId, includeEnded: $includeEnded) {
      schoolId
      schoolName
      schoolTypeGroup
      rag
      tally { required done due overdue refused }
      appointments {
        id
        role
        isChair
        inRegulatedActivity
        governorCategory
        appointedOn
        termEndsOn
        endedOn
        trustName
        person { id fullName livedOrWorkedAbroad }
        requiredChecks { check state dueOn doneOn }
      }
    }
  }
`);

export const RECORD_SUITABILITY_CHECK = graphql(`
  mutation RecordGovernanceCheck($input: RecordSuitabilityCheckInput!) {
    recordSuitabilityCheck(input: $input) { id kind doneOn outcome }
  }
`);

export const GOVERNANCE_COMPLETION = graphql(`
  query GovernanceCompletionByType {
    governanceCompletion {
      asOf
      total { required done due overdue refused }
      byType {
        schoolTypeGroup
        schools
        schoolsWithNoRecord
        appointments
        percentDone
        tally { required done due overdue refused }
      }
    }
  }
`);

export const RECORD_APPOINTMENT = graphql(`
  mutation RecordGovernanceAppointment($input: RecordAppointmentInput!) {
    recordAppointment(input: $input) { id person { id fullName } requiredChecks { check state } }
  }
`);

export const UPDATE_APPOINTMENT = graphql(`
  mutation UpdateGovernanceAppointment($input: UpdateAppointmentInput!) {
    updateAppointment(input: $input) { id isChair inRegulatedActivity termEndsOn endedOn person { id fullName livedOrWorkedAbroad } }
  }
`);

export const IMPORT_GOVERNANCE_RECORD = graphql(`
  mutation ImportGovernanceRecord($input: ImportGovernanceRecordInput!) {
    importGovernanceRecord(input: $input) {
      rowsRead appointmentsCreated checksRecorded skipped rowsRefused ignoredColumns
      refused { row field reason }
    }
  }
`);

export const SCHOOL_RETURN = graphql(`
  query SchoolSafeguardingReturn($schoolId: ID!) {
    preventDuty(schoolId: $schoolId) {
      schoolId
      schoolName
      asOf
      currentReturn {
        id termLabel submittedAt submittedByName governanceChecksComplete staffHeadcount staffPreventTrained
        deletionsFromRoll deletionsWithKnownDestination preventReferrals notes
      }
      returnSuggestion { staffHeadcount staffPreventTrained preventReferrals }
    }
  }
`);

/** The school's governance in figures (the home page, and the return's hint); a DSL may not read it. */
export const GOVERNANCE_TALLY = graphql(`
  query SchoolGovernanceTally($schoolId: ID!) {
    schoolGovernance(schoolId: $schoolId) { schoolId rag tally { required done due overdue refused } }
  }
`);

export const SUBMIT_RETURN = graphql(`
  mutation SubmitSafeguardingReturn($input: SubmitSafeguardingReturnInput!) {
    submitSafeguardingReturn(input: $input) { id termLabel submittedAt }
  }
`);

export const SAFEGUARDING_RETURNS = graphql(`
  query AuthoritySafeguardingReturns($after: String, $returned: Boolean) {
    safeguardingReturns {
      termLabel termStartsOn termEndsOn schoolCount returned missing
      totals { governanceChecksComplete staffHeadcount staffPreventTrained shareOfStaffTrained deletionsFromRoll deletionsWithKnownDestination preventReferrals }
      schools(first: 25, after: $after, returned: $returned) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            schoolId urn schoolName typeGroup returned submittedAt timesChased lastChasedAt
            safeguardingReturn { id staffHeadcount staffPreventTrained deletionsFromRoll deletionsWithKnownDestination preventReferrals governanceChecksComplete }
          }
        }
      }
    }
  }
`);

export const CHASE_RETURN = graphql(`
  mutation ChaseSafeguardingReturn($input: ChaseSafeguardingReturnInput!) {
    chaseSafeguardingReturn(input: $input) { id schoolId recipients chasedAt }
  }
`);
