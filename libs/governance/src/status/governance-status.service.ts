import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { IsoDate } from '@safeguard/calendar';
import { SchoolTypeGroup } from '@safeguard/organisations';
import { CheckState, Rag } from '../governance.enums';
import { requiredChecks } from '../governance-rules';
import { Appointment } from '../people/appointment.entity';
import { GovernancePerson } from '../people/governance-person.entity';
import { SuitabilityCheck } from '../people/suitability-check.entity';
import { CheckStatus, checkStatus, ragOf } from './check-status';

/** An appointment in force, with what the rules make of it today. */
export interface AppointmentStanding {
  appointment: Appointment;
  person: GovernancePerson;
  schoolType: SchoolTypeGroup;
  statuses: CheckStatus[];
  records: SuitabilityCheck[];
  rag: Rag;
}

export interface StandingFilter {
  schoolIds?: string[];
  localAuthorityIds?: string[];
  appointmentIds?: string[];
}

/** Applies the rules table to appointments in force, in a few queries whatever their number. */
@Injectable()
export class GovernanceStatusService {
  async standings(manager: EntityManager, filter: StandingFilter, today: IsoDate): Promise<AppointmentStanding[]> {
    const query = manager
      .createQueryBuilder(Appointment, 'a')
      .innerJoinAndSelect('a.person', 'p')
      .innerJoin('schools', 's', 's.id = a.school_id')
      .addSelect('s.type_group', 'school_type')
      .where('(a.endedOn IS NULL OR a.endedOn > :today)', { today })
      .orderBy('a.schoolId')
      .addOrderBy('p.fullName')
      .addOrderBy('a.id');
    if (filter.schoolIds) query.andWhere('a.schoolId IN (:...schoolIds)', { schoolIds: filter.schoolIds.length ? filter.schoolIds : [null] });
    if (filter.localAuthorityIds) query.andWhere('a.localAuthorityId IN (:...las)', { las: filter.localAuthorityIds.length ? filter.localAuthorityIds : [null] });
    if (filter.appointmentIds) query.andWhere('a.id IN (:...ids)', { ids: filter.appointmentIds.length ? filter.appointmentIds : [null] });
    const { entities, raw } = await query.getRawAndEntities<{ school_type: SchoolTypeGroup }>();
    const records = entities.length
      ? await manager.find(SuitabilityCheck, { where: { appointmentId: In(entities.map((a) => a.id)) }, order: { doneOn: 'ASC', createdAt: 'ASC' } })
      : [];
    const byAppointment = new Map<string, SuitabilityCheck[]>();
    for (const r of records) byAppointment.set(r.appointmentId, [...(byAppointment.get(r.appointmentId) ?? []), r]);
    return entities.map((appointment, i) => {
      const schoolType = raw[i].school_type;
      const person = appointment.person!;
      const own = byAppointment.get(appointment.id) ?? [];
      const statuses = requiredChecks({
        schoolType,
        role: appointment.role,
        isChair: appointment.isChair,
        inRegulatedActivity: appointment.inRegulatedActivity,
        livedOrWorkedAbroad: person.livedOrWorkedAbroad,
        appointedOn: appointment.appointedOn,
      }).map((requirement) => checkStatus(requirement, own, today));
      return { appointment, person, schoolType, statuses, records: own, rag: ragOf(statuses.map((s) => s.state)) };
    });
  }
}

/** Counts of required checks by state. */
export function tally(statuses: readonly CheckStatus[]): { required: number; done: number; due: number; overdue: number; refused: number } {
  const count = (state: CheckState) => statuses.filter((s) => s.state === state).length;
  return { required: statuses.length, done: count(CheckState.DONE), due: count(CheckState.DUE), overdue: count(CheckState.OVERDUE), refused: count(CheckState.REFUSED) };
}
