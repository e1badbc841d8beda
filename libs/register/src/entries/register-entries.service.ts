import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '@safeguard/audit';
import { addDays, addMonths, IsoDate, londonToday } from '@safeguard/calendar';
import { NotificationsService, PORTAL_LINKS } from '@safeguard/notifications';
import { SchoolsService } from '@safeguard/organisations';
import { CommonException, ConnectionShape, paginate } from '@safeguard/platform';
import { Actor, Role } from '@safeguard/policy';
import { SchoolCalendarService } from '../calendar/school-calendar.service';
import { Child } from '../children/child.entity';
import { ChildrenService } from '../children/children.service';
import { ChronologyService } from '../chronology/chronology.service';
import { DeadlineContext, DeadlinesService } from '../deadlines/deadlines.service';
import { hasEscalatedDeadlineSql, hasOverdueDeadlineSql } from '../deadlines/overdue';
import { DeadlineKind, EntryReason, RegisterKind } from '../register.enums';
import { RegisterPolicy } from '../register.policy';
import { AuthorityTeam } from './authority-team';
import { AssignRegisterEntryInput, OpenRegisterEntryInput, RegisterEntriesArgs } from './entry.inputs';
import { FIRST_STATUS, KIND_LABELS, REASONS_BY_KIND, SCHOOL_REASONS } from './entry-rules';
import { entrySchoolIdSql } from './entry-school';
import { RegisterEntry } from './register-entry.entity';

/** Who is reporting: a school (its LA follows) or the council's team. */
export interface Reporter {
  schoolId: string | null;
  localAuthorityId: string;
}

export interface EntryUnderWork {
  entry: RegisterEntry;
  ctx: DeadlineContext;
}

/** Opening, reading, listing and assigning register entries. */
@Injectable()
export class RegisterEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RegisterEntry) private readonly entries: Repository<RegisterEntry>,
    private readonly policy: RegisterPolicy,
    private readonly children: ChildrenService,
    private readonly calendars: SchoolCalendarService,
    private readonly deadlines: DeadlinesService,
    private readonly chronology: ChronologyService,
    private readonly notifications: NotificationsService,
    private readonly team: AuthorityTeam,
    private readonly audit: AuditService,
    private readonly schools: SchoolsService,
  ) {}

  async read(actor: Actor, id: string): Promise<RegisterEntry> {
    const entry = await this.policy
      .scopeEntries(actor, this.entries.createQueryBuilder('e'), 'e')
      .andWhere('e.id = :id', { id })
      .getOne();
    if (!entry) throw CommonException.notFound('The register entry');
    return entry;
  }

  list(actor: Actor, args: RegisterEntriesArgs): Promise<ConnectionShape<RegisterEntry>> {
    const query = this.policy.scopeEntries(actor, this.entries.createQueryBuilder('e'), 'e');
    const f = args.filter ?? {};
    if (f.localAuthorityId) query.andWhere('e.localAuthorityId = :la', { la: f.localAuthorityId });
    if (f.kind) query.andWhere('e.kind = :kind', { kind: f.kind });
    if (f.status) query.andWhere('e.status = :status', { status: f.status });
    if (f.childId) query.andWhere('e.childId = :childId', { childId: f.childId });
    if (f.open !== undefined) query.andWhere(f.open ? "e.status <> 'CLOSED'" : "e.status = 'CLOSED'");
    if (f.overdue !== undefined) {
      query.andWhere(`${f.overdue ? '' : 'NOT '}${hasOverdueDeadlineSql('e', ':today')}`, { today: londonToday() });
    }
    if (f.escalated !== undefined) {
      query.andWhere(`${f.escalated ? '' : 'NOT '}${hasEscalatedDeadlineSql('e', ':today')}`, { today: londonToday() });
    }
    if (f.schoolTypeGroup) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM children tc JOIN schools ts ON ts.id = ${entrySchoolIdSql('e', 'tc')}
          WHERE tc.id = e.child_id AND ts.type_group::text = :typeGroup)`,
        { typeGroup: f.schoolTypeGroup },
      );
    }
    return paginate(
      query,
      { columns: ['e.reportedOn', 'e.id'], keyOf: (e) => [e.reportedOn, e.id], direction: 'DESC' },
      args,
    );
  }

  /**
   * A school reports a child it has lost or excluded, or the council opens any kind of entry.
   * Returns the new entry; the child is found (childId) or created (child).
   */
  async open(actor: Actor, input: OpenRegisterEntryInput): Promise<RegisterEntry> {
    this.assertReasonFits(input.kind, input.reason);
    if (input.reason === EntryReason.IMPORTED) throw CommonException.invalidInput('reason', 'IMPORTED is set only by the import');
    if (!input.childId === !input.child) throw CommonException.invalidInput('childId', 'Give either childId or child, not both');
    return this.dataSource.transaction(async (manager) => {
      const reporter = await this.reporterFor(manager, actor, input);
      const child = input.childId
        ? await this.childForReport(manager, actor, input.childId, reporter)
        : await this.children.create(manager, actor, reporter.localAuthorityId, {
            ...input.child!,
            // A school reporting absence still has the child on its roll.
            schoolUrn: input.child!.schoolUrn ?? (await this.rollUrnFor(reporter, input.reason)),
          });
      const entry = await this.createEntry(manager, actor, child, reporter, input);
      await this.tellTheTeam(manager, entry, reporter);
      return entry;
    });
  }

  /** Creates the entry, its first deadlines and chronology, and audits it. No policy: callers decide. */
  async createEntry(
    manager: EntityManager,
    actor: Actor,
    child: Child,
    reporter: Reporter,
    input: OpenRegisterEntryInput & { source?: string | null; importSource?: string | null; importRef?: string | null },
  ): Promise<RegisterEntry> {
    const ctx = await this.contextFor(manager, reporter.localAuthorityId);
    const today = londonToday();
    const reportedOn = input.reportedOn ?? today;
    if (reportedOn > today) throw CommonException.invalidInput('reportedOn', 'A report cannot be dated in the future');
    const existing = await manager
      .createQueryBuilder(RegisterEntry, 'x')
      .where("x.childId = :childId AND x.kind = :kind AND x.status <> 'CLOSED'", { childId: child.id, kind: input.kind })
      .getOne();
    if (existing) {
      throw CommonException.conflict(`This child already has an open ${KIND_LABELS[input.kind]} entry; add to that one`);
    }
    const entry = manager.create(RegisterEntry, {
      childId: child.id,
      localAuthorityId: reporter.localAuthorityId,
      kind: input.kind,
      status: FIRST_STATUS[input.kind],
      reason: input.reason,
      reportedOn,
      reportedBySchoolId: reporter.schoolId,
      reportedById: actor.userId,
      source: input.source ?? null,
      summary: input.summary ?? null,
      assignedOfficerId: actor.hasRole(Role.LA_OFFICER, Role.LA_MANAGER) && !reporter.schoolId ? actor.userId : null,
      believedAbroad: Boolean(input.cme?.believedAbroad),
      closedWithoutWhereabouts: false,
      importSource: input.importSource ?? null,
      importRef: input.importRef ?? null,
    });
    const dues = await this.applyKindDetails(manager, entry, input, ctx, reporter);
    await manager.save(entry);
    for (const [kind, dueOn] of dues) await this.deadlines.set(manager, ctx, entry, kind, dueOn);
    await this.chronology.write(manager, actor, {
      childId: child.id,
      entryId: entry.id,
      kind: `${input.kind.toLowerCase()}.opened`,
      summary: `Added to the register as ${KIND_LABELS[input.kind]} (${input.reason.toLowerCase().replace(/_/g, ' ')})${input.source ? ` from ${input.source}` : ''}`,
      occurredOn: reportedOn,
    });
    await this.audit.record(manager, actor, {
      action: 'register.open_entry',
      entityType: 'RegisterEntry',
      entityId: entry.id,
      localAuthorityId: entry.localAuthorityId,
      details: { kind: entry.kind, reason: entry.reason, childId: child.id, schoolId: reporter.schoolId },
    });
    return entry;
  }

  async assign(actor: Actor, input: AssignRegisterEntryInput): Promise<RegisterEntry> {
    return this.dataSource.transaction(async (manager) => {
      const { entry } = await this.forWork(manager, actor, input.entryId);
      const workers = await this.team.workers(manager, entry.localAuthorityId);
      if (!workers.includes(input.officerId)) {
        throw CommonException.invalidInput('officerId', 'Assign an officer or manager of this local authority');
      }
      entry.assignedOfficerId = input.officerId;
      await manager.save(entry);
      await this.chronology.write(manager, actor, { childId: entry.childId, entryId: entry.id, kind: 'entry.assigned', summary: 'Officer assigned' });
      if (input.officerId !== actor.userId) {
        await this.notifications.notify(manager, {
          recipientId: input.officerId,
          kind: 'register.assigned',
          title: `You have been assigned a ${KIND_LABELS[entry.kind]} entry`,
          link: PORTAL_LINKS.registerEntry(entry.id),
        });
      }
      await this.audit.record(manager, actor, {
        action: 'register.assign_entry',
        entityType: 'RegisterEntry',
        entityId: entry.id,
        localAuthorityId: entry.localAuthorityId,
        details: { officerId: input.officerId },
      });
      return entry;
    });
  }

  /** Locks an entry for a change by the authority's team, with its calendar and rules. */
  async forWork(manager: EntityManager, actor: Actor, entryId: string): Promise<EntryUnderWork> {
    const entry = await manager.findOne(RegisterEntry, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
    if (!entry || !this.policy.isAreaReader(actor, entry.localAuthorityId)) {
      throw CommonException.notFound('The register entry');
    }
    this.policy.assertCanWork(actor, entry.localAuthorityId);
    return { entry, ctx: await this.contextFor(manager, entry.localAuthorityId) };
  }

  async contextFor(manager: EntityManager, localAuthorityId: string): Promise<DeadlineContext> {
    const [calendar, rules] = await Promise.all([
      this.calendars.calendarFor(manager, localAuthorityId),
      this.calendars.rulesFor(manager, localAuthorityId),
    ]);
    return { calendar, rules };
  }

  assertReasonFits(kind: RegisterKind, reason: EntryReason): void {
    if (!REASONS_BY_KIND[kind].includes(reason)) {
      throw CommonException.invalidInput('reason', `${reason} does not open a ${kind} entry; use one of ${REASONS_BY_KIND[kind].join(', ')}`);
    }
  }

  /** Validates the kind's facts, copies them onto the entry and returns the deadlines to set. */
  private async applyKindDetails(
    manager: EntityManager,
    entry: RegisterEntry,
    input: OpenRegisterEntryInput,
    { calendar, rules }: DeadlineContext,
    reporter: Reporter,
  ): Promise<Array<[DeadlineKind, IsoDate]>> {
    const today = londonToday();
    const notFuture = (field: string, date: string | undefined) => {
      if (date && date > today) throw CommonException.invalidInput(field, `${field.split('.').pop()} cannot be in the future`);
    };
    switch (entry.kind) {
      case RegisterKind.CME: {
        if (entry.reason === EntryReason.ABSENCE_TEN_SCHOOL_DAYS) {
          const last = input.cme?.lastAttendedOn;
          if (!last) throw CommonException.invalidInput('cme.lastAttendedOn', 'Give the last day the child attended');
          notFuture('cme.lastAttendedOn', last);
          const absent = calendar.schoolDaysBetween(last, entry.reportedOn);
          if (absent < rules.cmeAbsenceSchoolDays) {
            throw CommonException.invalidInput(
              'cme.lastAttendedOn',
              `The child has missed ${absent} school days; report after ${rules.cmeAbsenceSchoolDays} consecutive school days, or raise a safeguarding concern now if you are worried`,
            );
          }
        }
        return [
          [DeadlineKind.CME_FIRST_ENQUIRY, calendar.addSchoolDays(entry.reportedOn, rules.cmeFirstEnquirySchoolDays)],
          [DeadlineKind.CME_LOCATE, calendar.addSchoolDays(entry.reportedOn, rules.cmeLocateSchoolDays)],
        ];
      }
      case RegisterKind.EHE: {
        const ehe = input.ehe;
        if (!ehe) throw CommonException.invalidInput('ehe', 'Give the date of the notice (ehe.noticeReceivedOn)');
        notFuture('ehe.noticeReceivedOn', ehe.noticeReceivedOn);
        notFuture('ehe.lastSeenOn', ehe.lastSeenOn);
        entry.noticeReceivedOn = ehe.noticeReceivedOn;
        entry.lastSeenOn = ehe.lastSeenOn ?? null;
        const dues: Array<[DeadlineKind, IsoDate]> = [
          [DeadlineKind.EHE_SEE_CHILD, addMonths(ehe.lastSeenOn ?? ehe.noticeReceivedOn, rules.eheNotSeenMonths)],
        ];
        if (!ehe.lastSeenOn) {
          dues.push([DeadlineKind.EHE_FIRST_CONTACT, calendar.addSchoolDays(ehe.noticeReceivedOn, rules.eheFirstContactSchoolDays)]);
        }
        return dues;
      }
      case RegisterKind.EXCLUDED: {
        const ex = input.exclusion;
        if (!ex) throw CommonException.invalidInput('exclusion', 'Give the exclusion’s dates (exclusion.startsOn)');
        const permanent = entry.reason === EntryReason.PERMANENT_EXCLUSION;
        if (permanent && ex.endsOn) throw CommonException.invalidInput('exclusion.endsOn', 'A permanent exclusion has no end date');
        if (!permanent && !ex.endsOn) throw CommonException.invalidInput('exclusion.endsOn', 'Give the last day of the suspension');
        if (ex.endsOn && ex.endsOn < ex.startsOn) throw CommonException.invalidInput('exclusion.endsOn', 'The suspension ends before it starts');
        entry.excludingSchoolId = await this.excludingSchool(manager, reporter, ex.schoolUrn);
        entry.exclusionStartsOn = ex.startsOn;
        entry.exclusionEndsOn = ex.endsOn ?? null;
        // The first day of the exclusion counts as day one when it is a school day.
        const dayBefore = addDays(ex.startsOn, -1);
        const dues: Array<[DeadlineKind, IsoDate]> = [
          [DeadlineKind.EXCLUSION_SAFETY_CHECK, calendar.addSchoolDays(dayBefore, rules.exclusionSafetyCheckSchoolDays)],
        ];
        const provisionDay = calendar.addSchoolDays(dayBefore, rules.exclusionProvisionFromSchoolDay);
        if (permanent || (ex.endsOn && provisionDay <= ex.endsOn)) dues.push([DeadlineKind.EXCLUSION_PROVISION, provisionDay]);
        return dues;
      }
      case RegisterKind.EHCP: {
        const ehcp = input.ehcp;
        if (!ehcp) throw CommonException.invalidInput('ehcp', 'Give the hours received and when full-time education stopped');
        notFuture('ehcp.fullTimeStoppedOn', ehcp.fullTimeStoppedOn);
        notFuture('ehcp.lastVisitOn', ehcp.lastVisitOn);
        entry.hoursPerWeek = String(ehcp.hoursPerWeek);
        entry.fullTimeStoppedOn = ehcp.fullTimeStoppedOn;
        entry.lastVisitOn = ehcp.lastVisitOn ?? null;
        await manager.update(Child, { id: entry.childId }, { hasEhcPlan: true });
        return [[DeadlineKind.EHCP_VISIT, calendar.addSchoolDays(ehcp.lastVisitOn ?? entry.reportedOn, rules.ehcpVisitSchoolDays)]];
      }
    }
  }

  private async reporterFor(manager: EntityManager, actor: Actor, input: OpenRegisterEntryInput): Promise<Reporter> {
    const schools = this.policy.schools(actor);
    const asSchool = schools.length > 0 && (input.schoolId !== undefined || !actor.hasRole(Role.LA_OFFICER, Role.LA_MANAGER));
    if (asSchool) {
      const schoolId = input.schoolId ?? (schools.length === 1 ? schools[0] : undefined);
      if (!schoolId) throw CommonException.invalidInput('schoolId', 'Say which of your schools is reporting');
      if (!schools.includes(schoolId)) throw CommonException.forbidden('You can report only for your own school');
      if (!SCHOOL_REASONS.has(input.reason)) {
        throw CommonException.forbidden('A school reports absence, deletions and exclusions; the council opens other entries');
      }
      const school = await this.schools.findById(schoolId);
      return { schoolId, localAuthorityId: school!.localAuthorityId };
    }
    const localAuthorityId = input.childId
      ? ((await manager.findOne(Child, { where: { id: input.childId } }))?.localAuthorityId ?? '')
      : this.policy.defaultArea(actor, input.child?.localAuthorityId);
    if (!this.policy.isAreaReader(actor, localAuthorityId)) throw CommonException.notFound('The child');
    this.policy.assertCanWork(actor, localAuthorityId);
    return { schoolId: null, localAuthorityId };
  }

  /** The child must be one the reporter may report on: on the school's roll or reported by it, or in the team's area. */
  private async childForReport(manager: EntityManager, actor: Actor, childId: string, reporter: Reporter): Promise<Child> {
    const child = await manager.findOne(Child, { where: { id: childId } });
    if (!child || child.mergedIntoId) throw CommonException.notFound('The child');
    if (reporter.schoolId) {
      const visible = await this.policy
        .scopeChildren(actor, manager.createQueryBuilder(Child, 'c'), 'c')
        .andWhere('c.id = :id', { id: childId })
        .getCount();
      if (!visible) throw CommonException.notFound('The child');
    } else if (child.localAuthorityId !== reporter.localAuthorityId) {
      throw CommonException.notFound('The child');
    }
    return child;
  }

  private async rollUrnFor(reporter: Reporter, reason: EntryReason): Promise<number | null> {
    if (!reporter.schoolId || reason !== EntryReason.ABSENCE_TEN_SCHOOL_DAYS) return null;
    return (await this.schools.findById(reporter.schoolId))?.urn ?? null;
  }

  private async excludingSchool(manager: EntityManager, reporter: Reporter, urn?: number): Promise<string> {
    if (urn == null) {
      if (reporter.schoolId) return reporter.schoolId;
      throw CommonException.invalidInput('exclusion.schoolUrn', 'Give the excluding school’s URN');
    }
    const school = await this.schools.requireByUrn(urn, 'exclusion.schoolUrn', manager);
    if (reporter.schoolId && school.id !== reporter.schoolId) {
      throw CommonException.forbidden('A school reports only its own exclusions');
    }
    return school.id;
  }

  /** A school's report reaches every officer of the authority at once. */
  private async tellTheTeam(manager: EntityManager, entry: RegisterEntry, reporter: Reporter): Promise<void> {
    if (!reporter.schoolId) return;
    for (const recipientId of await this.team.workers(manager, entry.localAuthorityId)) {
      await this.notifications.notify(manager, {
        recipientId,
        kind: 'register.reported',
        title: `New report from a school: ${KIND_LABELS[entry.kind]}`,
        link: PORTAL_LINKS.registerEntry(entry.id),
      });
    }
  }
}
