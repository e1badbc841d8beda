/** Who may do what with governance and the Prevent record in the portal (mirrors GovernancePolicy and PreventPolicy). */

interface Membership {
  role: string;
  school?: { id: string } | null;
}

const GOVERNANCE_SCHOOL_ROLES = ['HEADTEACHER', 'GOVERNANCE_CLERK'];
const PREVENT_SCHOOL_ROLES = ['HEADTEACHER', 'DSL', 'GOVERNANCE_CLERK'];
const COUNCIL_TEAM = ['LA_OFFICER', 'LA_MANAGER'];
/** The council records governance for schools governed as maintained ones; the others keep their own. */
const COUNCIL_RECORDED_TYPES = ['MAINTAINED', 'SPECIAL', 'OTHER'];

const holds = (memberships: readonly Membership[], roles: string[], schoolId?: string) =>
  memberships.some((m) => roles.includes(m.role) && (schoolId === undefined || m.school?.id === schoolId));

/** The school whose governance and Prevent record the person keeps, if any. */
export function ownSchoolId(memberships: readonly Membership[], roles = PREVENT_SCHOOL_ROLES): string | null {
  return memberships.find((m) => roles.includes(m.role) && m.school)?.school?.id ?? null;
}

/** Whether the person records a school's governance (they read it already: the api answered). */
export function canRecordGovernance(memberships: readonly Membership[], schoolId: string, typeGroup: string): boolean {
  return holds(memberships, GOVERNANCE_SCHOOL_ROLES, schoolId) || (holds(memberships, COUNCIL_TEAM) && COUNCIL_RECORDED_TYPES.includes(typeGroup));
}

/** A school records its own Prevent record and return; the council and HMI only read them. */
export function canRecordPrevent(memberships: readonly Membership[], schoolId: string): boolean {
  return holds(memberships, PREVENT_SCHOOL_ROLES, schoolId);
}

/** The council's officers and managers chase missing returns; HMI read them. */
export function canChaseReturns(memberships: readonly Membership[]): boolean {
  return holds(memberships, COUNCIL_TEAM);
}

/** Where a school's governance record lives: /governance for one's own school, else under the school. */
export function governancePath(memberships: readonly Membership[], schoolId: string): string {
  return ownSchoolId(memberships, GOVERNANCE_SCHOOL_ROLES) === schoolId ? '/governance' : `/schools/${schoolId}/governance`;
}
