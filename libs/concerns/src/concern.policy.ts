import { Injectable } from '@nestjs/common';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { chooseAuthority, CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';

/**
 * Who sees and does what with concerns. A school's DSLs and headteacher file for their own
 * school and read only its concerns; a draft is its author's alone. The authority's officers
 * decide, only its managers sign off; its HMI reads everything submitted there; ADMIN and other
 * schools read nothing.
 */
@Injectable()
export class ConcernPolicy {
  areaReaderOf(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI);
  }

  schools(actor: Actor): string[] {
    return actor.schoolIds(Role.HEADTEACHER, Role.DSL);
  }

  isAreaReader(actor: Actor, localAuthorityId: string): boolean {
    return this.areaReaderOf(actor).includes(localAuthorityId);
  }

  /** The caller's authority when they hold a team role in exactly one and gave none. */
  defaultArea(actor: Actor, given?: string | null): string {
    return chooseAuthority(this.areaReaderOf(actor), given, 'Only the local authority’s team and its HMI can read this');
  }


  assertCanReadArea(actor: Actor, localAuthorityId: string): void {
    if (!this.isAreaReader(actor, localAuthorityId)) {
      throw CommonException.forbidden('You can read only your own local authority’s front door');
    }
  }

  assertCanDecide(actor: Actor, localAuthorityId: string): void {
    if (!actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(localAuthorityId)) {
      throw CommonException.forbidden('Only officers and managers of the local authority decide its concerns');
    }
  }

  assertIsManager(actor: Actor, localAuthorityId: string): void {
    if (!actor.localAuthorityIds(Role.LA_MANAGER).includes(localAuthorityId)) {
      throw CommonException.forbidden('Only a manager of the local authority can do this');
    }
  }

  /** A manager, or an officer not marked unqualified, decides with immediate effect. */
  isQualified(actor: Actor, localAuthorityId: string): boolean {
    return actor
      .grantsFor(Role.LA_OFFICER, Role.LA_MANAGER)
      .some((g) => g.localAuthorityId === localAuthorityId && (g.role === Role.LA_MANAGER || !g.unqualified));
  }

  /** Concerns the caller may read. */
  scope<T extends ObjectLiteral>(actor: Actor, query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    const areas = this.areaReaderOf(actor);
    const schools = this.schools(actor);
    return query.andWhere(
      new Brackets((where) => {
        where.where('false');
        if (areas.length) {
          where.orWhere(`(${alias}.status <> 'DRAFT' AND ${alias}.local_authority_id IN (:...concernAreas))`, { concernAreas: areas });
        }
        if (schools.length) {
          where.orWhere(
            `(${alias}.school_id IN (:...concernSchools) AND (${alias}.status <> 'DRAFT' OR ${alias}.author_id = :concernMe))`,
            { concernSchools: schools, concernMe: actor.userId },
          );
        }
      }),
    );
  }
}
