import { Injectable } from '@nestjs/common';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { User } from './user.entity';

/** Roles an LA manager may hand out, always within their own authority. */
const MANAGER_GRANTABLE: ReadonlySet<Role> = new Set([
  Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK, Role.LA_OFFICER, Role.LA_MANAGER,
]);

export interface MembershipTarget {
  role: Role;
  /** The school, for school roles. */
  schoolId?: string | null;
  /** The authority the membership belongs to (a school's LA for school roles); null for ADMIN. */
  localAuthorityId: string | null;
}

/** Who may see and manage which accounts. */
@Injectable()
export class AccountPolicy {
  /**
   * ADMIN grants anything; an LA manager grants school and team roles inside their authority; a
   * headteacher names the governance clerk of their own school.
   */
  assertCanGrant(actor: Actor, target: MembershipTarget): void {
    if (actor.hasRole(Role.ADMIN)) return;
    if (target.role === Role.GOVERNANCE_CLERK && target.schoolId && actor.schoolIds(Role.HEADTEACHER).includes(target.schoolId)) return;
    const areas = actor.localAuthorityIds(Role.LA_MANAGER);
    if (MANAGER_GRANTABLE.has(target.role) && target.localAuthorityId && areas.includes(target.localAuthorityId)) {
      return;
    }
    throw CommonException.forbidden('You cannot give this role in this organisation');
  }

  /** ADMIN sees every account; an LA manager those with a membership in their authority. */
  scopeReadableUsers(actor: Actor, query: SelectQueryBuilder<User>, alias: string): SelectQueryBuilder<User> {
    if (actor.hasRole(Role.ADMIN)) return query;
    const areas = actor.localAuthorityIds(Role.LA_MANAGER);
    return query.andWhere(
      new Brackets((where) => {
        where.where('false');
        if (areas.length) {
          where.orWhere(
            `EXISTS (SELECT 1 FROM memberships pm LEFT JOIN schools ps ON ps.id = pm.school_id
              WHERE pm.user_id = ${alias}.id
                AND (pm.local_authority_id IN (:...userAreas) OR ps.local_authority_id IN (:...userAreas)))`,
            { userAreas: areas },
          );
        }
      }),
    );
  }
}
