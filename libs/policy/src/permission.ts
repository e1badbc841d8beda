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
}

const EVERYONE = Object.values(Role);

export const ROLE_PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  [Permission.ReadOrganisations]: EVERYONE,
  [Permission.ManageOrganisations]: [Role.ADMIN],
  [Permission.ReadUsers]: [Role.ADMIN, Role.LA_MANAGER],
  [Permission.InviteUsers]: [Role.ADMIN, Role.LA_MANAGER],
  [Permission.ManageMemberships]: [Role.ADMIN, Role.LA_MANAGER],
  [Permission.ReadAuditTrail]: [Role.ADMIN, Role.LA_MANAGER, Role.HMI],
};

export function rolesAllowed(permission: Permission): readonly Role[] {
  return ROLE_PERMISSIONS[permission];
}
