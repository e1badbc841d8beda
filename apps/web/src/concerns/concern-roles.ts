import type { Me } from '../auth/require-session';

/** Who does what with concerns, as the api's permissions say (libs/policy permission.ts); the api still decides. */
export const FILING_ROLES = ['HEADTEACHER', 'DSL'];
export const READING_ROLES = ['HEADTEACHER', 'DSL', 'LA_OFFICER', 'LA_MANAGER', 'HMI'];
export const DECIDING_ROLES = ['LA_OFFICER', 'LA_MANAGER'];
export const SIGNING_OFF_ROLES = ['LA_MANAGER'];

export function holdsAny(me: Pick<Me, 'memberships'> | null, roles: readonly string[]): boolean {
  return !!me?.memberships.some((m) => roles.includes(m.role));
}
