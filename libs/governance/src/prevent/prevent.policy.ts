import { Injectable } from '@nestjs/common';
import { chooseAuthority, CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';

/** The school as the policy needs it. */
export interface PreventSchoolRef {
  id: string;
  localAuthorityId: string;
}

/**
 * Who reads and records the Prevent duty record and the termly return. A school's headteacher,
 * DSLs and governance clerk keep their own school's; the authority's officers, managers and HMI
 * read every school of the area (independent schools included) but never record a school's;
 * officers and managers chase missing returns; other schools and ADMIN read nothing.
 */
@Injectable()
export class PreventPolicy {
  schoolsOf(actor: Actor): string[] {
    return actor.schoolIds(Role.HEADTEACHER, Role.DSL, Role.GOVERNANCE_CLERK);
  }

  areasOf(actor: Actor): string[] {
    return actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER, Role.HMI);
  }

  canRead(actor: Actor, school: PreventSchoolRef): boolean {
    return this.schoolsOf(actor).includes(school.id) || this.areasOf(actor).includes(school.localAuthorityId);
  }

  /** Schools are public, so a school one may not read is FORBIDDEN, not NOT_FOUND. */
  assertCanRead(actor: Actor, school: PreventSchoolRef): void {
    if (!this.canRead(actor, school)) {
      throw CommonException.forbidden('You can read only your own school’s Prevent duty record, or your authority’s schools’');
    }
  }

  assertCanRecord(actor: Actor, school: PreventSchoolRef): void {
    if (this.schoolsOf(actor).includes(school.id)) return;
    throw CommonException.forbidden(
      this.areasOf(actor).includes(school.localAuthorityId)
        ? 'A school records its own Prevent duty record and return; the council reads them'
        : 'You can record only your own school’s Prevent duty record',
    );
  }

  /** The caller's school when they hold a school role in exactly one and named none. */
  defaultSchool(actor: Actor, given?: string | null): string {
    if (given) return given;
    const schools = this.schoolsOf(actor);
    if (schools.length === 1) return schools[0];
    if (!schools.length) throw CommonException.forbidden('Only a school’s headteacher, DSL or governance clerk can record this');
    throw CommonException.invalidInput('schoolId', 'Say which school');
  }

  /** The caller's authority when they hold a team or HMI role in exactly one and named none. */
  defaultArea(actor: Actor, given?: string | null): string {
    return chooseAuthority(this.areasOf(actor), given, 'Only the local authority’s team and its HMI can read this');
  }


  assertCanReadArea(actor: Actor, localAuthorityId: string): void {
    if (!this.areasOf(actor).includes(localAuthorityId)) {
      throw CommonException.forbidden('You can read only your own local authority’s returns');
    }
  }

  assertCanChase(actor: Actor, school: PreventSchoolRef): void {
    if (!actor.localAuthorityIds(Role.LA_OFFICER, Role.LA_MANAGER).includes(school.localAuthorityId)) {
      throw CommonException.forbidden('Only the school’s own local authority’s officers and managers chase its return');
    }
  }
}
