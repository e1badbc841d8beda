import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { addDays, londonToday } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { AssignmentReason } from '../inspection.enums';
import { AssignHmiInput, EndHmiAssignmentInput } from './assignment.inputs';
import { HmiAssignment } from './hmi-assignment.entity';

/** ADMIN assigns HMI to authorities; the HMI membership it makes carries the same dates. */
@Injectable()
export class HmiAssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async assign(actor: Actor, input: AssignHmiInput): Promise<HmiAssignment> {
    if (input.endsOn < input.startsOn) throw CommonException.invalidInput('endsOn', 'The assignment ends before it starts');
    if (input.reason === AssignmentReason.OTHER && !input.reasonNote?.trim()) throw CommonException.invalidInput('reasonNote', 'Say why');
    return this.dataSource.transaction(async (manager) => {
      const [user] = await manager.query("SELECT id FROM users WHERE id = $1 AND status::text <> 'DISABLED'", [input.userId]);
      if (!user) throw CommonException.invalidInput('userId', 'No such active user');
      const [la] = await manager.query('SELECT id FROM local_authorities WHERE id = $1', [input.localAuthorityId]);
      if (!la) throw CommonException.invalidInput('localAuthorityId', 'No such local authority');
      const [clash] = await manager.query(
        `SELECT 1 FROM hmi_assignments WHERE user_id = $1 AND local_authority_id = $2 AND starts_on <= $4 AND ends_on >= $3`,
        [input.userId, input.localAuthorityId, input.startsOn, input.endsOn],
      );
      if (clash) throw CommonException.conflict('This HMI is already assigned to this authority for part of that period');
      const [membership] = await manager.query(
        `INSERT INTO memberships (user_id, role, local_authority_id, starts_on, ends_on) VALUES ($1, 'HMI', $2, $3, $4) RETURNING id`,
        [input.userId, input.localAuthorityId, input.startsOn, input.endsOn],
      );
      const assignment = await manager.save(
        manager.create(HmiAssignment, {
          userId: input.userId, localAuthorityId: input.localAuthorityId, membershipId: membership.id, startsOn: input.startsOn, endsOn: input.endsOn,
          reason: input.reason, reasonNote: input.reasonNote?.trim() || null, assignedById: actor.userId!,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'inspection.assign_hmi', entityType: 'HmiAssignment', entityId: assignment.id, localAuthorityId: input.localAuthorityId,
        details: { userId: input.userId, startsOn: input.startsOn, endsOn: input.endsOn, reason: input.reason },
      });
      return assignment;
    });
  }

  async end(actor: Actor, input: EndHmiAssignmentInput): Promise<HmiAssignment> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(HmiAssignment, { where: { id: input.assignmentId }, lock: { mode: 'pessimistic_write' } });
      if (!assignment) throw CommonException.notFound('The assignment');
      const endsOn = input.endsOn ?? addDays(londonToday(), -1);
      if (endsOn > assignment.endsOn) throw CommonException.invalidInput('endsOn', 'An assignment is ended early, never extended: make a new one');
      if (endsOn < addDays(assignment.startsOn, -1)) throw CommonException.invalidInput('endsOn', 'endsOn is before the assignment starts');
      // Ended before it began: an empty period, over already.
      if (endsOn < assignment.startsOn) assignment.startsOn = endsOn;
      assignment.endsOn = endsOn;
      await manager.save(assignment);
      // The membership's end is what the grant checks read: access ends with it.
      await manager.query('UPDATE memberships SET starts_on = LEAST(starts_on, $2::date), ends_on = $2 WHERE id = $1', [assignment.membershipId, endsOn]);
      await this.audit.record(manager, actor, {
        action: 'inspection.end_assignment', entityType: 'HmiAssignment', entityId: assignment.id, localAuthorityId: assignment.localAuthorityId, details: { endsOn },
      });
      return assignment;
    });
  }

  /** ADMIN sees every assignment; an HMI their own; an LA manager their authority's. */
  list(actor: Actor): Promise<HmiAssignment[]> {
    const query = this.dataSource.manager.createQueryBuilder(HmiAssignment, 'a').orderBy('a.startsOn', 'DESC');
    if (!actor.hasRole(Role.ADMIN)) {
      const areas = actor.localAuthorityIds(Role.LA_MANAGER);
      query.where(areas.length ? '(a.userId = :me OR a.localAuthorityId IN (:...areas))' : 'a.userId = :me', { me: actor.userId, areas });
    }
    return query.getMany();
  }
}
