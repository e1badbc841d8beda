import { graphql } from '../graphql/generated';

export const SCHOOL_GOVERNANCE = graphql(`
  query SchoolGovernanceRecord($schoolId: ID!) {
    schoolGovernance(schoolId: $schoolId) {
      schoolId
      schoolName
      schoolTypeGroup
      rag
      tally { required done due overdue refused }
      appointments {
        id
        role
        isChair
        appointedOn
        termEndsOn
        trustName
        person { id fullName }
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
