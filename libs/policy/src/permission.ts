import { Role } from './role';

/**
 * Operation-level permissions: which roles may call an operation at all. Record-level rules
 * (which school, which authority) live in each domain's policy, never in a resolver.
 */
export enum Permission {
  ReadOrganisations = 'ReadOrganisations',
  ManageOrganisations = 'ManageOrganisations',
  ReadUsers = 'ReadUsers',
  InviteUsers = 'InviteUsers',
  ManageMemberships = 'ManageMemberships',
  ReadAuditTrail = 'ReadAuditTrail',
  /** Read register entries and children: a school its own, an LA team and its HMI the whole area. */
  ReadRegister = 'ReadRegister',
  /** Report a child to the register (schools and LA teams). */
  ReportToRegister = 'ReportToRegister',
  /** Work register entries: enquiries, visits, whereabouts, closures, children. */
  WorkRegister = 'WorkRegister',
  /** Sign off closures and merges, and set the authority's school calendar and register rules. */
  SignOffRegister = 'SignOffRegister',
  /** Read safeguarding concerns: a school its own, an LA team and its HMI the whole area. */
  ReadConcerns = 'ReadConcerns',
  /** File concerns for children of one's own school. */
  FileConcerns = 'FileConcerns',
  /** Add to a submitted concern (the filing school or the authority's team). */
  AddToConcerns = 'AddToConcerns',
  /** Decide concerns at the front door and record Channel outcomes. */
  DecideConcerns = 'DecideConcerns',
  /** Sign off unqualified officers' decisions and set the sign-off window. */
  SignOffConcerns = 'SignOffConcerns',
  /** Read schools' governance: who governs and their suitability checks. */
  ReadGovernance = 'ReadGovernance',
  /** Record appointments and checks (a school its own; LA teams for maintained schools). */
  RecordGovernance = 'RecordGovernance',
  /** Read schools' Prevent duty records and termly safeguarding returns. */
  ReadPreventDuty = 'ReadPreventDuty',
  /** Record a school's Prevent risk assessment and training, and submit its termly return. */
  RecordPreventDuty = 'RecordPreventDuty',
  /** Chase schools' missing termly returns. */
  ChaseReturns = 'ChaseReturns',
}

const EVERYONE = Object.values(Role);

export const ROLE_PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  [Permission.ReadOrganisations]: EVERYONE,
  [Permission.ManageOrganisations]: [Role.ADMIN],
  [Permission.ReadUsers]: [Role.ADMIN, Role.LA_MANAGER],
  // A headteacher may invite only a governance clerk for their own school (AccountPolicy).
  [Permission.InviteUsers]: [Role.ADMIN, Role.LA_MANAGER, Role.HEADTEACHER],
  [Permission.ManageMemberships]: [Role.ADMIN, Role.LA_MANAGER],
  [Permission.ReadAuditTrail]: [Role.ADMIN, Role.LA_MANAGER, Role.HMI],
  // ADMIN reads no child: the register is closed to platform administrators by design.
  [Permission.ReadRegister]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI],
  [Permission.ReportToRegister]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.WorkRegister]: [Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.SignOffRegister]: [Role.LA_MANAGER],
  // ADMIN reads no concern either.
  [Permission.ReadConcerns]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI],
  [Permission.FileConcerns]: [Role.HEADTEACHER, Role.DSL],
  [Permission.AddToConcerns]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.DecideConcerns]: [Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.SignOffConcerns]: [Role.LA_MANAGER],
  [Permission.ReadGovernance]: [Role.HEADTEACHER, Role.GOVERNANCE_CLERK, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI],
  [Permission.RecordGovernance]: [Role.HEADTEACHER, Role.GOVERNANCE_CLERK, Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.ReadPreventDuty]: [Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI],
  [Permission.RecordPreventDuty]: [Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK],
  [Permission.ChaseReturns]: [Role.LA_OFFICER, Role.LA_MANAGER],
};

export function rolesAllowed(permission: Permission): readonly Role[] {
  return ROLE_PERMISSIONS[permission];
}
