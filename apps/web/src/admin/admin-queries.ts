import { graphql } from '../graphql/generated';

export const ADMIN_USERS = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(first: 25, after: $after, filter: { search: $search }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          displayName
          email
          status
          memberships {
            id
            role
            endsOn
            school { id name }
            localAuthority { id name }
          }
        }
      }
    }
  }
`);

export const INVITE_ORGANISATIONS = graphql(`
  query InviteOrganisations {
    localAuthorities { id name code }
    schools(first: 100) { edges { node { id name urn } } }
  }
`);

export const INVITE_USER = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { id email role }
  }
`);

export const HMI_ASSIGNMENTS = graphql(`
  query AdminHmiAssignments {
    hmiAssignments { id userId localAuthorityId startsOn endsOn reason reasonNote }
    localAuthorities { id name code }
    users(first: 100, filter: { role: HMI }) { edges { node { id displayName email } } }
  }
`);

export const ASSIGN_HMI = graphql(`
  mutation AssignHmi($input: AssignHmiInput!) {
    assignHmi(input: $input) { id }
  }
`);
