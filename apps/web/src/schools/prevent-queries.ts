import { graphql } from '../graphql/generated';

export const PREVENT_DUTY = graphql(`
  query PreventDutyRecord($schoolId: ID!, $after: String) {
    preventDuty(schoolId: $schoolId) {
      schoolId
      schoolName
      asOf
      schoolYear
      riskAssessmentCurrent
      riskAssessment {
        id schoolYear overallRating staffHeadcount reviewedOn updatedAt
        riskAssessment { rating actions }
        partnership { rating actions }
        staffTraining { rating actions }
        onlineSafety { rating actions }
      }
      dslTrained
      untrainedDsls
      dsls { userId name trained lastTrainedOn refreshDueOn }
      staffTrained
      staffHeadcount
      shareOfStaffTrained
      preventReferrals { count referredToPrevent thisTerm }
      currentReturn { id termLabel submittedAt }
      trainingRecords(first: 25, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { id staffName staffRole isDsl trainedOn course } }
      }
    }
  }
`);

export const RECORD_RISK_ASSESSMENT = graphql(`
  mutation RecordPreventRiskAssessment($input: RecordPreventRiskAssessmentInput!) {
    recordPreventRiskAssessment(input: $input) { id schoolYear overallRating reviewedOn }
  }
`);

export const RECORD_TRAINING = graphql(`
  mutation RecordPreventTraining($input: RecordPreventTrainingInput!) {
    recordPreventTraining(input: $input) { id staffName trainedOn }
  }
`);
