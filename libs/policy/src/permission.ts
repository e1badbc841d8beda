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
}

const EVERYONE = Object.values(Role);

export const ROLE_PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  [Permission.ReadOrganisations]: EVERYONE,
  [Permission.ManageOrganisations]: [Role.ADMIN],
  [Permission.ReadUsers]: [Role.ADMIN, Role.LA_MANAGER],
  [Permission.InviteUsers]: [Role.ADMIN, Role.LA_MANAGER],
  [Permission.ManageMemberships]: [Role.ADMIN, Role.LA_MANAGER],
  [Permission.ReadAuditTrail]: [Role.ADMIN, Role.LA_MANAGER, Role.HMI],
  // ADMIN reads no child: the register is closed to platform administrators by design.
  [Permission.ReadRegister]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI],
  [Permission.ReportToRegister]: [Role.HEADTEACHER, Role.DSL, Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.WorkRegister]: [Role.LA_OFFICER, Role.LA_MANAGER],
  [Permission.SignOffRegister]: [Role.LA_MANAGER],
};

export function rolesAllowed(permission: Permission): readonly Role[] {
  return ROLE_PERMISSIONS[permission];
}
