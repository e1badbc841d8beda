import { Injectable } from '@nestjs/common';
import { Brackets, ObjectLiteral, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { chooseAuthority, CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';

/**
 * Who sees and does what on the register. An LA team (officers, managers) and its assigned
 * HMI see their whole authority's register and nothing outside it; a school sees the entries
 * it reported and the children on its roll; ADMIN sees no child.
 */
@Injectable()
export class RegisterPolicy {
  readableAreas(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI);
  }

  schools(actor: Actor): string[] {
    return actor.schoolIds(Role.HEADTEACHER, Role.DSL);
  }

  /** The caller's authority when they hold a team role in exactly one and gave none. */
  defaultArea(actor: Actor, given?: string): string {
    return chooseAuthority(this.readableAreas(actor), given);
  }


  isAreaReader(actor: Actor, localAuthorityId: string): boolean {
    return this.readableAreas(actor).includes(localAuthorityId);
  }

  /** Officers and managers act on their authority's entries; HMI never change anything. */
  assertCanWork(actor: Actor, localAuthorityId: string): void {
    if (!actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(localAuthorityId)) {
      throw CommonException.forbidden('Only officers and managers of the local authority can do this');
    }
  }

  assertIsManager(actor: Actor, localAuthorityId: string): void {
    if (!actor.localAuthorityIds(Role.LA_MANAGER).includes(localAuthorityId)) {
      throw CommonException.forbidden('Only a manager of the local authority can do this');
    }
  }

  assertCanReadArea(actor: Actor, localAuthorityId: string): void {
    if (!this.isAreaReader(actor, localAuthorityId)) {
      throw CommonException.forbidden('You can read only the register of your own local authority');
    }
  }

  /** Children: the area's, the school's roll, and children the school reported. */
  scopeChildren<T extends ObjectLiteral>(actor: Actor, query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    const areas = this.readableAreas(actor);
    const schools = this.schools(actor);
    return query.andWhere(
      new Brackets((where) => {
        where.where('false');
        if (areas.length) where.orWhere(`${alias}.local_authority_id IN (:...readAreas)`, { readAreas: areas });
        if (schools.length) {
          where.orWhere(`${alias}.school_id IN (:...readSchools)`, { readSchools: schools });
          where.orWhere(
            `EXISTS (SELECT 1 FROM register_entries re WHERE re.child_id = ${alias}.id AND re.reported_by_school_id IN (:...readSchools))`,
          );
        }
      }),
    );
  }

  /** Entries: the area's; for a school, those it reported and those about children on its roll. */
  scopeEntries<T extends ObjectLiteral>(actor: Actor, query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return query.andWhere(new Brackets((where) => this.entryCondition(actor, where, alias)));
  }

  private entryCondition(actor: Actor, where: WhereExpressionBuilder, alias: string): void {
    const areas = this.readableAreas(actor);
    const schools = this.schools(actor);
    where.where('false');
    if (areas.length) where.orWhere(`${alias}.local_authority_id IN (:...entryAreas)`, { entryAreas: areas });
    if (schools.length) {
      where.orWhere(`${alias}.reported_by_school_id IN (:...entrySchools)`, { entrySchools: schools });
      where.orWhere(
        `EXISTS (SELECT 1 FROM children rc WHERE rc.id = ${alias}.child_id AND rc.school_id IN (:...entrySchools))`,
      );
    }
  }
}
