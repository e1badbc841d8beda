import { graphql } from '../graphql/generated';

/** Reports not yet in a campaign, to link: the newest 50 of the authority (the list's cost allows no more with nesting). */
export const LINKABLE_REPORTS = graphql(`
  query LinkablePressureReports {
    pressureReports(first: 50) {
      edges { node { id reference category submittedAt status campaignId school { id name } } }
    }
  }
`);

export const CAMPAIGNS = graphql(`
  query PressureCampaigns($first: Int!, $after: String) {
    pressureCampaigns(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id name createdAt reportsLinked schoolsAffected } }
    }
  }
`);

export const CAMPAIGN = graphql(`
  query PressureCampaign($id: ID!) {
    pressureCampaign(id: $id) {
      id name description createdAt reportsLinked schoolsAffected
      reports { id reference category status submittedAt school { id name } }
      sharedReports { shareKey category month summary }
    }
  }
`);

export const CREATE_CAMPAIGN = graphql(`
  mutation CreatePressureCampaign($input: CreatePressureCampaignInput!) {
    createPressureCampaign(input: $input) { id }
  }
`);

export const LINK_REPORTS = graphql(`
  mutation LinkPressureReportsToCampaign($input: LinkPressureReportsInput!) {
    linkPressureReportsToCampaign(input: $input) { id reportsLinked schoolsAffected }
  }
`);

export const UNLINK_REPORT = graphql(`
  mutation UnlinkPressureReportFromCampaign($input: UnlinkPressureReportInput!) {
    unlinkPressureReportFromCampaign(input: $input) { id campaignId }
  }
`);
