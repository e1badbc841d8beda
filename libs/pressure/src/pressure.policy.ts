import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';

/** What one caller may reach, read once per operation (naming a delegate is a row, not a role). */
export interface PressureAccess {
  actor: Actor;
  /** Authorities whose reports the caller reads in full: officers, managers and HMI. */
  areas: string[];
  /** Authorities whose reports the caller acts on: officers and managers only. */
  teamAreas: string[];
  /** Schools the caller reports for and reads in full: as headteacher, or as a named delegate. */
  schools: string[];
  /** Every school where the caller holds any school role: never shown its own reports anonymised. */
  ownSchools: string[];
}

/**
 * Who sees and does what with reports of intimidation and pressure. A school's headteacher, and
 * the DSLs and governance clerks the headteacher names, report for the school and read its
 * reports; a DSL or clerk not named cannot. Other schools see only the anonymised form of
 * reports whose reporter chose to share them, and trends of those. The authority's officers and
 * managers read and act on its reports; its HMI reads them and acts on nothing; ADMIN reads none.
 */
@Injectable()
export class PressurePolicy {
  async access(manager: EntityManager, actor: Actor): Promise<PressureAccess> {
    const heads = actor.schoolIds(Role.HEADTEACHER);
    const candidates = actor.schoolIds(Role.DSL, Role.GOVERNANCE_CLERK).filter((id) => !heads.includes(id));
    let delegated: string[] = [];
    if (candidates.length && actor.userId) {
      const rows: Array<{ school_id: string }> = await manager.query(
        `SELECT DISTINCT school_id FROM pressure_delegations
          WHERE delegate_id = $1 AND removed_at IS NULL AND school_id = ANY($2::uuid[])`,
        [actor.userId, candidates],
      );
      delegated = rows.map((r) => r.school_id);
    }
    return {
      actor,
      areas: this.areasOf(actor),
      teamAreas: actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER),
      schools: [...heads, ...delegated],
      ownSchools: actor.schoolIds(Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK),
    };
  }

  /** Authorities whose reports the caller reads in full (no delegation involved, so no query). */
  areasOf(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI);
  }

  /** Reports the caller reads in full: their authority's, or their own school's as headteacher or delegate. */
  scope<T extends ObjectLiteral>(access: PressureAccess, query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    return query.andWhere(
      new Brackets((where) => {
        where.where('false');
        if (access.areas.length) where.orWhere(`${alias}.local_authority_id IN (:...pressureAreas)`, { pressureAreas: access.areas });
        if (access.schools.length) where.orWhere(`${alias}.school_id IN (:...pressureSchools)`, { pressureSchools: access.schools });
      }),
    );
  }

  /** Reports other schools may see anonymised: shared by their reporter, and not from the caller's own school. */
  sharedScope<T extends ObjectLiteral>(access: PressureAccess, query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    query.andWhere(`${alias}.share_anonymously`);
    if (access.ownSchools.length) query.andWhere(`${alias}.school_id NOT IN (:...pressureOwnSchools)`, { pressureOwnSchools: access.ownSchools });
    return query;
  }

  canRead(access: PressureAccess, report: { schoolId: string; localAuthorityId: string }): boolean {
    return access.areas.includes(report.localAuthorityId) || access.schools.includes(report.schoolId);
  }

  isAreaReader(access: PressureAccess, localAuthorityId: string): boolean {
    return access.areas.includes(localAuthorityId);
  }

  /** The school a report is for: the one given, or the caller's only school they report for. */
  reportingSchool(access: PressureAccess, given?: string | null): string {
    if (given) {
      if (!access.schools.includes(given)) {
        throw CommonException.forbidden('Only the school’s headteacher, or a DSL or governance clerk the headteacher named, reports for it');
      }
      return given;
    }
    if (access.schools.length === 1) return access.schools[0];
    if (!access.schools.length) {
      throw CommonException.forbidden('Only a headteacher, or a DSL or governance clerk the headteacher named, reports intimidation or pressure');
    }
    throw CommonException.invalidInput('schoolId', 'Say which of your schools the report is for');
  }

  /** Adding to a report and attaching evidence: the school's side, never the council or HMI. */
  assertIsSchoolSide(access: PressureAccess, report: { schoolId: string }): void {
    if (!access.schools.includes(report.schoolId)) {
      throw CommonException.forbidden('Only the school’s headteacher and the delegates they named add to its report');
    }
  }

  assertCanAct(access: PressureAccess, localAuthorityId: string): void {
    if (!access.teamAreas.includes(localAuthorityId)) {
      throw CommonException.forbidden('Only officers and managers of the school’s local authority act on its reports');
    }
  }

  /** Naming and removing delegates is the headteacher's alone. */
  assertIsHeadteacher(actor: Actor, schoolId: string): void {
    if (!actor.schoolIds(Role.HEADTEACHER).includes(schoolId)) {
      throw CommonException.forbidden('Only the school’s headteacher names who reports intimidation and pressure for it');
    }
  }

  /** The headteacher's school when they lead exactly one and named none. */
  headteacherSchool(actor: Actor, given?: string | null): string {
    if (given) return given;
    const schools = actor.schoolIds(Role.HEADTEACHER);
    if (schools.length === 1) return schools[0];
    if (!schools.length) throw CommonException.forbidden('Only a headteacher names delegates for their school');
    throw CommonException.invalidInput('schoolId', 'Say which school');
  }

  /** The caller's authority when they read exactly one and gave none. */
  defaultArea(access: PressureAccess, given?: string | null): string {
    if (given) {
      if (!access.areas.includes(given)) throw CommonException.forbidden('You can read only your own local authority’s reports');
      return given;
    }
    if (access.areas.length === 1) return access.areas[0];
    if (!access.areas.length) throw CommonException.forbidden('Only the local authority’s team and its HMI can read this');
    throw CommonException.invalidInput('localAuthorityId', 'Say which local authority');
  }
}
