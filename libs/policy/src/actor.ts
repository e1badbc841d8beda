import { Role } from './role';

/** One membership as the policy layer sees it, already filtered to those in force today. */
export interface Grant {
  membershipId: string;
  role: Role;
  /** The school for school roles. */
  schoolId: string | null;
  /** The local authority: of the team for LA roles and HMI, of the school for school roles. */
  localAuthorityId: string | null;
  /** An officer whose decisions need a manager's sign-off. */
  unqualified: boolean;
}

/** Who is acting, and in which request, for policy decisions and the audit trail. */
export class Actor {
  constructor(
    readonly userId: string | null,
    readonly grants: readonly Grant[],
    readonly requestId: string,
    readonly sessionId: string | null = null,
  ) {}

  /** The worker, imports and start-up seeding act as the system. */
  static system(requestId: string): Actor {
    return new Actor(null, [], requestId);
  }

  get isSystem(): boolean {
    return this.userId === null;
  }

  hasRole(...roles: Role[]): boolean {
    return this.grants.some((grant) => roles.includes(grant.role));
  }

  grantsFor(...roles: Role[]): Grant[] {
    return this.grants.filter((grant) => roles.includes(grant.role));
  }

  /** Schools where the actor holds one of the roles. */
  schoolIds(...roles: Role[]): string[] {
    return unique(this.grantsFor(...roles).map((g) => g.schoolId));
  }

  /** Local authorities where the actor holds one of the roles (for school roles: their school's LA). */
  localAuthorityIds(...roles: Role[]): string[] {
    return unique(this.grantsFor(...roles).map((g) => g.localAuthorityId));
  }

  /** The membership to name in the audit trail: the first that carries one of the roles, if any. */
  membershipFor(...roles: Role[]): string | null {
    return (roles.length ? this.grantsFor(...roles) : this.grants)[0]?.membershipId ?? null;
  }
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
