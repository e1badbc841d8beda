import { Injectable } from '@nestjs/common';
import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { chooseAuthority, CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { MAINTAINED_TYPES } from './governance-rules';

/** The school as the policy needs it. */
export interface SchoolRef {
  id: string;
  localAuthorityId: string;
  typeGroup: SchoolTypeGroup;
}

/**
 * Who sees and records governance. A school's headteacher and governance clerk keep their own
 * school's record; the authority's officers and managers read every school in the area and
 * record for maintained schools; HMI read the area; other schools and ADMIN read nothing. DBS
 * numbers are for the school and the authority's managers only.
 */
@Injectable()
export class GovernancePolicy {
  private schoolsOf(actor: Actor): string[] {
    return actor.schoolIds(Role.HEADTEACHER, Role.GOVERNANCE_CLERK);
  }

  areasOf(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI);
  }

  canRead(actor: Actor, school: SchoolRef): boolean {
    return this.schoolsOf(actor).includes(school.id) || this.areasOf(actor).includes(school.localAuthorityId);
  }

  /** Reading a school you may not read is NOT_FOUND for a record, FORBIDDEN for a school by id. */
  assertCanRead(actor: Actor, school: SchoolRef): void {
    if (!this.canRead(actor, school)) throw CommonException.forbidden('You can read only your own school’s governance, or your authority’s');
  }

  assertCanRecord(actor: Actor, school: SchoolRef): void {
    if (this.schoolsOf(actor).includes(school.id)) return;
    const team = actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(school.localAuthorityId);
    if (team && MAINTAINED_TYPES.includes(school.typeGroup)) return;
    throw CommonException.forbidden(
      team ? 'The council records governance for maintained schools; academies, free and independent schools keep their own' : 'You can record only your own school’s governance',
    );
  }

  canReadReferences(actor: Actor, school: SchoolRef): boolean {
    return this.schoolsOf(actor).includes(school.id) || actor.localAuthorityIds(Role.LA_MANAGER).includes(school.localAuthorityId);
  }

  /** The caller's authority when they hold a team or HMI role in exactly one and gave none. */
  defaultArea(actor: Actor, given?: string | null): string {
    return chooseAuthority(this.areasOf(actor), given, 'Only the local authority’s team and its HMI can read this');
  }


  assertCanReadArea(actor: Actor, localAuthorityId: string): void {
    if (!this.areasOf(actor).includes(localAuthorityId)) throw CommonException.forbidden('You can read only your own local authority');
  }

  /** Rows (with a school_id column under `alias`) the caller may read. */
  scopeSchools<T extends ObjectLiteral>(actor: Actor, query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    const schools = this.schoolsOf(actor);
    const areas = this.areasOf(actor);
    return query.andWhere(
      new Brackets((where) => {
        where.where('false');
        if (schools.length) where.orWhere(`${alias}.school_id IN (:...govSchools)`, { govSchools: schools });
        if (areas.length) where.orWhere(`${alias}.local_authority_id IN (:...govAreas)`, { govAreas: areas });
      }),
    );
  }
}
