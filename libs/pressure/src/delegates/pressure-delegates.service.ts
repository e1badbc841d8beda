import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { londonToday } from '@safeguard/calendar';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { School } from '@safeguard/organisations';
import { CommonException } from '@safeguard/platform';
import { Actor, membershipInForceSql, Role } from '@safeguard/policy';
import { PressureDelegateModel } from '../pressure.models';
import { PressureException, PressureRefusal } from '../pressure.exception';
import { PressurePolicy } from '../pressure.policy';
import { PressureDelegation } from './pressure-delegation.entity';
import { PressureDelegateInput } from './pressure-delegate.inputs';

interface EligibleRow {
  user_id: string;
  display_name: string;
  roles: Role[];
}

/** The school's DSLs and governance clerks in post today ($2), each once with their roles there. */
const ELIGIBLE = `
  SELECT u.id AS user_id, u.display_name, array_agg(DISTINCT m.role::text ORDER BY m.role::text) AS roles
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.school_id = $1 AND m.role::text IN ('DSL', 'GOVERNANCE_CLERK') AND u.status::text <> 'DISABLED'
     AND ${membershipInForceSql('m', '$2::date')}
     AND ($3::uuid IS NULL OR u.id = $3)
   GROUP BY u.id, u.display_name
   ORDER BY u.display_name, u.id`;

/**
 * Who reports intimidation and pressure for a school besides its headteacher: the DSLs and
 * governance clerks the headteacher names. Every naming and removal is audited and kept.
 */
@Injectable()
export class PressureDelegatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PressurePolicy,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** The school's DSLs and clerks, and who of them is named: for the headteacher and the named delegates. */
  async list(actor: Actor, schoolId?: string | null): Promise<PressureDelegateModel[]> {
    const manager = this.dataSource.manager;
    const access = await this.policy.access(manager, actor);
    const school = schoolId ?? (access.schools.length === 1 ? access.schools[0] : null);
    if (!school) {
      if (!access.schools.length) throw CommonException.forbidden('Only a school’s headteacher and its named delegates see who reports for it');
      throw CommonException.invalidInput('schoolId', 'Say which school');
    }
    if (!access.schools.includes(school)) {
      throw CommonException.forbidden('Only the school’s headteacher and its named delegates see who reports for it');
    }
    return this.people(manager, school);
  }

  name(actor: Actor, input: PressureDelegateInput): Promise<PressureDelegateModel> {
    return this.dataSource.transaction((manager) => this.nameIn(manager, actor, input));
  }

  /** `name` in the caller's transaction (the demo seed uses it). */
  async nameIn(manager: EntityManager, actor: Actor, input: PressureDelegateInput): Promise<PressureDelegateModel> {
    const school = await this.headteachersSchool(manager, actor, input.schoolId);
    const [person] = await this.people(manager, school.id, input.userId);
    if (!person) {
      throw new PressureException(PressureRefusal.NOT_ELIGIBLE, 'Name a DSL or governance clerk of the school', 'userId');
    }
    if (person.named) throw new PressureException(PressureRefusal.ALREADY_NAMED, 'They are already named for this school');
    const delegation = await manager.save(
      manager.create(PressureDelegation, { schoolId: school.id, localAuthorityId: school.localAuthorityId, delegateId: input.userId, namedById: actor.userId! }),
    );
    await this.audit.record(manager, actor, {
      action: 'pressure.name_delegate',
      entityType: 'PressureDelegation',
      entityId: delegation.id,
      localAuthorityId: school.localAuthorityId,
      details: { schoolId: school.id, delegateId: input.userId },
    });
    await this.notifications.notify(manager, {
      recipientId: input.userId,
      kind: 'pressure.delegate_named',
      title: 'Your headteacher named you to report intimidation and pressure for your school and read its reports',
      link: PORTAL_LINKS.pressureReports(),
    });
    return { ...person, named: true, namedAt: delegation.namedAt, namedById: delegation.namedById };
  }

  async remove(actor: Actor, input: PressureDelegateInput): Promise<PressureDelegateModel> {
    return this.dataSource.transaction(async (manager) => {
      const school = await this.headteachersSchool(manager, actor, input.schoolId);
      const delegation = await manager.findOne(PressureDelegation, {
        where: { schoolId: school.id, delegateId: input.userId, removedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!delegation) throw CommonException.notFound('The delegate');
      delegation.removedAt = new Date();
      delegation.removedById = actor.userId;
      await manager.save(delegation);
      await this.audit.record(manager, actor, {
        action: 'pressure.remove_delegate',
        entityType: 'PressureDelegation',
        entityId: delegation.id,
        localAuthorityId: school.localAuthorityId,
        details: { schoolId: school.id, delegateId: input.userId },
      });
      await this.notifications.notify(manager, {
        recipientId: input.userId,
        kind: 'pressure.delegate_removed',
        title: 'You no longer report intimidation and pressure for your school',
        link: PORTAL_LINKS.pressureReports(),
      });
      const [user] = await manager.query('SELECT display_name FROM users WHERE id = $1', [input.userId]);
      const [person] = await this.people(manager, school.id, input.userId);
      return person ?? { userId: input.userId, displayName: user?.display_name ?? '', roles: [], named: false, namedAt: null, namedById: null };
    });
  }

  private async headteachersSchool(manager: EntityManager, actor: Actor, given?: string | null): Promise<School> {
    const schoolId = this.policy.headteacherSchool(actor, given);
    this.policy.assertIsHeadteacher(actor, schoolId);
    const school = await manager.findOneBy(School, { id: schoolId });
    if (!school) throw CommonException.invalidInput('schoolId', 'No such school');
    return school;
  }

  private async people(manager: EntityManager, schoolId: string, userId: string | null = null): Promise<PressureDelegateModel[]> {
    const rows: EligibleRow[] = await manager.query(ELIGIBLE, [schoolId, londonToday(), userId]);
    const named = await manager.findBy(PressureDelegation, { schoolId, removedAt: IsNull() });
    return rows.map((r) => {
      const delegation = named.find((d) => d.delegateId === r.user_id);
      return {
        userId: r.user_id,
        displayName: r.display_name,
        roles: r.roles,
        named: Boolean(delegation),
        namedAt: delegation?.namedAt ?? null,
        namedById: delegation?.namedById ?? null,
      };
    });
  }
}
