import { graphql } from '../graphql/generated';

/** Everything the dashboard and the editor show of a report: its figures, words and files. */
export const TERMLY_REPORT_FIELDS = graphql(`
  fragment TermlyReportFields on TermlyReport {
    id
    localAuthorityId
    termLabel
    termStartsOn
    termEndsOn
    version
    correctsReportId
    status
    builtAt
    submittedAt
    recipients
    contentHash
    recommendations
    laResponse
    pdfPath
    csvPath
    terms { label startsOn endsOn }
    narratives { sectionKey narrative judgement }
    sections {
      key
      number
      title
      available
      unavailableReason
      measures { key label unit values link }
      breakdowns { key label columns rows { label values } }
    }
  }
`);

export const TERMLY_REPORTS = graphql(`
  query TermlyReports($localAuthorityId: ID) {
    termlyReports(localAuthorityId: $localAuthorityId) {
      ...TermlyReportFields
    }
  }
`);

export const TERMLY_REPORT = graphql(`
  query TermlyReport($id: ID!) {
    termlyReport(id: $id) {
      ...TermlyReportFields
    }
  }
`);

export const BUILD_TERMLY_REPORT = graphql(`
  mutation BuildTermlyReport($input: BuildTermlyReportInput!) {
    buildTermlyReport(input: $input) {
      ...TermlyReportFields
    }
  }
`);

export const WRITE_TERMLY_REPORT = graphql(`
  mutation WriteTermlyReport($input: WriteTermlyReportInput!) {
    writeTermlyReport(input: $input) {
      ...TermlyReportFields
    }
  }
`);

export const SUBMIT_TERMLY_REPORT = graphql(`
  mutation SubmitTermlyReport($id: ID!) {
    submitTermlyReport(id: $id) {
      ...TermlyReportFields
    }
  }
`);

export const CORRECT_TERMLY_REPORT = graphql(`
  mutation CorrectTermlyReport($id: ID!) {
    correctTermlyReport(id: $id) {
      ...TermlyReportFields
    }
  }
`);

export const RESPOND_TO_TERMLY_REPORT = graphql(`
  mutation RespondToTermlyReport($input: RespondToTermlyReportInput!) {
    respondToTermlyReport(input: $input) {
      ...TermlyReportFields
    }
  }
`);

/** Today's figures behind the dashboard's headline counts, each read as the list it links to reads it. */
export const INSPECTION_GLANCE = graphql(`
  query InspectionGlance($localAuthorityId: ID!) {
    registerDashboard(filter: { localAuthorityId: $localAuthorityId }) {
      asOf
      counts { kind status count }
      overdue { kind count }
    }
    frontDoorDashboard(localAuthorityId: $localAuthorityId) { waiting waitingOverdue awaitingSignOff }
    governanceCompletion(localAuthorityId: $localAuthorityId) { total { overdue refused } }
    awaitingAcknowledgement: pressureReports(first: 50, filter: { localAuthorityId: $localAuthorityId, status: SUBMITTED }) {
      edges { node { id } }
      pageInfo { hasNextPage }
    }
    acknowledgementOverdue: pressureReports(first: 50, filter: { localAuthorityId: $localAuthorityId, acknowledgementOverdue: true }) {
      edges { node { id } }
      pageInfo { hasNextPage }
    }
  }
`);
