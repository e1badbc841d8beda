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

export const ADMIN_USER = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      id
      displayName
      email
      status
      membershipHistory {
        id
        role
        startsOn
        endsOn
        unqualified
        school { id name urn }
        localAuthority { id name }
      }
    }
  }
`);

export const END_MEMBERSHIP = graphql(`
  mutation EndMembership($membershipId: ID!) {
    endMembership(membershipId: $membershipId) { id endsOn }
  }
`);

export const PENDING_INVITATIONS = graphql(`
  query PendingInvitations($after: String) {
    invitations(first: 25, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          email
          displayName
          role
          createdAt
          expiresAt
          expired
          school { id name }
          localAuthority { id name }
        }
      }
    }
  }
`);

export const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($invitationId: ID!) {
    resendInvitation(invitationId: $invitationId) { id expiresAt }
  }
`);

export const WITHDRAW_INVITATION = graphql(`
  mutation WithdrawInvitation($invitationId: ID!) {
    withdrawInvitation(invitationId: $invitationId) { id revokedAt }
  }
`);

export const END_HMI_ASSIGNMENT = graphql(`
  mutation EndHmiAssignment($input: EndHmiAssignmentInput!) {
    endHmiAssignment(input: $input) { id endsOn }
  }
`);

export const ADMIN_SCHOOLS = graphql(`
  query AdminSchools($name: String, $typeGroup: SchoolTypeGroup, $after: String) {
    schools(first: 25, after: $after, filter: { name: $name, typeGroup: $typeGroup }) {
      pageInfo { hasNextPage endCursor }
      edges { node { id urn name establishmentType typeGroup status localAuthority { id name } } }
    }
  }
`);

export const ADMIN_SCHOOL_BY_URN = graphql(`
  query AdminSchoolByUrn($urn: Int!) {
    school(urn: $urn) { id urn name establishmentType typeGroup status localAuthority { id name } }
  }
`);

export const ADMIN_LOCAL_AUTHORITIES = graphql(`
  query AdminLocalAuthorities {
    localAuthorities { id code name }
  }
`);

export const ADMIN_SCHOOL = graphql(`
  query AdminSchool($id: ID!) {
    school(id: $id) {
      id
      urn
      name
      establishmentType
      typeGroup
      phase
      status
      postcode
      localAuthority { id code name }
    }
  }
`);

export const GIAS_IMPORTS = graphql(`
  query GiasImports($after: String) {
    giasImports(first: 25, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node { id status fileName startedByName startedAt finishedAt rowsRead created updated unchanged closed skipped refused }
      }
    }
  }
`);

export const GIAS_IMPORT = graphql(`
  query GiasImport($id: ID!) {
    giasImport(id: $id) {
      id status fileName startedByName startedAt finishedAt byteSize rowsRead created updated unchanged closed skipped refused failureMessage
      refusedRows { row reason }
    }
  }
`);

export const RESET_SECOND_FACTOR = graphql(`
  mutation ResetSecondFactor($input: ResetSecondFactorInput!) {
    resetSecondFactor(input: $input) { id }
  }
`);
