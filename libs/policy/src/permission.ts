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
  ResetSecondFactors = 'ResetSecondFactors',
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
  /** Read peer networks and their members. */
  ReadNetworks = 'ReadNetworks',
  /** Create a peer network (LA managers and headteachers). */
  CreateNetworks = 'CreateNetworks',
  /** Join, leave, invite and moderate within networks (record rules in the networks policy). */
  TakePartInNetworks = 'TakePartInNetworks',
  /** Place and lift legal holds on conversations, and export them (subject access requests, investigations). */
  HoldAndExportConversations = 'HoldAndExportConversations',
  /** Read, search, endorse and discuss the Prevent practice library. */
  ReadPracticeLibrary = 'ReadPracticeLibrary',
  /** Publish practice entries. */
  PublishPractice = 'PublishPractice',
  /** Feature entries and publish the council's guidance. */
  CuratePracticeLibrary = 'CuratePracticeLibrary',
  /** Report intimidation or pressure for one's school (headteachers and their named delegates). */
  ReportPressure = 'ReportPressure',
  /** Read pressure reports: a school its own, the authority's team and HMI the area's, others anonymised trends. */
  ReadPressureReports = 'ReadPressureReports',
  /** Acknowledge, act on, resolve and link pressure reports into campaigns. */
  ActOnPressureReports = 'ActOnPressureReports',
  /** Assign HMI to local authorities and set term dates. */
  AssignInspectors = 'AssignInspectors',
  /** Read HMI assignments and term dates. */
  ReadAssignments = 'ReadAssignments',
  /** Read termly reports: the assigned HMI and the authority's managers their drafts; HMCI's office submitted ones. */
  ReadTermlyReports = 'ReadTermlyReports',
  /** Build and write termly reports (the assigned HMI). */
  WriteTermlyReports = 'WriteTermlyReports',
  /** Add the authority's response to a draft report (its LA managers). */
  RespondToTermlyReports = 'RespondToTermlyReports',
}

const EVERYONE = Object.values(Role);

export const ROLE_PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  [Permission.ReadOrganisations]: EVERYONE,
  [Permission.ManageOrganisations]: [Role.ADMIN],
  [Permission.ReadUsers]: [Role.ADMIN, Role.LA_MANAGER],
  // A headteacher may invite only a governance clerk for their own school (AccountPolicy).
  [Permission.InviteUsers]: [Role.ADMIN, Role.LA_MANAGER, Role.HEADTEACHER],
  [Permission.ManageMemberships]: [Role.ADMIN, Role.LA_MANAGER],
  // Someone who lost their authenticator and recovery codes is otherwise locked out for good.
  [Permission.ResetSecondFactors]: [Role.ADMIN, Role.LA_MANAGER],
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
  [Permission.ReadNetworks]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI],
  [Permission.CreateNetworks]: [Role.HEADTEACHER, Role.LA_MANAGER],
  [Permission.TakePartInNetworks]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.HoldAndExportConversations]: [Role.LA_MANAGER],
  [Permission.ReadPracticeLibrary]: [Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI],
  [Permission.PublishPractice]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.CuratePracticeLibrary]: [Role.LA_OFFICER, Role.LA_MANAGER],
  // Delegates hold a school role too (a DSL or clerk the headteacher names); the pressure policy checks the naming.
  [Permission.ReportPressure]: [Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK],
  [Permission.ReadPressureReports]: [Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI],
  [Permission.ActOnPressureReports]: [Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.AssignInspectors]: [Role.ADMIN],
  [Permission.ReadAssignments]: [Role.ADMIN, Role.HMI, Role.LA_MANAGER],
  [Permission.ReadTermlyReports]: [Role.HMI, Role.LA_MANAGER, Role.OFSTED_READER],
  [Permission.WriteTermlyReports]: [Role.HMI],
  [Permission.RespondToTermlyReports]: [Role.LA_MANAGER],
};

export function rolesAllowed(permission: Permission): readonly Role[] {
  return ROLE_PERMISSIONS[permission];
}
