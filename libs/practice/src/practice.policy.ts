import { Injectable } from '@nestjs/common';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { PracticeEntry } from './entries/practice-entry.entity';

/**
 * Who reads what in the practice library. An entry reaches its visibility (a network, its local
 * authority, or everyone); the authority's team and HMI read all of their authority's entries
 * and always know who wrote them. An anonymous entry shows no author or school to anyone else.
 */
@Injectable()
export class PracticePolicy {
  /** Authorities whose whole library (and authors) the caller sees: their team and HMI. */
  overseenAreas(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI);
  }

  /** Authorities the caller belongs to in any role (a school's authority for school roles). */
  memberAreas(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK, Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI);
  }

  seesAuthor(actor: Actor, entry: PracticeEntry): boolean {
    return !entry.anonymous || entry.authorId === actor.userId || this.overseenAreas(actor).includes(entry.localAuthorityId);
  }

  assertCanCurate(actor: Actor, localAuthorityId: string): void {
    if (!actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(localAuthorityId)) {
      throw CommonException.forbidden('Only the local authority’s officers and managers curate its library');
    }
  }

  scope<T extends ObjectLiteral>(actor: Actor, query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    const overseen = this.overseenAreas(actor);
    const members = this.memberAreas(actor);
    return query.andWhere(
      new Brackets((where) => {
        where.where(`${alias}.author_id = :practiceMe`, { practiceMe: actor.userId });
        if (overseen.length) where.orWhere(`${alias}.local_authority_id IN (:...practiceOverseen)`, { practiceOverseen: overseen });
        where.orWhere(
          new Brackets((shared) => {
            shared.where(`${alias}.withdrawn_at IS NULL`).andWhere(
              new Brackets((visible) => {
                visible.where(`${alias}.visibility::text = 'EVERYONE'`);
                if (members.length) {
                  visible.orWhere(`(${alias}.visibility::text = 'LOCAL_AUTHORITY' AND ${alias}.local_authority_id IN (:...practiceMembers))`, {
                    practiceMembers: members,
                  });
                }
                visible.orWhere(
                  `(${alias}.visibility::text = 'NETWORK' AND EXISTS (SELECT 1 FROM network_members pnm
                     WHERE pnm.network_id = ${alias}.network_id AND pnm.user_id = :practiceMe AND pnm.status::text = 'ACTIVE'))`,
                );
              }),
            );
          }),
        );
      }),
    );
  }
}
