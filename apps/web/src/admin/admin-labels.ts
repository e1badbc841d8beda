import type { AssignmentReason, GiasImportStatus, Role, SchoolTypeGroup, UserStatus } from '../graphql/generated/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  DSL: 'Designated safeguarding lead',
  GOVERNANCE_CLERK: 'Governance clerk',
  HEADTEACHER: 'Headteacher',
  HMI: 'HM Inspector',
  LA_MANAGER: 'Local authority manager',
  LA_OFFICER: 'Local authority officer',
  OFSTED_READER: 'Ofsted reader',
};

/** Roles the invite form offers: an HMI comes in through an assignment, which needs its dates. */
export const INVITABLE_ROLES: Role[] = ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK', 'LA_OFFICER', 'LA_MANAGER', 'OFSTED_READER', 'ADMIN'] as Role[];

/** Mirrors the api's SCHOOL_ROLES and LOCAL_AUTHORITY_ROLES: which organisation a role belongs to. */
export const SCHOOL_ROLES: ReadonlySet<string> = new Set(['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK']);
export const LOCAL_AUTHORITY_ROLES: ReadonlySet<string> = new Set(['LA_OFFICER', 'LA_MANAGER', 'HMI']);

export const STATUS_LABELS: Record<UserStatus, { text: string; tag: string }> = {
  ACTIVE: { text: 'Active', tag: 'govuk-tag--green' },
  INVITED: { text: 'Invited', tag: 'govuk-tag--blue' },
  DISABLED: { text: 'Disabled', tag: 'govuk-tag--grey' },
};

export const REASON_LABELS: Record<AssignmentReason, string> = {
  JUDGED_INADEQUATE: 'Children’s services judged inadequate',
  POOR_SAFEGUARDING_PRACTICE: 'Poor safeguarding practice found',
  RISK_OF_RADICALISATION: 'Children at greater risk of radicalisation',
  OTHER: 'Another reason',
};

export const GIAS_STATUS_LABELS: Record<GiasImportStatus, { text: string; tag: string }> = {
  RUNNING: { text: 'Running', tag: 'govuk-tag--blue' },
  SUCCEEDED: { text: 'Finished', tag: 'govuk-tag--green' },
  FAILED: { text: 'Failed', tag: 'govuk-tag--red' },
};

export const TYPE_GROUP_LABELS: Record<SchoolTypeGroup, string> = {
  MAINTAINED: 'Local authority maintained',
  ACADEMY: 'Academy',
  FREE_SCHOOL: 'Free school',
  INDEPENDENT: 'Independent',
  SPECIAL: 'Special',
  OTHER: 'Other provision',
};

/** The organisation a membership or invitation belongs to, in words. */
export function organisationName(o: { school?: { name: string } | null; localAuthority?: { name: string } | null }): string {
  return o.school?.name ?? o.localAuthority?.name ?? 'The whole service';
}
