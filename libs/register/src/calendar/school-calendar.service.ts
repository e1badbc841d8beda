import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { addDays, isIsoDate, SchoolDayCalendar } from '@safeguard/calendar';
import { CommonException } from '@safeguard/platform';
import { Actor } from '@safeguard/policy';
import { RegisterPolicy } from '../register.policy';
import { DEFAULT_REGISTER_RULES, REGISTER_RULE_BOUNDS, REGISTER_RULE_KEYS, RegisterRules } from '../register-rules';
import { RegisterRuleOverride } from './register-rule-override.entity';
import { SchoolHoliday } from './school-holiday.entity';

/** Each authority's school calendar and register rules, which its LA managers keep. */
@Injectable()
export class SchoolCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: RegisterPolicy,
    private readonly audit: AuditService,
  ) {}

  async calendarFor(manager: EntityManager, localAuthorityId: string): Promise<SchoolDayCalendar> {
    const holidays = await manager.find(SchoolHoliday, { where: { localAuthorityId }, order: { startsOn: 'ASC' } });
    return new SchoolDayCalendar(holidays);
  }

  async rulesFor(manager: EntityManager, localAuthorityId: string): Promise<RegisterRules> {
    const overrides = await manager.find(RegisterRuleOverride, { where: { localAuthorityId } });
    const rules: RegisterRules = { ...DEFAULT_REGISTER_RULES };
    for (const o of overrides) if (o.rule in rules) rules[o.rule as keyof RegisterRules] = o.value;
    return rules;
  }

  holidays(actor: Actor, localAuthorityId: string): Promise<SchoolHoliday[]> {
    this.assertCanSeeCalendar(actor, localAuthorityId);
    return this.dataSource.manager.find(SchoolHoliday, { where: { localAuthorityId }, order: { startsOn: 'ASC' } });
  }

  async rules(actor: Actor, localAuthorityId: string): Promise<RegisterRules> {
    this.assertCanSeeCalendar(actor, localAuthorityId);
    return this.rulesFor(this.dataSource.manager, localAuthorityId);
  }

  async addHoliday(
    actor: Actor,
    input: { localAuthorityId: string; name: string; startsOn: string; endsOn: string },
  ): Promise<SchoolHoliday> {
    this.policy.assertIsManager(actor, input.localAuthorityId);
    if (!isIsoDate(input.startsOn)) throw CommonException.invalidInput('startsOn', 'startsOn must be a date (YYYY-MM-DD)');
    if (!isIsoDate(input.endsOn)) throw CommonException.invalidInput('endsOn', 'endsOn must be a date (YYYY-MM-DD)');
    if (input.endsOn < input.startsOn) throw CommonException.invalidInput('endsOn', 'A holiday cannot end before it starts');
    if (input.endsOn > addDays(input.startsOn, 62)) {
      throw CommonException.invalidInput('endsOn', 'A single holiday is at most 9 weeks; add each holiday separately');
    }
    return this.dataSource.transaction(async (manager) => {
      const overlapping = await manager
        .createQueryBuilder(SchoolHoliday, 'h')
        .where('h.localAuthorityId = :la AND h.startsOn <= :end AND h.endsOn >= :start', {
          la: input.localAuthorityId,
          start: input.startsOn,
          end: input.endsOn,
        })
        .getCount();
      if (overlapping) throw CommonException.conflict('This holiday overlaps one already in the calendar');
      const holiday = await manager.save(manager.create(SchoolHoliday, { ...input, createdById: actor.userId }));
      await this.audit.record(manager, actor, {
        action: 'register.add_school_holiday',
        entityType: 'SchoolHoliday',
        entityId: holiday.id,
        localAuthorityId: input.localAuthorityId,
        details: { name: input.name, startsOn: input.startsOn, endsOn: input.endsOn },
      });
      return holiday;
    });
  }

  async removeHoliday(actor: Actor, id: string): Promise<SchoolHoliday> {
    return this.dataSource.transaction(async (manager) => {
      const holiday = await manager.findOne(SchoolHoliday, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!holiday) throw CommonException.notFound('The school holiday');
      this.policy.assertIsManager(actor, holiday.localAuthorityId);
      await manager.delete(SchoolHoliday, { id });
      await this.audit.record(manager, actor, {
        action: 'register.remove_school_holiday',
        entityType: 'SchoolHoliday',
        entityId: id,
        localAuthorityId: holiday.localAuthorityId,
        details: { name: holiday.name, startsOn: holiday.startsOn, endsOn: holiday.endsOn },
      });
      return holiday;
    });
  }

  /** Sets one rule for the authority; null restores the default. Applies to deadlines set from now on. */
  async setRule(actor: Actor, localAuthorityId: string, rule: string, value: number | null): Promise<RegisterRules> {
    this.policy.assertIsManager(actor, localAuthorityId);
    if (!REGISTER_RULE_KEYS.includes(rule as keyof RegisterRules)) {
      throw CommonException.invalidInput('rule', `Unknown rule; one of ${REGISTER_RULE_KEYS.join(', ')}`);
    }
    const key = rule as keyof RegisterRules;
    if (value !== null) {
      const [min, max] = REGISTER_RULE_BOUNDS[key];
      if (!Number.isInteger(value) || value < min || value > max) {
        throw CommonException.invalidInput('value', `${rule} must be a whole number from ${min} to ${max}`);
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const before = (await this.rulesFor(manager, localAuthorityId))[key];
      if (value === null) await manager.delete(RegisterRuleOverride, { localAuthorityId, rule });
      else await manager.upsert(RegisterRuleOverride, { localAuthorityId, rule, value, updatedById: actor.userId }, ['localAuthorityId', 'rule']);
      await this.audit.record(manager, actor, {
        action: 'register.set_rule',
        entityType: 'RegisterRule',
        entityId: null,
        localAuthorityId,
        details: { rule, before, after: value ?? DEFAULT_REGISTER_RULES[key] },
      });
      return this.rulesFor(manager, localAuthorityId);
    });
  }

  /** The team, their HMI and the authority's schools may read the calendar the deadlines use. */
  private assertCanSeeCalendar(actor: Actor, localAuthorityId: string): void {
    if (this.policy.isAreaReader(actor, localAuthorityId)) return;
    if (actor.grants.some((g) => g.schoolId && g.localAuthorityId === localAuthorityId)) return;
    throw CommonException.forbidden('You can read only your own local authority’s calendar');
  }
}
